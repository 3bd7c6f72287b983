import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import { createRules, mappingBody, updatedMappingBody, updateRules } from "./fixtures.js";

const { server, setup } = identityCloud();
const MAPPINGS = `${API}/OS-FEDERATION/mappings`;

describe("mappings", () => {
  it("creates by PUT at the mapping's own URL, with its rules", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${MAPPINGS}/:id`, () => HttpResponse.json({ mapping: mappingBody }, { status: 201 })));
    const created = await facade.createMapping({ id: "ACME", rules: createRules });
    expect(created.rules[0]?.remote.map((r) => r.type)).toEqual(["UserName", "orgPersonType"]);
    expect(sent(seen[0]!)).toBe("PUT /v3/OS-FEDERATION/mappings/ACME");
    expect(await seen[0]!.json()).toEqual({ mapping: { rules: createRules } });
    // @ts-expect-error: the rules are required
    await expect(facade.createMapping({ id: "ACME" })).rejects.toThrow(/needs 'rules'/);
  });

  it("lists and gets", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(MAPPINGS, () => collection("mappings", [updatedMappingBody])),
      http.get(`${MAPPINGS}/:id`, () => HttpResponse.json({ mapping: mappingBody })),
    );
    expect((await facade.listMappings()).map((m) => m.id)).toEqual(["ACME"]);
    expect((await facade.getMapping("ACME")).rules).toEqual(createRules);
    expect(seen.map(sent)).toEqual(["GET /v3/OS-FEDERATION/mappings", "GET /v3/OS-FEDERATION/mappings/ACME"]);
  });

  it("replaces the rules with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${MAPPINGS}/:id`, () => HttpResponse.json({ mapping: updatedMappingBody })),
      http.delete(`${MAPPINGS}/:id`, () => noContent()),
    );
    expect((await facade.updateMapping(mappingBody, { rules: updateRules })).rules).toEqual(updateRules);
    await facade.deleteMapping(mappingBody);
    expect(await seen[0]!.json()).toEqual({ mapping: { rules: updateRules } });
    expect(seen.map(sent)).toEqual(["PATCH /v3/OS-FEDERATION/mappings/ACME", "DELETE /v3/OS-FEDERATION/mappings/ACME"]);
  });
});
