import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";

describe("openstack-ts-mock", () => {
  it("starts the server, prints the auth URL and credentials, and answers", async () => {
    const lines: string[] = [];
    const server = (await main(["--port", "0", "--delay", "0"], (line) => lines.push(line)))!;
    try {
      const printed = lines.join("\n");
      expect(printed).toContain(`auth URL          ${server.authUrl}`);
      expect(printed).toMatch(/admin +admin \/ admin/);
      expect(printed).toContain(`secret appcred-secret`);
      expect((await fetch(`${server.url}/`)).status).toBe(300);
    } finally {
      await server.close();
    }
  });

  it("adds the records of a --seed file and the catalog regions asked for", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mock-cli-"));
    const seed = join(dir, "seed.json");
    await writeFile(seed, JSON.stringify({ networks: [{ name: "from-seed" }] }));
    const server = (await main(["--port", "0", "--seed", seed, "--regions", "RegionOne,RegionTwo"], () => undefined))!;
    try {
      expect(server.cloud.state.networks.map((n) => n["name"])).toContain("from-seed");
      expect(server.cloud.state.regions.map((r) => r["id"])).toEqual(["RegionOne", "RegionTwo"]);
    } finally {
      await server.close();
    }
  });

  it("writes msw's service worker for a browser app with init", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mock-cli-"));
    const lines: string[] = [];
    expect(await main(["init", join(dir, "public")], (line) => lines.push(line))).toBeUndefined();
    expect(lines[0]).toBe(`wrote ${join(dir, "public", "mockServiceWorker.js")}`);
    expect(await readFile(join(dir, "public", "mockServiceWorker.js"), "utf8")).toContain("Mock Service Worker");
  });

  it("explains itself with --help and refuses what it does not know", async () => {
    const lines: string[] = [];
    await main(["--help"], (line) => lines.push(line));
    expect(lines[0]).toMatch(/^Usage:/);
    await expect(main(["--port", "many"])).rejects.toThrow(/--port takes a non-negative number, got .many./);
    await expect(main(["serve"])).rejects.toThrow(/unknown argument 'serve'/);
  });
});
