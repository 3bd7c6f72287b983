// openstack-ts beside Python's openstacksdk on the same Ironic Inspector: the same
// introspections (by node uuid, in the same order, whole and paged). What we make we make with
// our SDK; openstacksdk only lists. Debian's openstacksdk has no introspection rules in its
// baremetal_introspection proxy: the rules have no side to compare with.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, STATE, uniqueName } from "./support/cloud.js";
import { randomMac } from "./support/ramdisk.js";

const conn = new Connection(admin);
const inspector = conn.baremetalIntrospection;
const quick = { interval: 500, maxInterval: 1_000, timeout: 120_000 } as const;
const cleanup: (() => Promise<unknown>)[] = [];

type Row = Record<string, unknown>;
interface Ask {
  service: "baremetal_introspection";
  method: "introspections";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list (support/sdk-ids.py, as clouds.yaml's admin); a failure on one fails the test. */
function openstacksdk(lists: Record<string, Ask>): Record<string, Row[]> {
  const script = fileURLToPath(new URL("support/sdk-ids.py", import.meta.url));
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  const answers = JSON.parse(
    execFileSync("/usr/bin/python3", [script], { input: JSON.stringify({ cloud: "local", lists }), env }).toString(),
  ) as Record<string, { items?: Row[]; error?: string }>;
  const items: Record<string, Row[]> = {};
  for (const [name, answer] of Object.entries(answers)) {
    if (answer.error !== undefined) throw new Error(`openstacksdk failed on ${name}: ${answer.error}`);
    items[name] = answer.items!;
  }
  return items;
}

beforeAll(async () => {
  for (const n of [1, 2, 3]) {
    const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName(`parity-${n}`) });
    cleanup.push(() => conn.baremetal.deleteNode(node.uuid));
    await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
    await conn.baremetal.createPort({ node_uuid: node.uuid, address: randomMac() });
    await inspector.startIntrospection({ introspection: node.uuid, manage_boot: false });
    await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
    cleanup.push(() => inspector.abortIntrospection({ introspection: node.uuid }));
  }
}, 120_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
}, 60_000);

describe("the same lists as openstacksdk", () => {
  it("introspections, whole and paged by one, by id and state in the same order", async () => {
    const python = openstacksdk({
      all: { service: "baremetal_introspection", method: "introspections", fields: ["state"] },
      paged: { service: "baremetal_introspection", method: "introspections", query: { limit: 1 } },
    });
    const ours = await inspector.listIntrospections();
    expect(python.all!.map((row) => row.id)).toEqual(ours.map((i) => i.uuid));
    expect(python.all!.map((row) => row.state)).toEqual(ours.map((i) => i.state));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    const pagedOurs: string[] = [];
    for await (const page of inspector.listIntrospections({ limit: 1 }).pages())
      pagedOurs.push(...page.map((i) => i.uuid));
    expect(python.paged!.map((row) => row.id)).toEqual(pagedOurs);
    expect(pagedOurs).toEqual(ours.map((i) => i.uuid));
  });
});
