import { isAccepted } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const SERVER = "9e5f2b36-6d1c-4b8e-9f1a-4c2b7d3e8a01";
const VOLUME = "a26887c6-c47b-4654-abb5-dfadf7d3f803";
/** At 2.89: no `id`, the Cinder attachment and BDM ids instead. */
const attachmentBody = {
  device: "/dev/sdb",
  serverId: SERVER,
  tag: "foo",
  volumeId: VOLUME,
  delete_on_termination: true,
  attachment_id: "979ce4f8-033a-409d-85e6-6b5c0f6a6302",
  bdm_uuid: "c088db45-92b8-49e8-81e2-a1b77a144b3b",
};

describe("server volume attachments", () => {
  it("attaches, lists, gets and detaches by volume id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/servers/:id/os-volume_attachments`, () =>
        HttpResponse.json({ volumeAttachment: { ...attachmentBody, id: VOLUME } }),
      ),
      http.get(`${API}/servers/:id/os-volume_attachments`, () =>
        HttpResponse.json({ volumeAttachments: [attachmentBody, { ...attachmentBody, device: null, tag: null }] }),
      ),
      http.get(`${API}/servers/:id/os-volume_attachments/:volume`, () =>
        HttpResponse.json({ volumeAttachment: attachmentBody }),
      ),
      http.delete(`${API}/servers/:id/os-volume_attachments/:volume`, () => accepted()),
    );
    const attached = await facade.createVolumeAttachment({
      server: SERVER,
      volumeId: VOLUME,
      tag: "foo",
      delete_on_termination: true,
    });
    expect(attached.id).toBe(VOLUME);
    expect((await facade.listVolumeAttachments({ server: SERVER })).map((a) => a.device)).toEqual(["/dev/sdb", null]);
    expect((await facade.getVolumeAttachment(VOLUME, { server: SERVER })).attachment_id).toBe(
      attachmentBody.attachment_id,
    );
    await facade.deleteVolumeAttachment(attached, { server: SERVER });
    expect(seen.map(sent)).toEqual([
      `POST /v2.1/servers/${SERVER}/os-volume_attachments`,
      `GET /v2.1/servers/${SERVER}/os-volume_attachments`,
      `GET /v2.1/servers/${SERVER}/os-volume_attachments/${VOLUME}`,
      `DELETE /v2.1/servers/${SERVER}/os-volume_attachments/${VOLUME}`,
    ]);
    expect(await seen[0]!.json()).toEqual({
      volumeAttachment: { volumeId: VOLUME, tag: "foo", delete_on_termination: true },
    });
    expect(microversionOf(seen[0]!)).toBe("2.89");
  });

  it("returns the item Nova answers up to 2.100, and what it sent from 2.101, when Nova answers 202 without a body", async () => {
    const attach = async (microversion: string) => {
      const { facade, seen } = setup({
        maxMicroversion: "2.104",
        session: { services: { compute: { microversion } } },
      });
      server.use(
        http.post(`${API}/servers/:id/os-volume_attachments`, ({ request }) =>
          request.headers.get("OpenStack-API-Version") === "compute 2.101"
            ? new HttpResponse(null, { status: 202 })
            : HttpResponse.json({ volumeAttachment: { ...attachmentBody, id: VOLUME } }),
        ),
      );
      const attached = await facade.createVolumeAttachment({ server: SERVER, volumeId: VOLUME, tag: "foo" });
      expect(seen.map(microversionOf)).toEqual([microversion]);
      return attached;
    };
    const answered = await attach("2.100");
    expect(isAccepted(answered)).toBe(false);
    expect(answered).toEqual({ ...attachmentBody, id: VOLUME });
    const accepted = await attach("2.101");
    expect(isAccepted(accepted)).toBe(true);
    // What was sent: the volume's id names the attachment for get, waitFor and delete.
    expect(accepted).toEqual({ volumeId: VOLUME, tag: "foo" });
    expect(accepted.device).toBeUndefined();
  });

  it("swaps a volume, or changes delete_on_termination at 2.85", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/servers/:id/os-volume_attachments/:volume`, () => accepted()));
    await facade.updateVolumeAttachment({
      server: SERVER,
      volume: VOLUME,
      volumeId: { id: "227cc671-f30b-4488-96fd-7d0bf13648d8" },
    });
    await facade.updateVolumeAttachment({ server: SERVER, volume: { id: VOLUME }, delete_on_termination: false });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { volumeAttachment: { volumeId: "227cc671-f30b-4488-96fd-7d0bf13648d8" } },
      { volumeAttachment: { volumeId: VOLUME, delete_on_termination: false } },
    ]);
    expect(seen.map(microversionOf)).toEqual([undefined, "2.85"]);
    expect(sent(seen[1]!)).toBe(`PUT /v2.1/servers/${SERVER}/os-volume_attachments/${VOLUME}`);
  });

  it("never resends a swap: a 503 to it is final, where a GET is retried", async () => {
    const { facade, seen } = setup({ session: { retries: { baseDelay: 1 } } });
    let gets = 0;
    server.use(
      http.put(`${API}/servers/:id/os-volume_attachments/:volume`, () => new HttpResponse(null, { status: 503 })),
      http.get(`${API}/servers/:id/os-volume_attachments/:volume`, () =>
        (gets += 1) === 1
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json({ volumeAttachment: attachmentBody }),
      ),
    );
    await expect(
      facade.updateVolumeAttachment({
        server: SERVER,
        volume: VOLUME,
        volumeId: "227cc671-f30b-4488-96fd-7d0bf13648d8",
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect((await facade.getVolumeAttachment(VOLUME, { server: SERVER })).volumeId).toBe(VOLUME);
    const one = `/v2.1/servers/${SERVER}/os-volume_attachments/${VOLUME}`;
    expect(seen.map(sent)).toEqual([`PUT ${one}`, `GET ${one}`, `GET ${one}`]);
  });
});
