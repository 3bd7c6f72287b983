// vitest globalSetup of the consumer project: packs and installs once (project.ts), then every
// test file works in the same installed project, which is removed at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { makeConsumerProject } from "./project.js";

declare module "vitest" {
  export interface ProvidedContext {
    consumerProject: string;
  }
}

export default function setup(project: TestProject): () => void {
  // OPENSTACK_TS_CONSUMER_PROJECT=<dir>: reuse a project a run kept (below), to iterate on a test.
  const reused = process.env["OPENSTACK_TS_CONSUMER_PROJECT"];
  if (reused) {
    project.provide("consumerProject", reused);
    return () => {};
  }
  // Outside the workspace, so nothing of it (node_modules, package.json) is found from there.
  const base = mkdtempSync(join(tmpdir(), "openstack-ts-consumer-"));
  const started = Date.now();
  project.provide("consumerProject", makeConsumerProject(base));
  console.log(`consumer project: packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return () => {
    // OPENSTACK_TS_KEEP_CONSUMER=1 leaves it for a look after a failure.
    if (process.env["OPENSTACK_TS_KEEP_CONSUMER"]) console.log(`consumer project kept in ${join(base, "project")}`);
    else rmSync(base, { recursive: true, force: true });
  };
}
