import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { VERSION_HEADER } from "../../src/microversion.js";
import { API, inspectorCloud } from "../fixtures.js";

const NODE = "c244557e-899f-46fa-a1ff-5b2c6718616b";
const status = (state: string) => ({
  uuid: NODE,
  state,
  finished: state === "finished" || state === "error",
  error: null,
});

describe("the inspector's microversion", () => {
  const { server, setup } = inspectorCloud("1.25");
  it("is min(what the package knows, what the server offers), negotiated once per session", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/introspection/${NODE}`, () => HttpResponse.json(status("waiting"))));
    await facade.getIntrospection(NODE);
    await facade.getIntrospection(NODE);
    expect(seen.map((r) => r.headers.get(VERSION_HEADER))).toEqual(["1.18", "1.18"]);
  });
});

describe("introspection actions", () => {
  const { server, setup } = inspectorCloud();
  it("starts with manage_boot only when given, aborts, and reapplies with or without data", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/introspection/*`, () => new HttpResponse(null, { status: 202 })));
    await facade.startIntrospection({ introspection: NODE });
    await facade.startIntrospection({ introspection: { uuid: NODE }, manage_boot: false });
    await facade.abortIntrospection({ introspection: NODE });
    await facade.reapplyIntrospection({ introspection: NODE });
    await facade.reapplyIntrospection({ introspection: NODE, data: { inventory: { cpu: { count: 2 } } } });
    const paths = seen.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);
    expect(paths).toEqual([
      `POST /v1/introspection/${NODE}`,
      `POST /v1/introspection/${NODE}?manage_boot=false`,
      `POST /v1/introspection/${NODE}/abort`,
      `POST /v1/introspection/${NODE}/data/unprocessed`,
      `POST /v1/introspection/${NODE}/data/unprocessed`,
    ]);
    expect(await seen[3]!.text()).toBe("");
    expect(await seen[4]!.json()).toEqual({ inventory: { cpu: { count: 2 } } });
  });

  it("waits on the state, and an error state ends the wait as a failure", async () => {
    const { facade } = setup();
    const states = ["starting", "waiting", "processing", "finished"];
    server.use(http.get(`${API}/introspection/${NODE}`, () => HttpResponse.json(status(states.shift() ?? "finished"))));
    const done = await facade.waitForIntrospection(NODE, { status: "finished", interval: 1, maxInterval: 1 });
    expect(done).toMatchObject({ state: "finished", finished: true });
    server.use(http.get(`${API}/introspection/${NODE}`, () => HttpResponse.json(status("error"))));
    await expect(facade.waitForIntrospection(NODE, { status: "finished", interval: 1 })).rejects.toThrow(/ERROR/i);
  });

  it("reads the unprocessed data from its own path", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/introspection/${NODE}/data/unprocessed`, () => HttpResponse.json({ inventory: { raw: true } })),
    );
    expect(await facade.getUnprocessedIntrospectionData({ introspection: NODE })).toEqual({ inventory: { raw: true } });
  });
});
