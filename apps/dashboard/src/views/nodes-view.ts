import type { baremetal } from "@openstack-ts/openstack";
import { h, show, table } from "../app/dom.js";
import { nodeDetail } from "./node-detail.js";
import { load, statusBadge, type View } from "./view.js";

type Node = baremetal.Node;

/**
 * Ironic's bare-metal nodes: power state, provision state and maintenance at a glance; one
 * node's facts, ports and the actions its state allows (manage, provide, deploy, undeploy,
 * power on and off, maintenance), each followed until Ironic's conductor is done with it.
 */
export const nodesView: View = (root, { conn }) => {
  const list = h("div", { id: "node-list" });
  const notice = h("div", { id: "node-notice", class: "notice", "aria-live": "polite" });
  const detail = h("section", { id: "node-detail" });
  const label = (node: Node) => node.name || node.uuid;

  const open = (node: Node) =>
    load(detail, `Reading node ${label(node)}`, () =>
      nodeDetail(conn, node.uuid, { notice, changed: refresh, reopen: open }),
    );

  const refresh = () =>
    load(list, "Listing nodes", async () =>
      table(
        await conn.baremetal.listNodes(),
        [
          [
            "Name",
            (n: Node) =>
              h(
                "button",
                { type: "button", class: "link", "data-open": label(n), onclick: () => void open(n) },
                n.name || "(no name)",
              ),
          ],
          ["Power", (n) => statusBadge(n.power_state ?? "unknown")],
          [
            "Provision state",
            (n) =>
              h(
                "span",
                {},
                statusBadge(n.provision_state),
                n.target_provision_state && ` → ${n.target_provision_state}`,
              ),
          ],
          [
            "Maintenance",
            (n) => (n.maintenance ? `yes${n.maintenance_reason ? `: ${n.maintenance_reason}` : ""}` : "no"),
          ],
          ["Driver", (n) => n.driver],
          ["UUID", (n) => h("code", {}, n.uuid)],
        ],
        (n) => ({
          "data-name": label(n),
          "data-id": n.uuid,
          "data-power": n.power_state ?? "",
          "data-provision": n.provision_state,
          "data-maintenance": n.maintenance ? "yes" : "no",
        }),
      ),
    );

  show(
    root,
    h("h2", {}, "Bare-metal nodes"),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
    notice,
    detail,
  );
  return refresh();
};
