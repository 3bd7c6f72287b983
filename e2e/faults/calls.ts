// The kinds of call the fault matrix runs: list, get, create, update, delete, an action, an
// upload and a download, each on a real resource, with what it must have done when it
// succeeds and how many times the server acted when it fails. Networks and security group
// rules live in Neutron, objects in Swift.
import { type Connection, objectStore } from "@openstack-ts/openstack";
import { expect } from "vitest";
import { removeContainers } from "../support/object-store-cleanup.js";

/** The upstream ports of the services a call kind talks to. */
export interface Ports {
  network: number;
  objectStore: number;
}

/** What every case of one run shares: made once, through a connection without the proxy. */
export interface Fixture {
  prefix: string;
  /** Networks that share one name, listed a page at a time. */
  listName: string;
  listed: string[];
  /** A network that stays, for get and update. */
  kept: string;
  /** A security group whose rules the action adds. */
  group: string;
  container: string;
  /** An object that stays, for download. */
  content: Uint8Array;
}

export interface CallKind {
  name: "list" | "get" | "create" | "update" | "delete" | "action" | "upload" | "download";
  method: "GET" | "POST" | "PUT" | "DELETE";
  service: keyof Ports;
  /** The request of the call that the fault hits (after `skip` of them went through). */
  path: RegExp;
  skip?: number;
  /** Whether the call reads the answer's body (a fault in the body can only hurt those). */
  readsBody: boolean;
  /** Per case: anything the call needs of its own (a fresh network to delete, a name). */
  prepare(direct: Connection, fixture: Fixture, id: string): Promise<string>;
  run(conn: Connection, fixture: Fixture, own: string, signal?: AbortSignal): Promise<unknown>;
  /** After success: the call did what it should, exactly once. */
  check(result: unknown, direct: Connection, fixture: Fixture, own: string): Promise<void>;
  /** For a POST: how many times the server acted on it (0 or 1; 2 would be a resent POST). */
  effects?(direct: Connection, fixture: Fixture, own: string): Promise<number>;
}

const uuid = "[0-9a-f-]{36}";
const bytes = (text: string) => new TextEncoder().encode(text);
let port = 20_000 + Math.floor(Math.random() * 20_000);

