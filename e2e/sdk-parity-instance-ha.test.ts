// openstack-ts beside Python's openstacksdk on the same Masakari: the same segments (by uuid,
// in the same order, unfiltered, filtered and paged), the same hosts of a segment and the same
// notifications. What we make we make with our SDK; openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { type Row, pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const ha = conn.instanceHa;
const prefix = uniqueName("ha-parity");
const cleanup: (() => Promise<unknown>)[] = [];
const made: string[] = [];

interface Ask {
  service: "instance_ha";
  method: "segments" | "hosts" | "notifications";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list, as clouds.yaml's admin. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists);

beforeAll(async () => {
  for (const [n, recovery_method] of [
    [1, "auto"],
    [2, "reserved_host"],
    [3, "auto_priority"],
  ] as const) {
    const segment = await ha.createSegment({ name: `${prefix}-${n}`, recovery_method, service_type: "COMPUTE" });
    made.push(segment.uuid);
    cleanup.push(() => ha.deleteSegment(segment.uuid));
  }
  // the cloud's one compute host (a host name is unique across segments)
  const host = await ha.createHost({
    failover_segment_id: made[0]!,
    name: "loopback-cloud",
    type: "COMPUTE",
    control_attributes: "SSH",
  });
  cleanup.push(() => ha.deleteHost(host));
}, 60_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

const uuids = (rows: readonly Row[]) => rows.map((r) => r.uuid);

describe("segments, hosts and notifications beside openstacksdk", () => {
  it("the same segments in the same order: all, filtered, and ours paged one by one", async () => {
    const python = openstacksdk({
      all: { service: "instance_ha", method: "segments", fields: ["uuid", "name", "recovery_method"] },
      reserved: {
        service: "instance_ha",
        method: "segments",
        query: { recovery_method: "reserved_host" },
        fields: ["uuid"],
      },
      paged: { service: "instance_ha", method: "segments", query: { limit: 1 }, fields: ["uuid"] },
    });
    const all = await ha.listSegments();
    expect(uuids(all)).toEqual(uuids(python.all!));
    expect(all.map((s) => [s.name, s.recovery_method])).toEqual(python.all!.map((r) => [r.name, r.recovery_method]));
    expect(uuids(all)).toEqual(expect.arrayContaining(made));
    expect(uuids(await ha.listSegments({ recovery_method: "reserved_host" }))).toEqual(uuids(python.reserved!));
    expect(uuids(await ha.listSegments({ limit: 1 }))).toEqual(uuids(python.paged!));
  });

  it("the same hosts of a segment, and the same notifications", async () => {
    const segment = made[0]!;
    const python = openstacksdk({
      hosts: { service: "instance_ha", method: "hosts", query: { segment_id: segment }, fields: ["uuid"] },
      notifications: { service: "instance_ha", method: "notifications", fields: ["notification_uuid"] },
    });
    const hosts = await ha.listHosts({ failover_segment_id: segment });
    expect(hosts.map((h) => h.name)).toEqual(["loopback-cloud"]);
    expect(uuids(hosts)).toEqual(uuids(python.hosts!));
    const ours = await ha.listNotifications();
    expect(ours.map((n) => n.notification_uuid)).toEqual(python.notifications!.map((r) => r.notification_uuid));
  });
});
