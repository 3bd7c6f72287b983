import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { createdDomainBody, domainBody, otherDomainBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("domains", () => {
  it("lists, filtered by enabled", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/domains`, () => collection("domains", [otherDomainBody, domainBody])));
    const all = await facade.listDomains({ enabled: true });
    expect(all.map((d) => d.id)).toEqual([otherDomainBody.id, "default"]);
    expect(sent(seen[0]!)).toBe("GET /v3/domains?enabled=true");
  });

  it("gets one domain", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/domains/:id`, () => HttpResponse.json({ domain: domainBody })));
    expect((await facade.getDomain("default")).name).toBe("Default");
    expect(sent(seen[0]!)).toBe("GET /v3/domains/default");
  });

  it("creates inside the domain envelope, with an explicit id when asked", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/domains`, () => HttpResponse.json({ domain: createdDomainBody }, { status: 201 })));
    const created = await facade.createDomain({
      name: "myDomain",
      description: "Domain description",
      enabled: true,
      explicit_domain_id: "161718",
    });
    expect(created.id).toBe("161718");
    expect(await seen[0]!.json()).toEqual({
      domain: { name: "myDomain", description: "Domain description", enabled: true, explicit_domain_id: "161718" },
    });
  });

  it("disables with PATCH, then deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/domains/:id`, () => HttpResponse.json({ domain: { ...createdDomainBody, enabled: false } })),
      http.delete(`${API}/domains/:id`, () => noContent()),
    );
    expect((await facade.updateDomain(createdDomainBody, { enabled: false })).enabled).toBe(false);
    // @ts-expect-error: the id chosen at creation cannot change
    await expect(facade.updateDomain("161718", { explicit_domain_id: "x" })).rejects.toThrow(/cannot be set/);
    await facade.deleteDomain(createdDomainBody);
    expect(await seen[0]!.json()).toEqual({ domain: { enabled: false } });
    expect(seen.map(sent)).toEqual(["PATCH /v3/domains/161718", "DELETE /v3/domains/161718"]);
  });

  it("finds by name after the id lookup misses", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/domains/:id`, () => notFound("Could not find domain: swift_test.")),
      http.get(`${API}/domains`, ({ request }) =>
        collection("domains", new URL(request.url).searchParams.get("name") === "swift_test" ? [otherDomainBody] : []),
      ),
    );
    expect((await facade.findDomain("swift_test"))?.id).toBe(otherDomainBody.id);
    expect(seen.map(sent)).toEqual(["GET /v3/domains/swift_test", "GET /v3/domains?name=swift_test"]);
  });
});
