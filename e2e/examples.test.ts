// The seed example program (apps/examples), run as a user runs it: `pnpm example`.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin } from "./support/cloud.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

describe("apps/examples", () => {
  it("runs the seed example as written, fromConfig({ cloudName: 'devstack' }) included", async () => {
    const conn = new Connection(admin);
    const before = await conn.network.findNetwork("jenkins");
    try {
      const { stdout } = await run("pnpm", ["example"], {
        cwd: root,
        env: { ...process.env, OS_CLOUD: "", OS_CLIENT_CONFIG_FILE: "" },
      });
      const jenkins = await conn.network.findNetwork("jenkins", { ignoreMissing: false });
      expect(stdout).toMatch(/projects: .*\badmin\b/);
      expect(stdout).toMatch(/streamed: demo/);
      expect(stdout).toContain(`network jenkins: ${jenkins.id}`);
      expect(stdout).toMatch(/token: \w{8}… \(\d+ characters\)/);
      expect(stdout).toContain(`devstack project: ${await conn.currentProjectId}`);
    } finally {
      if (before === null) await conn.network.deleteNetwork((await conn.network.findNetwork("jenkins"))!);
    }
  });
});