export const callKinds: readonly CallKind[] = [
  {
    name: "list",
    method: "GET",
    service: "network",
    path: /\/v2\.0\/networks\?/,
    skip: 1, // the second page: a fault in the middle of a paginated list
    readsBody: true,
    prepare: async () => "",
    run: async (conn, fx, _own, signal) => await conn.network.listNetworks({ name: fx.listName }, { limit: 1, signal }),
    check: async (result, _direct, fx) =>
      expect((result as { id: string }[]).map((n) => n.id).sort()).toEqual([...fx.listed].sort()),
  },
  {
    name: "get",
    method: "GET",
    service: "network",
    path: new RegExp(`/v2\\.0/networks/${uuid}$`),
    readsBody: true,
    prepare: async () => "",
    run: (conn, fx, _own, signal) => conn.network.getNetwork(fx.kept, { signal }),
    check: async (result, _direct, fx) => expect((result as { id: string }).id).toBe(fx.kept),
  },
  {
    name: "create",
    method: "POST",
    service: "network",
    path: /\/v2\.0\/networks$/,
    readsBody: true,
    prepare: async (_direct, fx, id) => `${fx.prefix}-create-${id}`,
    run: (conn, _fx, name, signal) => conn.network.createNetwork({ name }, { signal }),
    check: async (result, direct, _fx, name) => {
      expect((result as { name: string }).name).toBe(name);
      expect(await createEffects(direct, name)).toBe(1);
    },
    effects: (direct, _fx, name) => createEffects(direct, name),
  },
  {
    name: "update",
    method: "PUT",
    service: "network",
    path: new RegExp(`/v2\\.0/networks/${uuid}$`),
    readsBody: true,
    prepare: async (_direct, _fx, id) => `updated by case ${id}`,
    run: (conn, fx, description, signal) => conn.network.updateNetwork(fx.kept, { description }, { signal }),
    check: async (result, direct, fx, description) => {
      expect((result as { description: string }).description).toBe(description);
      expect((await direct.network.getNetwork(fx.kept)).description).toBe(description);
    },
  },
  {
    name: "delete",
    method: "DELETE",
    service: "network",
    path: new RegExp(`/v2\\.0/networks/${uuid}$`),
    readsBody: false, // 204, no body
    prepare: async (direct, fx, id) => (await direct.network.createNetwork({ name: `${fx.prefix}-delete-${id}` })).id,
    run: (conn, _fx, network, signal) => conn.network.deleteNetwork(network, { signal }),
    check: async (_result, direct, _fx, network) => expect(await direct.network.findNetwork(network)).toBeNull(),
  },
  {
    name: "action",
    method: "POST",
    service: "network",
    path: /\/v2\.0\/security-group-rules$/,
    readsBody: true,
    prepare: async () => String(port++),
    run: (conn, fx, own, signal) =>
      conn.network.createSecurityGroupRules(
        {
          security_group_rules: [
            {
              security_group_id: fx.group,
              direction: "ingress",
              ethertype: "IPv4",
              protocol: "tcp",
              port_range_min: Number(own),
              port_range_max: Number(own),
            },
          ],
        },
        { signal },
      ),
    check: async (result, direct, fx, own) => {
      expect(
        (result as { security_group_rules: { port_range_min: number }[] }).security_group_rules.map(
          (r) => r.port_range_min,
        ),
      ).toEqual([Number(own)]);
      expect(await ruleEffects(direct, fx, own)).toBe(1);
    },
    effects: (direct, fx, own) => ruleEffects(direct, fx, own),
  },
  {
    name: "upload",
    method: "PUT",
    service: "objectStore",
    path: /\/v1\/AUTH_\w+\/[^/]+\/up-/,
    readsBody: false, // Swift's answer to a PUT is read from its headers
    prepare: async (_direct, _fx, id) => `up-${id}`,
    run: (conn, fx, name, signal) =>
      objectStore.uploadObject(conn.session, fx.container, name, bytes(`content of ${name}`), { signal }),
    check: async (_result, direct, fx, name) =>
      expect(new TextDecoder().decode(await objectStore.downloadObject(direct.session, fx.container, name))).toBe(
        `content of ${name}`,
      ),
  },
  {
    name: "download",
    method: "GET",
    service: "objectStore",
    path: /\/v1\/AUTH_\w+\/[^/]+\/kept$/,
    readsBody: true,
    prepare: async () => "",
    run: (conn, fx, _own, signal) => objectStore.downloadObject(conn.session, fx.container, "kept", { signal }),
    check: async (result, _direct, fx) => expect(result).toEqual(fx.content),
  },
];

async function createEffects(direct: Connection, name: string): Promise<number> {
  return (await direct.network.listNetworks({ name })).length;
}

async function ruleEffects(direct: Connection, fx: Fixture, own: string): Promise<number> {
  const rules = await direct.network.listSecurityGroupRules({ security_group_id: fx.group });
  return rules.filter((rule) => rule.port_range_min === Number(own)).length;
}

/** Makes what every case shares; `names` are all prefixed with `prefix`. */
export async function makeFixture(direct: Connection, prefix: string, withObjects: boolean): Promise<Fixture> {
  const listName = `${prefix}-listed`;
  const listed: string[] = [];
  for (let i = 0; i < 3; i++) listed.push((await direct.network.createNetwork({ name: listName })).id);
  const kept = (await direct.network.createNetwork({ name: `${prefix}-kept` })).id;
  const group = (await direct.network.createSecurityGroup({ name: `${prefix}-group` })).id;
  const container = `${prefix}-objects`;
  const content = bytes(`kept object of ${prefix}: ${"x".repeat(2000)}`);
  if (withObjects) {
    await objectStore.createContainer(direct.session, container);
    await objectStore.uploadObject(direct.session, container, "kept", content);
  }
  return { prefix, listName, listed, kept, group, container, content };
}

/** Deletes everything named with the fixture's prefix. */
export async function removeFixture(direct: Connection, fx: Fixture, withObjects: boolean): Promise<void> {
  for (const network of await direct.network.listNetworks()) {
    if (network.name.startsWith(fx.prefix)) await direct.network.deleteNetwork(network.id);
  }
  await direct.network.deleteSecurityGroup(fx.group);
  if (withObjects) await removeContainers(direct.objectStore, [fx.container]);
}
