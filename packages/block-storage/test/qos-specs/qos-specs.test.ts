import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, sent } from "../fixtures.js";
import {
  qosAssociationsBody,
  qosBody,
  qosCreateRequest,
  qosListBody,
  qosUnsetRequest,
  qosUpdateRequest,
  qosUpdateResponse,
} from "./fixtures.js";

const { server, setup } = blockStorageCloud();
const id = qosBody.qos_specs.id;

describe("QoS specs", () => {
  it("lists, gets and finds by name (listing all: Cinder's name filter matches nothing)", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/qos-specs`, () => HttpResponse.json(qosListBody)),
      http.get(`${API}/qos-specs/:id`, ({ params }) =>
        params["id"] === id
          ? HttpResponse.json(qosBody)
          : HttpResponse.json({ itemNotFound: { code: 404, message: "no" } }, { status: 404 }),
      ),
    );
    expect((await facade.listQosSpecs()).map((q) => q.consumer)).toEqual(["back-end"]);
    expect(await facade.getQosSpec(id)).toEqual(qosBody.qos_specs);
    expect((await facade.findQosSpec("reliability-spec"))?.id).toBe(qosListBody.qos_specs[0]!.id);
    expect(seen.map(sent)).toEqual([
      "GET qos-specs",
      `GET qos-specs/${id}`,
      "GET qos-specs/reliability-spec",
      "GET qos-specs",
    ]);
  });

  it("creates with a name, and with limits as keys beside it", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/qos-specs`, () => HttpResponse.json(qosBody)));
    expect((await facade.createQosSpec(qosCreateRequest.qos_specs)).id).toBe(id);
    expect(await seen[0]!.json()).toEqual(qosCreateRequest);
    // Keys other than name and consumer are the limits themselves; the schema is loose, so they pass.
    const limits = { read_iops_sec: "200", write_iops_sec: "100" };
    await facade.createQosSpec({ name: "limited", consumer: "front-end", ...limits });
    expect(await seen[1]!.json()).toEqual({
      qos_specs: { name: "limited", consumer: "front-end", read_iops_sec: "200", write_iops_sec: "100" },
    });
    // @ts-expect-error: consumer is one of front-end, back-end, both
    await expect(facade.createQosSpec({ name: "x", consumer: "hypervisor" })).rejects.toThrow(
      /'consumer' has the wrong type/,
    );
  });

  it("sets and removes keys, and force-deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/qos-specs/:id`, () => HttpResponse.json(qosUpdateResponse)),
      http.put(`${API}/qos-specs/:id/delete_keys`, accepted),
      http.delete(`${API}/qos-specs/:id`, accepted),
    );
    expect(await facade.updateQosSpec({ qos_spec: id, specs: qosUpdateRequest.qos_specs })).toEqual(qosUpdateResponse);
    await facade.deleteQosSpecMetadata({ qos_spec: qosBody.qos_specs, keys: qosUnsetRequest.keys });
    await facade.deleteQosSpec(id);
    await facade.forceDeleteQosSpec({ qos_spec: id });
    await facade.deleteQosSpec(id, { force: true });
    expect(seen.map(sent)).toEqual([
      `PUT qos-specs/${id}`,
      `PUT qos-specs/${id}/delete_keys`,
      `DELETE qos-specs/${id}`,
      `DELETE qos-specs/${id}?force=true`,
      `DELETE qos-specs/${id}?force=true`,
    ]);
    expect(await seen[0]!.json()).toEqual(qosUpdateRequest);
    expect(await seen[1]!.json()).toEqual(qosUnsetRequest);
  });

  it("associates with types by GET, and lists the associations", async () => {
    const { facade, seen } = setup();
    const type = "6685584b-1eac-4da6-b5c3-555430cf68ff";
    const associated = { qos_associations: [{ association_type: "volume_type", name: "vol-type-001", id: type }] };
    let listed = 0;
    server.use(
      http.get(`${API}/qos-specs/:id/associate`, accepted),
      http.get(`${API}/qos-specs/:id/disassociate`, accepted),
      http.get(`${API}/qos-specs/:id/disassociate_all`, accepted),
      http.get(`${API}/qos-specs/:id/associations`, () =>
        HttpResponse.json(listed++ === 0 ? associated : qosAssociationsBody),
      ),
    );
    await facade.associateQosSpec({ qos_spec: id, volume_type: type });
    expect(await facade.listQosSpecAssociations({ qos_spec: id })).toEqual(associated.qos_associations);
    await facade.disassociateQosSpec({ qos_spec: id, volume_type: { id: type } });
    await facade.disassociateAllQosSpec({ qos_spec: id });
    expect(await facade.listQosSpecAssociations({ qos_spec: id })).toEqual([]);
    expect(seen.map(sent)).toEqual([
      `GET qos-specs/${id}/associate?vol_type_id=${type}`,
      `GET qos-specs/${id}/associations`,
      `GET qos-specs/${id}/disassociate?vol_type_id=${type}`,
      `GET qos-specs/${id}/disassociate_all`,
      `GET qos-specs/${id}/associations`,
    ]);
  });
});
