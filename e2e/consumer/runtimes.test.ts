// The seed example in the consumer project: Node as an ES module and from CommonJS, Bun, and
// Deno reading the node_modules npm installed, each against the real cloud.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Connection } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "../support/cloud.js";
import { publishedPackages } from "./pack.js";
import { project, runIn, workspaceBin } from "./run.js";

const runtimes: Record<string, [string, ...string[]]> = {
  "node-esm": [process.execPath, "seed.mjs"],
  "node-cjs": [process.execPath, "seed.cjs"],
  bun: [workspaceBin("bun"), "seed.mjs"],
  // Deno finds package.json and, with --node-modules-dir=manual, reads npm's node_modules as is.
  deno: [workspaceBin("deno"), "run", "--allow-all", "--node-modules-dir=manual", "--cached-only", "seed.mjs"],
};

const conn = new Connection(admin);
const networks: string[] = [];
afterAll(async () => {
  for (const name of networks) {
    const network = await conn.network.findNetwork(name);
    if (network) await conn.network.deleteNetwork(network);
  }
});

// The runtimes at once: each is a process that mostly waits on the cloud.
describe.concurrent.each(Object.keys(runtimes))("%s", (runtime) => {
  it("runs the seed example from the installed tarballs against the real cloud", async () => {
    const [command, ...args] = runtimes[runtime]!;
    const name = uniqueName(`consumer-${runtime}`);
    networks.push(name);
    const stdout = await runIn(project(), command, args, { SEED_NETWORK: name, DENO_NO_UPDATE_CHECK: "1" });
    const seen = JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, unknown> & { projects: string[] };
    expect(seen.runtime).toBe(runtime === "node-esm" ? "node" : runtime);
    expect(seen.projects).toEqual(expect.arrayContaining(["admin", "demo", "service"]));
    expect(seen.streamed).toEqual(seen.projects);
    const network = await conn.network.findNetwork(name, { ignoreMissing: false });
    expect(seen.network).toBe(network.id);
    expect(seen.tokenLength).toBeGreaterThan(20);
    expect(seen.project).toBe(await conn.currentProjectId);
    expect(seen.devstackProject).toBe(seen.project);
  });
});

describe("node-cjs", () => {
  it("require()s every published package but the mock, none of them awaiting at top level", async () => {
    const stdout = await runIn(project(), process.execPath, ["require-all.cjs"]);
    const loaded = JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, number>;
    const names = publishedPackages()
      .map((dir) => (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name)
      .filter((name) => name !== "@openstack-ts/mock");
    expect(Object.keys(loaded).sort()).toEqual(names.sort());
    for (const name of names) expect(loaded[name], `${name}'s exports`).toBeGreaterThan(0);
  });
});
