// Runs every docs/examples/*.ts as a user would (tsx, the built packages by name) against a
// real cloud: the one OS_CLOUD names (default "local", the loopback cloud of e2e/cloud, whose
// clouds.yaml is used when OS_CLIENT_CONFIG_FILE is unset). `pnpm run build` first.
// Usage: node run-examples.mjs [name ...]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromConfig } from "@openstack-ts/openstack";

const here = fileURLToPath(new URL(".", import.meta.url));
// The package's own tsx, so that `node run-examples.mjs` works as well as `pnpm run examples`
// (which alone puts node_modules/.bin on the PATH).
const tsx = fileURLToPath(new URL("node_modules/.bin/tsx", import.meta.url));
const loopback = fileURLToPath(new URL("../e2e/cloud/state/clouds.yaml", import.meta.url));
const env = { ...process.env, OS_CLOUD: process.env.OS_CLOUD || "local" };
if (!env.OS_CLIENT_CONFIG_FILE && existsSync(loopback)) env.OS_CLIENT_CONFIG_FILE = loopback;

const all = readdirSync(new URL("examples/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -3));
const names = process.argv.length > 2 ? process.argv.slice(2) : all;

// The compute example boots from an image named "cirros"; a few bytes are one as far as a
// test cloud cares. Made here if the cloud has none, and deleted afterwards.
async function withCirros(run) {
  const conn = await fromConfig({ cloudName: env.OS_CLOUD, env });
  if (await conn.image.findImage("cirros")) return run();
  const image = await conn.image.createImage({ name: "cirros", disk_format: "raw", container_format: "bare" });
  try {
    await conn.image.put(`images/${image.id}/file`, {
      body: new TextEncoder().encode("not a disk"),
      headers: { "Content-Type": "application/octet-stream" },
    });
    return run();
  } finally {
    await conn.image.deleteImage(image);
  }
}

let failed = 0;
for (const name of names) {
  const run = () => execFileSync(tsx, [`examples/${name}.ts`], { cwd: here, env, stdio: "inherit" });
  console.log(`--- ${name}`);
  try {
    await (name === "compute" ? withCirros(run) : run());
  } catch {
    failed++;
    console.log(`${name}: FAILED`);
  }
}
console.log(`${names.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
