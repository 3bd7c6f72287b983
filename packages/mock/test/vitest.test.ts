import { PasswordAuth, Session } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { useMockCloud } from "../src/vitest.js";

const mock = useMockCloud({ networks: [{ name: "seeded" }] });

const session = () =>
  new Session({
    auth: new PasswordAuth({ authUrl: mock.cloud.authUrl, username: "admin", password: "admin", projectName: "admin" }),
    retries: false,
  });

describe("useMockCloud", () => {
  it("answers the runtime's own fetch through msw, seeded as asked", async () => {
    const admin = session();
    const url = await admin.endpointFor("network");
    expect(url).toBe(`${mock.cloud.baseUrl}/network`);
    const networks = await (
      await admin.request(`${url}/v2.0/networks?name=seeded`, { context: { authenticated: true } })
    ).json();
    expect(networks).toMatchObject({ networks: [{ name: "seeded" }] });
    mock.cloud.state.networks.length = 0;
  });

  it("gives every test a fresh cloud", () => {
    expect(mock.cloud.state.networks.map((n) => n["name"])).toEqual(["public", "seeded"]);
  });
});
