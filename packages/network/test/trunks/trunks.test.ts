import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { addSubportsResponse, subPort, trunkBody } from "./fixtures.js";
import { Trunk } from "../../src/trunks/trunk.js";

const { server, setup } = networkCloud();
const trunk = trunkBody.id;

describe("trunks", () => {
  it("creates on a parent port, lists, renames and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/trunks`, () => HttpResponse.json({ trunk: { ...trunkBody, sub_ports: [] } }, { status: 201 })),
      http.get(`${API}/trunks`, () => HttpResponse.json({ trunks: [trunkBody] })),
      http.put(`${API}/trunks/:id`, () => HttpResponse.json({ trunk: { ...trunkBody, name: "foo" } })),
      http.delete(`${API}/trunks/:id`, () => noContent()),
    );
    const created = await facade.createTrunk({ port_id: trunkBody.port_id, name: "test", admin_state_up: true });
    expect(created.sub_ports).toEqual([]);
    expect(
      (await facade.listTrunks({ port_id: trunkBody.port_id, status: "DOWN" }))[0]?.sub_ports[0]?.segmentation_id,
    ).toBe(44);
    expect((await facade.updateTrunk(created, { name: "foo", admin_state_up: true })).name).toBe("foo");
    await facade.deleteTrunk(created);
    expect(seen.map(sent)).toEqual([
      "POST /v2.0/trunks",
      `GET /v2.0/trunks?port_id=${trunkBody.port_id}&status=DOWN`,
      `PUT /v2.0/trunks/${trunk}`,
      `DELETE /v2.0/trunks/${trunk}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({
      trunk: { port_id: trunkBody.port_id, name: "test", admin_state_up: true },
    });
  });

  it("adds, lists and removes subports with the trunk's actions", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/trunks/:id/add_subports`, () => HttpResponse.json(addSubportsResponse)),
      http.get(`${API}/trunks/:id/get_subports`, () => HttpResponse.json({ sub_ports: [subPort] })),
      http.put(`${API}/trunks/:id/remove_subports`, () => HttpResponse.json({ ...addSubportsResponse, sub_ports: [] })),
    );
    const after = v.parse(Trunk, await facade.addTrunkSubports({ trunk, sub_ports: [subPort] }));
    expect(after.sub_ports).toEqual([subPort]);
    expect(await facade.getTrunkSubports({ trunk: trunkBody })).toEqual({ sub_ports: [subPort] });
    // A subport, or the port itself, names what to remove.
    await facade.deleteTrunkSubports({ trunk, sub_ports: [subPort, { id: "9d30d9b1-5d52-4a3e-9a0c-1c9a5b0d5e11" }] });
    expect(seen.map(sent)).toEqual([
      `PUT /v2.0/trunks/${trunk}/add_subports`,
      `GET /v2.0/trunks/${trunk}/get_subports`,
      `PUT /v2.0/trunks/${trunk}/remove_subports`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ sub_ports: [subPort] });
    expect(await bodyOf(seen[2]!)).toEqual({
      sub_ports: [{ port_id: subPort.port_id }, { port_id: "9d30d9b1-5d52-4a3e-9a0c-1c9a5b0d5e11" }],
    });
  });

  it("changes subports only through the actions, and waits for ACTIVE, failing on DEGRADED", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: subports change with addTrunkSubports / deleteTrunkSubports
    await expect(facade.updateTrunk(trunk, { sub_ports: [] })).rejects.toThrow(/'sub_ports' cannot be set/);
    // @ts-expect-error: the parent port is required
    await expect(facade.createTrunk({ name: "t" })).rejects.toThrow(/needs 'port_id'/);
    expect(seen).toHaveLength(0);
    const states = ["BUILD", "DEGRADED"];
    server.use(
      http.get(`${API}/trunks/:id`, () =>
        HttpResponse.json({ trunk: { ...trunkBody, status: states.shift() ?? "DEGRADED" } }),
      ),
    );
    await expect(facade.waitForTrunk(trunk, { status: "ACTIVE", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });
});
