import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, sent } from "../fixtures.js";
import {
  addAccessRequest,
  createdEncryptionBody,
  createdTypeBody,
  createEncryptionRequest,
  createTypeRequest,
  encryptionBody,
  extraSpecsBody,
  removeAccessRequest,
  setExtraSpecsRequest,
  typeAccessBody,
  typeBody,
  typeListBody,
  updatedTypeBody,
  updateEncryptionRequest,
  updateTypeRequest,
} from "./fixtures.js";
import { volumeTypes } from "../../src/volume-types/volume-type.js";

const { server, setup } = blockStorageCloud();
const id = typeBody.id;

describe("volume types", () => {
  it("lists, gets and finds types under openstacksdk's names", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/types`, () => HttpResponse.json(typeListBody)),
      http.get(`${API}/types/:id`, ({ params }) =>
        params["id"] === id
          ? HttpResponse.json({ volume_type: typeBody })
          : HttpResponse.json({ itemNotFound: { code: 404, message: "no" } }, { status: 404 }),
      ),
    );
    const types = await facade.listTypes({ is_public: true });
    expect(types.map((t) => t.name)).toEqual(["vol-type-002", "vol-type-001", "__DEFAULT__"]);
    expect((await facade.getType(id)).extra_specs).toEqual({ capabilities: "gpu" });
    // Cinder's type list has no name filter: find lists them all and picks by name.
    expect((await facade.findType("__DEFAULT__"))?.id).toBe("7a56b996-b73f-4233-9f00-dd6a68b49b27");
    expect(seen.map(sent)).toEqual([
      "GET types?is_public=true",
      `GET types/${id}`,
      "GET types/__DEFAULT__",
      "GET types",
    ]);
  });

  it("creates with extra specs and the access flag under its extension name, and updates with is_public", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/types`, () => HttpResponse.json({ volume_type: createdTypeBody })),
      http.put(`${API}/types/:id`, () => HttpResponse.json({ volume_type: updatedTypeBody })),
    );
    const created = await facade.createType(createTypeRequest.volume_type);
    expect(created["os-volume-type-access:is_public"]).toBe(true);
    expect(await seen[0]!.json()).toEqual(createTypeRequest);
    const updated = await facade.updateType(created, updateTypeRequest.volume_type);
    expect(updated.qos_specs_id).toBeUndefined();
    expect(await seen[1]!.json()).toEqual(updateTypeRequest);
    // @ts-expect-error: extra specs change through updateTypeExtraSpecs
    await expect(facade.updateType(id, { extra_specs: {} })).rejects.toThrow(/'extra_specs' cannot be set/);
  });

  it("reads, sets and deletes extra specs", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/types/:id/extra_specs`, () => HttpResponse.json(extraSpecsBody)),
      http.post(`${API}/types/:id/extra_specs`, async ({ request }) => HttpResponse.json(await request.json())),
      http.delete(`${API}/types/:id/extra_specs/:key`, accepted),
    );
    expect(await facade.getTypeExtraSpecs({ volume_type: id })).toEqual({ extra_specs: { capabilities: "gpu" } });
    expect(await facade.updateTypeExtraSpecs({ volume_type: typeBody, ...setExtraSpecsRequest })).toEqual(
      setExtraSpecsRequest,
    );
    await facade.deleteTypeExtraSpecs({ volume_type: id, key: "key1" });
    expect(seen.map(sent)).toEqual([
      `GET types/${id}/extra_specs`,
      `POST types/${id}/extra_specs`,
      `DELETE types/${id}/extra_specs/key1`,
    ]);
    expect(await seen[1]!.json()).toEqual(setExtraSpecsRequest);
  });

  it("lists, adds and removes project access of a private type", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/types/:id/os-volume-type-access`, () => HttpResponse.json(typeAccessBody)),
      http.post(`${API}/types/:id/action`, accepted),
    );
    const access = await facade.listTypeAccess({ volume_type: id });
    expect(access).toEqual(typeAccessBody.volume_type_access);
    await facade.addTypeAccess({ volume_type: id, project: addAccessRequest.addProjectAccess.project });
    // A project object works as well as its id.
    await facade.removeTypeAccess({
      volume_type: id,
      project: { id: removeAccessRequest.removeProjectAccess.project },
    });
    expect(seen.map(sent)).toEqual([
      `GET types/${id}/os-volume-type-access`,
      `POST types/${id}/action`,
      `POST types/${id}/action`,
    ]);
    expect(await seen[1]!.json()).toEqual(addAccessRequest);
    expect(await seen[2]!.json()).toEqual(removeAccessRequest);
  });

  it("reads, creates, updates and deletes the encryption spec", async () => {
    const { facade, seen } = setup();
    const encryptionId = createdEncryptionBody.encryption.encryption_id;
    server.use(
      http.get(`${API}/types/:id/encryption`, () => HttpResponse.json(encryptionBody)),
      http.post(`${API}/types/:id/encryption`, () => HttpResponse.json(createdEncryptionBody)),
      http.put(`${API}/types/:id/encryption/:eid`, async ({ request }) => HttpResponse.json(await request.json())),
      http.delete(`${API}/types/:id/encryption/:eid`, accepted),
    );
    expect(await facade.getTypeEncryption({ volume_type: id })).toMatchObject({
      provider: "luks",
      encryption_id: encryptionId,
    });
    expect(
      await facade.createTypeEncryption({
        volume_type: id,
        encryption: { ...createEncryptionRequest.encryption, control_location: "front-end" },
      }),
    ).toEqual(createdEncryptionBody);
    await facade.updateTypeEncryption({
      volume_type: id,
      encryption_id: encryptionId,
      encryption: { ...updateEncryptionRequest.encryption, control_location: "back-end" },
    });
    await facade.deleteTypeEncryption({ volume_type: id, encryption_id: encryptionId });
    expect(seen.map(sent)).toEqual([
      `GET types/${id}/encryption`,
      `POST types/${id}/encryption`,
      `PUT types/${id}/encryption/${encryptionId}`,
      `DELETE types/${id}/encryption/${encryptionId}`,
    ]);
    expect(await seen[1]!.json()).toEqual(createEncryptionRequest);
    expect(await seen[2]!.json()).toEqual(updateEncryptionRequest);
  });

  it("deletes a type", async () => {
    const { seen, session } = setup();
    server.use(http.delete(`${API}/types/:id`, accepted));
    await volumeTypes.delete(session, id);
    expect(seen.map(sent)).toEqual([`DELETE types/${id}`]);
  });
});
