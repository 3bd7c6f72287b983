import { HttpError, InvalidArgumentError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, fault, sent, troveCloud } from "../fixtures.js";

const { server, setup } = troveCloud();

const instance = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `db-${id}`,
  status: "BUILD",
  flavor: { id: "f1", links: [] },
  datastore: { type: "mysql", version: "5.7.29" },
  volume: { size: 1 },
  ...over,
});

describe("instances", () => {
  it("page through Trove's next links (https:// whatever the endpoint, followed on the endpoint called), then by marker", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/instances`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        const page = marker === null ? [instance("a"), instance("b")] : marker === "b" ? [instance("c")] : [];
        const next =
          marker === null
            ? [{ rel: "next", href: "https://db.test:8779/v1.0/p-admin/instances?limit=2&marker=b" }]
            : [];
        return HttpResponse.json({ instances: page, links: next });
      }),
    );
    const all = await facade.listInstances({ limit: 2 });
    expect(all.map((i) => i.id)).toEqual(["a", "b", "c"]);
    // without a next link, marker paging asks once more: an empty page ends the walk
    expect(seen.map(sent)).toEqual([
      "GET instances?limit=2",
      "GET instances?limit=2&marker=b",
      "GET instances?limit=2&marker=c",
    ]);
  });

  it("waitForInstance fails on ERROR, with the instance's fault", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/instances/:id`, () =>
        HttpResponse.json({ instance: instance("a", { status: "ERROR", fault: { message: "guestagent timeout" } }) }),
      ),
    );
    await expect(facade.waitForInstance("a", { status: "ACTIVE", interval: 1 })).rejects.toThrow(ResourceFailureError);
  });

  it("refuses fields only Trove sets and a create without a flavor, before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: status is Trove's
    await expect(facade.createInstance({ name: "x", flavorRef: "f", status: "ACTIVE" })).rejects.toThrow(
      InvalidArgumentError,
    );
    // @ts-expect-error: flavorRef is required
    await expect(facade.createInstance({ name: "x" })).rejects.toThrow(InvalidArgumentError);
    expect(seen).toEqual([]);
  });

  it("updateInstance sends one change with PUT; a configuration group goes by its id, null detaches", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/instances/:id`, () => new HttpResponse(null, { status: 202 })));
    await facade.updateInstance({ instance: instance("a"), configuration: { id: "g1" } });
    await facade.updateInstance({ instance: "a", name: "renamed", configuration: null });
    expect(seen.map(sent)).toEqual(["PUT instances/a", "PUT instances/a"]);
    expect(await seen[0]!.json()).toEqual({ instance: { configuration: "g1" } });
    expect(await seen[1]!.json()).toEqual({ instance: { name: "renamed", configuration: null } });
  });

  it("an action on an instance that is not ACTIVE fails with Trove's 422 and its message", async () => {
    const { facade } = setup();
    server.use(
      http.post(`${API}/instances/:id/action`, () => fault(422, "Instance a is not ready. (Status is BUILD).")),
    );
    const error = await facade.restartInstance({ instance: "a" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 422, serverMessage: "Instance a is not ready. (Status is BUILD)." });
  });
});

describe("flavors", () => {
  it("go by str_id: Trove answers Nova's string ids as id null", async () => {
    const { facade, seen } = setup();
    const flavor = { id: null, str_id: "9f3a", name: "m1.tiny", ram: 512, vcpus: 1, disk: 1, ephemeral: 0 };
    server.use(
      http.get(`${API}/flavors`, () => HttpResponse.json({ flavors: [flavor] })),
      http.get(`${API}/flavors/:id`, () => HttpResponse.json({ flavor })),
    );
    const [listed] = await facade.listFlavors();
    expect(await facade.getFlavor(listed!)).toEqual(flavor);
    expect(seen.map(sent)).toEqual(["GET flavors", "GET flavors/9f3a"]);
  });
});
