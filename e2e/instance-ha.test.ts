// Masakari on the real service (e2e/cloud/services/masakari.sh): failover segments and their
// hosts, bound to the cloud's one compute host (`loopback-cloud`, Nova's fake driver), and
// notifications that masakari-engine really recovers from against the real Nova:
// - a VM notification for a server marked HA_Enabled: the engine stops and starts it
//   (StopInstanceTask, StartInstanceTask, ConfirmInstanceActiveTask) → finished;
// - a VM notification for a server that does not exist: error, then failed after the
//   engine's one retry → waitForNotification fails;
// - a host-down notification: the engine disables the host's nova-compute service and finds
//   no HA_Enabled server to evacuate → finished; the host is then on maintenance. The test
//   enables the compute service again at once (masakari never does), for the other suites.
import {
  ConflictError,
  Connection,
  InvalidArgumentError,
  MicroversionError,
  NotFoundError,
  ResourceFailureError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const ha = conn.instanceHa;
const prefix = uniqueName("ha");
/** The compute host of the loopback cloud: nova.conf's `host`, the fake driver's hypervisor. */
const COMPUTE_HOST = "loopback-cloud";
const cleanup: (() => Promise<unknown>)[] = [];
let segmentUuid: string;
let hostUuid: string;

/** The engine's flows take seconds here; the retry of an error waits for a 20 s periodic task. */
const waitNotification = (id: string, status: string, timeout = 120_000) =>
  ha.waitForNotification(id, { status, interval: 500, maxInterval: 2_000, timeout });

async function enableComputeHost(): Promise<void> {
  for (const service of await conn.compute.listServices({ binary: "nova-compute", host: COMPUTE_HOST })) {
    if (service.status === "disabled") await conn.compute.enableService({ service: String(service.id) });
  }
}

beforeAll(async () => {
  const segment = await ha.createSegment({
    name: `${prefix}-seg`,
    description: "made by the e2e suite",
    recovery_method: "auto",
    service_type: "COMPUTE",
    enabled: true,
  });
  segmentUuid = segment.uuid;
  cleanup.push(() => ha.deleteSegment(segmentUuid));
  const host = await ha.createHost({
    failover_segment_id: segmentUuid,
    name: COMPUTE_HOST,
    type: "COMPUTE",
    control_attributes: "SSH",
  });
  hostUuid = host.uuid;
  cleanup.push(() => ha.deleteHost(hostUuid, { failover_segment_id: segmentUuid }));
}, 60_000);

afterAll(async () => {
  await enableComputeHost();
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
}, 120_000);

describe("segments on the real Masakari", () => {
  it("create, get (1.2's enabled), find by name, update with PUT, list across pages, delete", async () => {
    const got = await ha.getSegment(segmentUuid);
    expect(got).toMatchObject({
      name: `${prefix}-seg`,
      recovery_method: "auto",
      service_type: "COMPUTE",
      enabled: true,
    });
    expect(typeof got.id).toBe("number");
    expect((await ha.findSegment(`${prefix}-seg`))?.uuid).toBe(segmentUuid);

    const others: string[] = [];
    for (const n of [1, 2]) {
      const made = await ha.createSegment({
        name: `${prefix}-other${n}`,
        recovery_method: "reserved_host",
        service_type: "COMPUTE",
      });
      cleanup.push(() => ha.deleteSegment(made.uuid));
      others.push(made.uuid);
    }
    const changed = await ha.updateSegment(others[0]!, { description: "changed", enabled: false });
    expect(changed).toMatchObject({ description: "changed", enabled: false, recovery_method: "reserved_host" });

    // one per page: the SDK follows with the last id as marker (Masakari pages by the integer id)
    const paged = await ha.listSegments({ limit: 1, service_type: "COMPUTE", sort_key: "created_at", sort_dir: "asc" });
    const ours = paged.map((s) => s.uuid).filter((u) => [segmentUuid, ...others].includes(u));
    expect(ours).toEqual([segmentUuid, ...others]);
    expect((await ha.listSegments({ recovery_method: "reserved_host", enabled: false })).map((s) => s.uuid)).toContain(
      others[0],
    );

    await ha.deleteSegment(others[1]!);
    await expect(ha.getSegment(others[1]!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses what Masakari would: an unknown recovery method before any request, a duplicate name with 409", async () => {
    await expect(
      // @ts-expect-error: not a recovery method
      ha.createSegment({ name: `${prefix}-bad`, recovery_method: "teleport", service_type: "COMPUTE" }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      ha.createSegment({ name: `${prefix}-seg`, recovery_method: "auto", service_type: "COMPUTE" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("VM moves need microversion 1.3, which Zed's Masakari (1.2) does not offer: refused before any request", async () => {
    await expect(ha.listVmoves({ notification_id: "any" })).rejects.toBeInstanceOf(MicroversionError);
  });
});

describe("hosts on the real Masakari", () => {
  it("are the real compute host: get by the host itself, find, list, update; an unknown name is refused", async () => {
    const host = await ha.getHost(hostUuid, { failover_segment_id: segmentUuid });
    expect(host).toMatchObject({ name: COMPUTE_HOST, type: "COMPUTE", control_attributes: "SSH", reserved: false });
    expect(host.failover_segment?.uuid).toBe(segmentUuid);
    expect((await ha.getHost(host)).uuid).toBe(hostUuid);
    expect((await ha.findHost(COMPUTE_HOST, { failover_segment_id: segmentUuid }))?.uuid).toBe(hostUuid);
    expect((await ha.listHosts({ failover_segment_id: segmentUuid, limit: 1 })).map((h) => h.uuid)).toEqual([hostUuid]);
    expect((await ha.listHosts({ failover_segment_id: segmentUuid, reserved: true })).length).toBe(0);

    expect((await ha.updateHost(host, { reserved: true })).reserved).toBe(true);
    expect((await ha.updateHost(host, { reserved: false })).reserved).toBe(false);

    // Masakari asks Nova: a host must be a nova-compute service
    await expect(
      ha.createHost({
        failover_segment_id: segmentUuid,
        name: `${prefix}-nowhere`,
        type: "COMPUTE",
        control_attributes: "SSH",
      }),
    ).rejects.toThrow(/nowhere/);
  });
});

describe("notifications really recovered by masakari-engine", () => {
  let imageId: string;

  beforeAll(async () => {
    const image = await conn.image
      .post("images", { json: { name: `${prefix}-image`, disk_format: "raw", container_format: "bare" } })
      .json<{ id: string }>();
    imageId = image.id;
    cleanup.push(() => conn.image.delete(`images/${imageId}`));
    await conn.image.put(`images/${imageId}/file`, {
      body: new TextEncoder().encode("not really a disk"),
      headers: { "Content-Type": "application/octet-stream" },
    });
  }, 60_000);

  it("a VM notification for an HA_Enabled server: the engine stops and starts it, and the notification finishes", async () => {
    const created = (await conn.compute.createServer({
      name: `${prefix}-vm`,
      imageRef: imageId,
      flavorRef: await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false }),
      networks: "none",
      metadata: { HA_Enabled: "True" },
    })) as { server: { id: string } };
    const serverId = created.server.id;
    cleanup.push(() => conn.compute.deleteServer(serverId));
    await conn.compute.waitForServer(serverId, { status: "ACTIVE", interval: 500, timeout: 60_000 });

    const made = await ha.createNotification({
      type: "VM",
      hostname: COMPUTE_HOST,
      generated_time: new Date().toISOString(),
      payload: { instance_uuid: serverId, vir_domain_event: "STOPPED_FAILED", event: "LIFECYCLE" },
    });
    expect(made).toMatchObject({ status: "new", source_host_uuid: hostUuid, type: "VM" });
    const done = await waitNotification(made.notification_uuid, "finished");
    expect(done.recovery_workflow_details?.map((t) => [t.name, t.state])).toEqual([
      ["StopInstanceTask", "SUCCESS"],
      ["StartInstanceTask", "SUCCESS"],
      ["ConfirmInstanceActiveTask", "SUCCESS"],
    ]);
    const actions = await conn.compute.listServerActions({ server: serverId });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["stop", "start"]));
    expect((await conn.compute.getServer(serverId)).status).toBe("ACTIVE");
    const listed = await ha.listNotifications({ source_host_uuid: hostUuid, type: "VM", limit: 1 });
    expect(listed.map((n) => n.notification_uuid)).toContain(made.notification_uuid);
    // gone before the host-down test: an HA_Enabled server there would be evacuated, which
    // Nova refuses while the one compute service is up (the notification would end in error)
    await conn.compute.deleteServer(serverId);
    await conn.compute.waitForDeleteServer(serverId, { interval: 500, timeout: 60_000 });
  }, 180_000);

  it("a VM notification for a server that does not exist: error, then failed after the engine's retry", async () => {
    const made = await ha.createNotification({
      type: "VM",
      hostname: COMPUTE_HOST,
      generated_time: new Date().toISOString(),
      payload: { instance_uuid: crypto.randomUUID(), vir_domain_event: "STOPPED_FAILED", event: "LIFECYCLE" },
    });
    const failure = await waitNotification(made.notification_uuid, "finished").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResourceFailureError);
    // the segment is "in use" while a notification is in error: the engine retries it once, then marks it failed
    const failed = await ha.waitForNotification(made.notification_uuid, {
      status: "failed",
      failures: [],
      interval: 1_000,
      maxInterval: 5_000,
      timeout: 120_000,
    });
    expect(failed.status).toBe("failed");
  }, 180_000);

  it("a host-down notification: the engine disables the host's compute service, finds nothing to evacuate, finishes", async () => {
    let made: { notification_uuid: string } | undefined;
    try {
      made = await ha.createNotification({
        type: "COMPUTE_HOST",
        hostname: COMPUTE_HOST,
        generated_time: new Date().toISOString(),
        payload: { event: "STOPPED", host_status: "NORMAL", cluster_status: "OFFLINE" },
      });
      const done = await waitNotification(made.notification_uuid, "finished");
      const tasks = done.recovery_workflow_details ?? [];
      expect(tasks.map((t) => t.name)).toEqual(["DisableComputeServiceTask", "PrepareHAEnabledInstancesTask"]);
      const messages = tasks.flatMap((t) => t.progress_details.map((d) => d.message));
      expect(messages).toContain(`Disabled compute service on host: '${COMPUTE_HOST}'`);
      expect(messages.some((m) => m.startsWith(`Skipped host '${COMPUTE_HOST}' recovery`))).toBe(true);
      const [service] = await conn.compute.listServices({ binary: "nova-compute", host: COMPUTE_HOST });
      expect(service).toMatchObject({ status: "disabled", disabled_reason: "Masakari detected host failed." });
    } finally {
      // an error would be retried by the engine (disabling the service once more): let the
      // notification end, then give the other suites their compute host back
      if (made)
        await ha
          .waitForNotification(made.notification_uuid, {
            status: ["finished", "failed", "ignored"],
            failures: [],
            interval: 1_000,
            timeout: 120_000,
          })
          .catch(() => undefined);
      await enableComputeHost();
    }
    // the failed host is on maintenance: Masakari refuses its notifications until that is cleared
    const host = await ha.getHost(hostUuid, { failover_segment_id: segmentUuid });
    expect(host.on_maintenance).toBe(true);
    await expect(
      ha.createNotification({
        type: "VM",
        hostname: COMPUTE_HOST,
        generated_time: new Date().toISOString(),
        payload: { instance_uuid: crypto.randomUUID(), vir_domain_event: "STOPPED_FAILED", event: "LIFECYCLE" },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await ha.updateHost(host, { on_maintenance: false })).on_maintenance).toBe(false);
  }, 180_000);
});
