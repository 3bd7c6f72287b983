import type { Connection, orchestration } from "@openstack-ts/openstack";
import { orchestration as heat } from "@openstack-ts/openstack";
import { h, type Child, table } from "../app/dom.js";
import { statusBadge } from "./view.js";

/**
 * One stack's resources and events, read under its canonical path (`stacks/{name}/{id}/…`):
 * Heat redirects only some paths given by name or id, and a browser may not follow a
 * redirect to another path the same way.
 */
export async function stackDetail(conn: Connection, stack: orchestration.Stack): Promise<Child[]> {
  const ids = heat.stackIds(stack);
  const [resources, events] = await Promise.all([
    conn.orchestration.listResources(ids),
    conn.orchestration.listStackEvents(ids),
  ]);
  return [
    h("h3", {}, `Resources of ${stack.stack_name}`),
    h(
      "div",
      { id: "stack-resources" },
      table(
        resources,
        [
          ["Name", (r: orchestration.Resource) => h("strong", {}, r.resource_name)],
          ["Type", (r) => r.resource_type],
          ["Status", (r) => statusBadge(r.resource_status)],
          ["Reason", (r) => r.resource_status_reason ?? ""],
          ["Physical ID", (r) => h("code", {}, r.physical_resource_id ?? "—")],
        ],
        (r) => ({ "data-name": r.resource_name }),
      ),
    ),
    h("h3", {}, `Events of ${stack.stack_name}`),
    h(
      "div",
      { id: "stack-events" },
      table(
        events,
        [
          ["Time", (e: orchestration.Event) => e.event_time],
          ["Resource", (e) => e.resource_name],
          ["Status", (e) => statusBadge(e.resource_status)],
          ["Reason", (e) => e.resource_status_reason ?? ""],
        ],
        (e) => ({ "data-name": e.resource_name, "data-id": e.id }),
      ),
    ),
  ];
}
