// The same scenario (the seed example and a paginated list) in Node, Deno and Bun, each
// importing the built packages by name, against the real cloud or the fake one (support/target.ts).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, cloudsYamlFile, uniqueName } from "./support/target.js";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const runtimes: Record<string, string[]> = {
  node: [process.execPath, "runtimes/seed.mjs"],
  deno: [bin("deno"), "run", "--allow-all", "runtimes/seed.mjs"],
  bun: [bin("bun"), "runtimes/seed.mjs"],
};

const conn = new Connection(admin);
const made: string[] = [];
beforeAll(async () => {
  for (let i = 0; i < 5; i++) made.push((await conn.network.createNetwork({ name: uniqueName(`rt${i}`) })).id);
});
afterAll(async () => {
  for (const id of made) await conn.network.deleteNetwork(id);
});

describe.each(Object.keys(runtimes))("%s", (runtime) => {
  it("runs the seed example and pages through networks two at a time", async () => {
    const [command, ...args] = runtimes[runtime]!;
    const env = {
      ...process.env,
      OS_CLIENT_CONFIG_FILE: cloudsYamlFile(),
      OPENSTACK_TS_AUTH_URL: AUTH_URL,
      OS_CLOUD: "",
      NO_COLOR: "1",
    };
    const { stdout } = await run(command!, args, { cwd: here, env, timeout: 60_000 });
    const seen = JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, unknown> & {
      pages: number[];
      projects: string[];
    };
    expect(seen.runtime).toBe(runtime);
    expect(seen.projects).toEqual(expect.arrayContaining(["admin", "demo", "service"]));
    expect(seen.streamed).toEqual(seen.projects);
    expect(seen.found).toBe(seen.created);
    expect(seen.gone).toBe(true);
    expect(seen.pages.length).toBeGreaterThanOrEqual(3);
    expect(seen.pages.every((size) => size <= 2)).toBe(true);
    expect(seen.tokenLength).toBeGreaterThan(20);
    expect(seen.configProject).toBe(seen.project);
    expect(seen.cloudProject).toBe(seen.project);
    expect(seen.project).toBe(await conn.currentProjectId);
  });
});
