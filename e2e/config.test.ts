// clouds.yaml on the real cloud: every cloud connects through fromConfig, and the endpoint
// chosen for each service, region and interface is the one openstacksdk's endpoint_for chooses.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection, fromConfig } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { cloudsYaml, STATE } from "./support/cloud.js";

const CLOUDS_FILE = fileURLToPath(new URL("clouds.yaml", STATE));
const env = { OS_CLIENT_CONFIG_FILE: CLOUDS_FILE };
const clouds = Object.keys((cloudsYaml() as { clouds: object }).clouds);

const types = ["identity", "compute", "image", "network", "placement", "object-store", "block-storage", "volumev3"];
const queries: [string, string | null, string | null][] = types.flatMap((type) =>
  [null, "RegionOne", "RegionTwo"].flatMap((region) =>
    [null, "public", "internal", "admin"].map(
      (iface) => [type, region, iface] as [string, string | null, string | null],
    ),
  ),
);

function openstacksdk(cloud: string, connect: Record<string, string>): string[] {
  const script = fileURLToPath(new URL("support/endpoint-for.py", import.meta.url));
  const output = execFileSync("/usr/bin/python3", [script], {
    input: JSON.stringify({ cloud, connect, queries }),
    env: { ...process.env, ...env, OS_CLOUD: "" },
  });
  return JSON.parse(output.toString()) as string[];
}

async function ours(conn: Connection): Promise<string[]> {
  return Promise.all(
    queries.map(([type, region, iface]) =>
      conn
        .endpointFor(type, { regionName: region ?? undefined, interface: iface ?? undefined })
        .catch((e: Error) => `error: ${e.name}`),
    ),
  );
}

describe("clouds.yaml against the real cloud", () => {
  it.each(clouds)("connects to cloud %s through fromConfig and lists what its user may see", async (cloudName) => {
    const conn = await fromConfig({ cloudName, env });
    expect(conn.config?.name).toBe(cloudName);
    expect(conn.config?.sources["auth.authUrl"]).toContain(CLOUDS_FILE);
    expect(String(conn.config)).not.toMatch(/admin'|demo-secret|appcred-secret/);
    expect(Array.isArray(await conn.network.listNetworks())).toBe(true);
    expect((await conn.identity.listRegions()).map((r) => r.id)).toEqual(
      expect.arrayContaining(["RegionOne", "RegionTwo"]),
    );
  });

  it("reads a cloud by name at once with new Connection({ cloud }), as openstacksdk's Connection(cloud=…)", async () => {
    const saved = process.env["OS_CLIENT_CONFIG_FILE"];
    process.env["OS_CLIENT_CONFIG_FILE"] = CLOUDS_FILE;
    try {
      const conn = new Connection({ cloud: "local-demo" });
      expect(conn.config?.name).toBe("local-demo");
      const demo = await new Connection({ cloud: "local" }).identity.findProject("demo", { ignoreMissing: false });
      expect(await conn.currentProjectId).toBe(demo.id);
    } finally {
      if (saved === undefined) delete process.env["OS_CLIENT_CONFIG_FILE"];
      else process.env["OS_CLIENT_CONFIG_FILE"] = saved;
    }
  });

  it("chooses, for 8 services × 3 regions × 4 interfaces, the endpoint openstacksdk chooses", async () => {
    const conn = await fromConfig({ cloudName: "local", env });
    const expected = openstacksdk("local", {});
    expect(expected.filter((answer) => answer.startsWith("http"))).toHaveLength(queries.length);
    expect(await ours(conn)).toEqual(expected);
  });

  it("agrees with openstacksdk when the connection itself asks for RegionTwo and internal endpoints", async () => {
    const conn = await fromConfig({
      cloudName: "local",
      env,
      options: { os_region_name: "RegionTwo", os_interface: "internal" },
    });
    const expected = openstacksdk("local", { region_name: "RegionTwo", interface: "internal" });
    expect(expected[0]).toBe("http://127.0.0.1:5000/v3");
    expect(await ours(conn)).toEqual(expected);
  });
});
