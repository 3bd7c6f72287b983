// The seed's three examples, as written (only the password and auth URL are the target cloud's), against
// the loopback cloud or the fake one (support/target.ts). The loopback cloud has every service in
// two regions on different hosts, so the connection also chooses one, as any program must there.
import { Connection, fromConfig } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { AUTH_URL, cloudsYaml, ONE_REGION } from "./support/target.js";

const conn = new Connection({
  authUrl: AUTH_URL,
  projectName: "admin",
  username: "admin",
  password: "admin",
  ...ONE_REGION,
});

let created: string | undefined;
afterAll(async () => {
  if (created) await conn.network.deleteNetwork(created);
});

describe("the seed example", () => {
  it("lists projects, awaited and streamed", async () => {
    const projects = await conn.identity.listProjects();
    const streamed: string[] = [];
    for await (const p of conn.identity.listProjects()) streamed.push(p.name);
    expect(projects.map((p) => p.name)).toEqual(expect.arrayContaining(["admin", "demo", "service"]));
    expect(streamed).toEqual(projects.map((p) => p.name));
  });

  it("finds the jenkins network, creating it when missing, and finds it afterwards", async () => {
    let network = await conn.network.findNetwork("jenkins");
    if (network === null) {
      network = await conn.network.createNetwork({ name: "jenkins" });
      created = network.id;
    }
    expect(network.name).toBe("jenkins");
    expect((await conn.network.findNetwork("jenkins"))?.id).toBe(network.id);
    expect((await conn.network.findNetwork(network.id))?.name).toBe("jenkins");
  });

  it("authorizes with a token Keystone accepts", async () => {
    const token: string = await conn.authorize();
    const check = await fetch(`${AUTH_URL}/auth/tokens`, {
      headers: { "X-Auth-Token": token, "X-Subject-Token": token },
    });
    expect(check.status).toBe(200);
    const body = (await check.json()) as { token: { project: { name: string }; user: { name: string } } };
    expect(body.token.project.name).toBe("admin");
    expect(body.token.user.name).toBe("admin");
  });

  it("connects from a clouds.yaml cloud", async () => {
    const conn2 = await fromConfig({ cloudName: "local", cloudConfig: cloudsYaml() });
    expect(await conn2.currentProjectId).toBe(await conn.currentProjectId);
    expect((await conn2.network.listNetworks()).length).toBeGreaterThanOrEqual(0);
  });
});
