import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, blockStorageCloud, sent, versionOf } from "../fixtures.js";
import {
  attachmentBody,
  attachmentListBody,
  completeAttachmentRequest,
  createAttachmentRequest,
  updateAttachmentRequest,
} from "./fixtures.js";

const { server, setup } = blockStorageCloud();
const id = attachmentBody.id;

describe("attachments", () => {
  it("lists attachments/detail by volume and gets one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/attachments/detail`, () => HttpResponse.json(attachmentListBody)),
      http.get(`${API}/attachments/:id`, () => HttpResponse.json({ attachment: attachmentBody })),
    );
    const [listed] = await facade.listAttachments({ volume_id: attachmentBody.volume_id });
    expect(listed).toMatchObject({ status: "attaching", attach_mode: "ro", connection_info: {} });
    expect((await facade.getAttachment(id)).instance).toBe(attachmentBody.instance);
    expect(seen.map((r) => `${sent(r)} ${versionOf(r)}`)).toEqual([
      `GET attachments/detail?volume_id=${attachmentBody.volume_id} 3.70`,
      `GET attachments/${id} 3.70`,
    ]);
  });

  it("creates with the volume and server under their create names, updates with a connector, completes, deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/attachments`, () => HttpResponse.json({ attachment: attachmentBody })),
      http.put(`${API}/attachments/:id`, () =>
        HttpResponse.json({ attachment: { ...attachmentBody, status: "attached" } }),
      ),
      http.post(`${API}/attachments/:id/action`, () => new HttpResponse(null, { status: 204 })),
      // Cinder answers a delete with the volume's remaining attachments.
      http.delete(`${API}/attachments/:id`, () => HttpResponse.json({ attachments: [] })),
    );
    const created = await facade.createAttachment(createAttachmentRequest.attachment);
    expect(created.id).toBe(id);
    expect(await seen[0]!.json()).toEqual(createAttachmentRequest);
    expect((await facade.updateAttachment(created, updateAttachmentRequest.attachment)).status).toBe("attached");
    expect(await seen[1]!.json()).toEqual(updateAttachmentRequest);
    await facade.completeAttachment({ attachment: created });
    expect(await seen[2]!.json()).toEqual(completeAttachmentRequest);
    await facade.deleteAttachment(created);
    expect(seen.map((r) => `${sent(r)} ${versionOf(r)}`)).toEqual([
      "POST attachments 3.70",
      `PUT attachments/${id} 3.70`,
      `POST attachments/${id}/action 3.44`,
      `DELETE attachments/${id} 3.70`,
    ]);
    // @ts-expect-error: an attachment cannot move to another volume
    await expect(facade.updateAttachment(id, { volume_uuid: "v2" })).rejects.toThrow(/'volume_uuid' cannot be set/);
  });

  it("reserves without a connector, in ro mode (3.54)", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/attachments`, () =>
        HttpResponse.json({ attachment: { ...attachmentBody, status: "reserved", connection_info: null } }),
      ),
    );
    const reserved = await facade.createAttachment({
      volume_uuid: attachmentBody.volume_id,
      instance_uuid: null,
      mode: "ro",
    });
    expect(reserved).toMatchObject({ status: "reserved", connection_info: null });
    expect(await seen[0]!.json()).toEqual({
      attachment: { volume_uuid: attachmentBody.volume_id, instance_uuid: null, mode: "ro" },
    });
  });

  it("refuses to complete on a Cinder older than 3.44", async () => {
    const { facade, seen } = setup({ maxMicroversion: "3.43" });
    await expect(facade.completeAttachment({ attachment: id })).rejects.toThrow(
      new MicroversionError("completeAttachment needs microversion 3.44, but the server offers at most 3.43"),
    );
    expect(seen).toHaveLength(0);
  });

  it("waits for attached and stops at error_attaching", async () => {
    const { facade } = setup();
    const states = ["attaching", "attached", "error_attaching"];
    server.use(
      http.get(`${API}/attachments/:id`, () =>
        HttpResponse.json({ attachment: { ...attachmentBody, status: states.shift() } }),
      ),
    );
    const fast = { interval: 1, maxInterval: 2 };
    expect((await facade.waitForAttachment(id, { ...fast, status: "attached" })).status).toBe("attached");
    await expect(facade.waitForAttachment(id, { ...fast, status: "attached" })).rejects.toThrow(/ERROR_ATTACHING/);
  });
});
