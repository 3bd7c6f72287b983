import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/engine/router.js";
import type { Route } from "../../src/engine/types.js";

const route = (method: string, path: string): Route => ({
  method,
  path,
  handle: () => new Response(`${method} ${path}`),
});

describe("createRouter", () => {
  const match = createRouter([
    route("GET", "v2.0/networks"),
    route("GET", "v2.0/networks/:id"),
    route("PUT", "v2.0/networks/:id"),
    route("HEAD", "v1/:account/:container/*object"),
    route("GET", "v1/:account/:container/*object"),
    route("GET", ""),
  ]);

  it("matches literal and parameter segments, ignoring a trailing slash", () => {
    expect(match("GET", "v2.0/networks")).toMatchObject({ route: { path: "v2.0/networks" }, params: {} });
    expect(match("GET", "v2.0/networks/")).toMatchObject({ route: { path: "v2.0/networks" } });
    expect(match("PUT", "v2.0/networks/a%20b")).toMatchObject({ route: { method: "PUT" }, params: { id: "a b" } });
    expect(match("GET", "")).toMatchObject({ route: { path: "" } });
  });

  it("takes the rest of the path, slashes and a trailing slash included, for a *segment", () => {
    expect(match("GET", "v1/AUTH_x/c/dir/ü%20%3F.txt")).toMatchObject({
      params: { account: "AUTH_x", container: "c", object: "dir/ü ?.txt" },
    });
    expect(match("GET", "v1/AUTH_x/c/dir/")).toMatchObject({ params: { object: "dir/" } });
    expect(match("GET", "v1/AUTH_x/c/")).toBeUndefined();
  });

  it("answers HEAD with an explicit HEAD route, else with GET's", () => {
    expect(match("HEAD", "v1/AUTH_x/c/o")).toMatchObject({ route: { method: "HEAD" } });
    expect(match("HEAD", "v2.0/networks/n")).toMatchObject({ route: { method: "GET" } });
  });

  it("names the methods a known path allows, and nothing for an unknown path", () => {
    expect(match("DELETE", "v2.0/networks/n")).toEqual({ allowed: ["GET", "PUT"] });
    expect(match("GET", "v2.0/nothing")).toBeUndefined();
  });
});
