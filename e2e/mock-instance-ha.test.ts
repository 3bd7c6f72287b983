// Masakari's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a failover segment made, read, found, changed with PUT, refused twice,
// paged; the cloud's compute host made a host of it, read, listed by filter, changed, and a
// name Nova does not know refused; a process notification accepted `new` for the host and
// taken by the engine to `finished`, a second one the same refused as a duplicate. Nothing
// here makes the engine touch Nova: a process that started needs no recovery.
import { BadRequestError, ConflictError, Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const ha = conn.instanceHa;
const prefix = uniqueName("mf-ha");
/** The compute host of the loopback cloud (nova.conf's `host`); the fake Masakari knows it too. */
const COMPUTE_HOST = "loopback-cloud";
const cleanup: (() => Promise<unknown>)[] = [];
let segmentUuid: string;

beforeAll(async () => {
  const segment = await ha.createSegment({
    name: `${prefix}-seg`,
    recovery_method: "auto",
    service_type: "COMPUTE",
  });
  segmentUuid = segment.uuid;
  cleanup.push(() => ha.deleteSegment(segmentUuid));
});

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
});

describe("segments", () => {
  it("are made, read, found, changed with PUT, refused a taken name, paged, deleted", async () => {
    const got = await ha.getSegment(segmentUuid);
    expect(got).toMatchObject({
      name: `${prefix}-seg`,
      recovery_method: "auto",
      service_type: "COMPUTE",
      enabled: true,
      description: null,
      updated_at: null,
      deleted: false,
    });
    expect(typeof got.id).toBe("number");
    expect(got.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000$/);
    expect((await ha.findSegment(`${prefix}-seg`))?.uuid).toBe(segmentUuid);

    const other = await ha.createSegment({
      name: `${prefix}-other`,
      recovery_method: "reserved_host",
      service_type: "COMPUTE",
    });
    cleanup.push(() => ha.deleteSegment(other.uuid));
    const changed = await ha.updateSegment(other.uuid, { description: "changed", enabled: false });
    expect(changed).toMatchObject({ description: "changed", enabled: false, recovery_method: "reserved_host" });
    expect(changed.updated_at).toEqual(expect.any(String));

    const taken = ha.createSegment({ name: `${prefix}-seg`, recovery_method: "auto", service_type: "COMPUTE" });
    await expect(taken).rejects.toBeInstanceOf(ConflictError);
    await expect(taken).rejects.toMatchObject({
      serverMessage: `Failover segment with name ${prefix}-seg already exists.`,
    });

    const paged = await ha.listSegments({ limit: 1, sort_key: "created_at", sort_dir: "asc" });
    expect(paged.map((s) => s.uuid).filter((u) => [segmentUuid, other.uuid].includes(u))).toEqual([
      segmentUuid,
      other.uuid,
    ]);
    expect((await ha.listSegments({ recovery_method: "reserved_host", enabled: false })).map((s) => s.uuid)).toContain(
      other.uuid,
    );

    await ha.deleteSegment(other.uuid);
    const gone = ha.getSegment(other.uuid);
    await expect(gone).rejects.toBeInstanceOf(NotFoundError);
    await expect(gone).rejects.toMatchObject({ serverMessage: `No failover segment with id ${other.uuid}.` });
  });
});

describe("hosts and notifications", () => {
  it("the compute host joins the segment; a process notification for it goes new → running → finished", async () => {
    const host = await ha.createHost({
      failover_segment_id: segmentUuid,
      name: COMPUTE_HOST,
      type: "COMPUTE",
      control_attributes: "SSH",
    });
    cleanup.push(() => ha.deleteHost(host.uuid, { failover_segment_id: segmentUuid }));
    expect(host).toMatchObject({
      name: COMPUTE_HOST,
      reserved: false,
      on_maintenance: false,
      failover_segment_id: segmentUuid,
    });
    expect(host.failover_segment).toMatchObject({ uuid: segmentUuid, name: `${prefix}-seg` });
    expect((await ha.getHost(host.uuid, { failover_segment_id: segmentUuid })).name).toBe(COMPUTE_HOST);
    expect((await ha.listHosts({ failover_segment_id: segmentUuid })).map((h) => h.uuid)).toEqual([host.uuid]);
    expect(await ha.listHosts({ failover_segment_id: segmentUuid, reserved: true })).toEqual([]);
    expect((await ha.updateHost(host, { reserved: true })).reserved).toBe(true);
    expect((await ha.updateHost(host, { reserved: false })).reserved).toBe(false);

    const nowhere = ha.createHost({
      failover_segment_id: segmentUuid,
      name: `${prefix}-nowhere`,
      type: "COMPUTE",
      control_attributes: "SSH",
    });
    await expect(nowhere).rejects.toBeInstanceOf(BadRequestError);
    await expect(nowhere).rejects.toMatchObject({
      serverMessage: `Compute service with name ${prefix}-nowhere could not be found.`,
    });

    // a process name of this run's own, so that Masakari's duplicate window never meets an earlier run
    const notice = {
      type: "PROCESS",
      hostname: COMPUTE_HOST,
      generated_time: new Date().toISOString().slice(0, 19),
      payload: { event: "STARTED", process_name: `${prefix}-process` },
    } as const;
    const made = await ha.createNotification(notice);
    expect(made).toMatchObject({
      status: "new",
      source_host_uuid: host.uuid,
      type: "PROCESS",
      payload: notice.payload,
    });
    const done = await ha.waitForNotification(made.notification_uuid, {
      status: "finished",
      interval: 100,
      maxInterval: 500,
      timeout: 60_000,
    });
    expect(done).toMatchObject({ status: "finished", recovery_workflow_details: [] });
    const again = ha.createNotification(notice);
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({
      serverMessage: `Notification received from host ${COMPUTE_HOST} of type PROCESS is duplicate.`,
    });
    const listed = await ha.listNotifications({ source_host_uuid: host.uuid, type: "PROCESS" });
    expect(listed.map((n) => n.notification_uuid)).toContain(made.notification_uuid);
    await expect(ha.createNotification({ ...notice, hostname: `${prefix}-nobody` })).rejects.toMatchObject({
      status: 400,
      serverMessage: `Host with name ${prefix}-nobody could not be found.`,
    });
    expect((await ha.getHost(host.uuid, { failover_segment_id: segmentUuid })).on_maintenance).toBe(false);
  });
});
