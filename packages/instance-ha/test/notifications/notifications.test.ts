import { MicroversionError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, haCloud, sent, versionOf } from "../fixtures.js";

const { server, setup } = haCloud();

const notification = (status: string, over: Record<string, unknown> = {}) => ({
  notification_uuid: "n1",
  id: 1,
  type: "COMPUTE_HOST",
  status,
  source_host_uuid: "h1",
  generated_time: "2026-12-06T12:00:00.000000",
  payload: { event: "STOPPED", host_status: "NORMAL", cluster_status: "OFFLINE" },
  created_at: "2026-12-06T12:00:01.000000",
  updated_at: null,
  deleted_at: null,
  deleted: false,
  ...over,
});

/** Answers each GET of the notification with the next status of `statuses` (the last one thereafter). */
function statusesInTurn(statuses: string[]) {
  let i = 0;
  server.use(
    http.get(`${API}/notifications/:id`, () =>
      HttpResponse.json({ notification: notification(statuses[Math.min(i++, statuses.length - 1)]!) }),
    ),
  );
}

describe("notifications", () => {
  it("are created by host name and answered `new`; waitForNotification follows the engine to finished", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/notifications`, () =>
        HttpResponse.json({ notification: notification("new") }, { status: 202 }),
      ),
    );
    statusesInTurn(["running", "finished"]);
    const made = await facade.createNotification({
      type: "COMPUTE_HOST",
      hostname: "loopback-cloud",
      generated_time: "2026-12-06T12:00:00",
      payload: { event: "STOPPED", host_status: "NORMAL", cluster_status: "OFFLINE" },
    });
    expect(made.status).toBe("new");
    const done = await facade.waitForNotification(made, { status: "finished", interval: 1 });
    expect(done.status).toBe("finished");
    expect(seen.map(sent)).toEqual(["POST notifications", "GET notifications/n1", "GET notifications/n1"]);
    expect(versionOf(seen[1]!)).toBe("1.2");
  });

  it.each(["error", "failed"])("waitForNotification fails when the recovery ends %s", async (status) => {
    const { facade } = setup();
    statusesInTurn(["running", status]);
    await expect(facade.waitForNotification("n1", { status: "finished", interval: 1 })).rejects.toThrow(
      ResourceFailureError,
    );
  });

  it("keep the recovery flow's tasks a get at 1.1 and later carries", async () => {
    const { facade } = setup();
    const task = {
      name: "DisableComputeServiceTask",
      progress: 1.0,
      state: "SUCCESS",
      progress_details: [{ timestamp: "2026-12-06 12:51:14.689181", message: "Disabling", progress: "0.0" }],
    };
    server.use(
      http.get(`${API}/notifications/:id`, () =>
        HttpResponse.json({ notification: notification("finished", { recovery_workflow_details: [task] }) }),
      ),
    );
    expect((await facade.getNotification("n1")).recovery_workflow_details).toEqual([task]);
  });

  it("list by type, status and generated_since, page by page with the last integer id as marker", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/notifications`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        return HttpResponse.json({
          notifications: marker === null ? [notification("finished", { notification_uuid: "n9", id: 9 })] : [],
        });
      }),
    );
    const found = await facade.listNotifications({ type: "VM", status: "finished", generated_since: "2026-12-06" });
    expect(found.map((n) => n.notification_uuid)).toEqual(["n9"]);
    expect(seen.map(sent)).toEqual([
      "GET notifications?type=VM&status=finished&generated_since=2026-12-06",
      "GET notifications?type=VM&status=finished&generated_since=2026-12-06&marker=9",
    ]);
  });

  it("VM moves need 1.3: on a Masakari that offers 1.2 (Zed) they fail before any request", async () => {
    const { facade, seen } = setup("1.2");
    await expect(facade.listVmoves({ notification_id: "n1" })).rejects.toThrow(MicroversionError);
    await expect(facade.getVmove({ notification_id: "n1", vmove_id: "v1" })).rejects.toThrow(/1\.3/);
    expect(seen).toHaveLength(0);
  });

  it("VM moves at 1.3: a notification's, filtered", async () => {
    const { facade, seen } = setup("1.3");
    server.use(http.get(`${API}/notifications/:id/vmoves`, () => HttpResponse.json({ vmoves: [] })));
    expect(await facade.listVmoves({ notification_id: "n1", status: "succeeded", limit: 5 })).toEqual([]);
    expect(sent(seen[0]!)).toBe("GET notifications/n1/vmoves?status=succeeded&limit=5");
    expect(versionOf(seen[0]!)).toBe("1.3");
  });
});
