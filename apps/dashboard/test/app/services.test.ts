import { mockCloud } from "@openstack-ts/mock";
import { AmbiguousEndpointError, Connection, EndpointNotFoundError, UnauthorizedError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { offeredServices } from "../../src/app/services.js";

/** An endpoint lookup answering from a list of offered types, or failing with `failure` for the rest. */
function lookup(offered: string[], failure: (type: string) => Error = (type) => new EndpointNotFoundError(type)) {
  return {
    endpointFor: async (type: string) => {
      if (offered.includes(type)) return `http://127.0.0.1/${type}`;
      throw failure(type);
    },
  };
}

describe("offeredServices", () => {
  it("keeps the types the catalog has and drops those it has not", async () => {
    const offered = await offeredServices(lookup(["dns", "key-manager"]), [
      "orchestration",
      "load-balancer",
      "dns",
      "key-manager",
    ]);
    expect([...offered].sort()).toEqual(["dns", "key-manager"]);
  });

  it("keeps a type whose lookup failed for another reason, so its view can say why", async () => {
    const offered = await offeredServices(
      lookup([], (type) => new AmbiguousEndpointError(`${type} is in two regions`, ["RegionOne", "RegionTwo"])),
      ["orchestration"],
    );
    expect([...offered]).toEqual(["orchestration"]);
    const refused = await offeredServices(
      lookup([], () => new UnauthorizedError({ status: 401, method: "POST", url: "http://127.0.0.1/v3/auth/tokens" })),
      ["dns"],
    );
    expect([...refused]).toEqual(["dns"]);
  });

  it("asks a real session, whose catalog decides", async () => {
    const fake = mockCloud();
    const conn = new Connection({
      authUrl: fake.authUrl,
      username: "admin",
      password: "admin",
      projectName: "admin",
      fetch: fake.fetch,
    });
    // The fake cloud serves Designate; no cloud's catalog has a service of this made-up type.
    const offered = await offeredServices(conn.session, ["dns", "no-such-service"]);
    expect([...offered]).toEqual(["dns"]);
  });
});
