// openstack-ts beside Python's openstacksdk on the same cloud: the same ids, in the same order,
// from the same lists of Heat stacks, Octavia load balancers, Designate zones and recordsets
// (in a zone and across zones) and Barbican secrets, unfiltered and by name, with a field or
// two of each. What we make here we make with our SDK; openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { askPython, beside, pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

interface Ask {
  service: "orchestration" | "load_balancer" | "dns" | "key_manager";
  method: "stacks" | "load_balancers" | "zones" | "recordsets" | "secrets";
  query?: Record<string, string | number>;
  fields?: string[];
}

/** openstacksdk's items for each list, as the admin of clouds.yaml's `local` cloud. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists);

const tag = uniqueName("parity");
const made = {
  stacks: [] as string[],
  loadBalancers: [] as string[],
  zones: [] as { id: string; name: string }[],
  recordsets: [] as { id: string; name: string }[],
  secrets: [] as string[],
};
const quick = { interval: 500, maxInterval: 2_000, timeout: 120_000 };

beforeAll(async () => {
  const template = {
    heat_template_version: "2018-08-31",
    resources: { random: { type: "OS::Heat::RandomString", properties: { length: 8 } } },
  };
  const stacks = await Promise.all(
    [0, 1].map((i) => conn.orchestration.createStack({ stack_name: `${tag}-${i}`, template })),
  );
  for (const stack of stacks) {
    cleanup.push(() => conn.orchestration.deleteStack(stack.id));
    made.stacks.push(stack.id);
  }

  const network = await conn.network.createNetwork({ name: `${tag}-net` });
  cleanup.push(() => conn.network.deleteNetwork(network));
  const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.78.0.0/24" });
  for (let i = 0; i < 2; i++) {
    const lb = await conn.loadBalancer.createLoadBalancer({ name: `${tag}-${i}`, vip_subnet_id: subnet.id });
    cleanup.push(() => conn.loadBalancer.deleteLoadBalancerCascade({ load_balancer: lb }));
    made.loadBalancers.push(lb.id);
  }

  for (let i = 0; i < 3; i++) {
    const secret = await conn.keyManager.createSecret({ name: `${tag}-${i}`, payload: `parity-${i}` });
    cleanup.push(() => conn.keyManager.deleteSecret(secret));
    made.secrets.push(secret.id);
  }

  // Two zones under example.org (no TLDs are configured), two recordsets in the first.
  for (let i = 0; i < 2; i++) {
    const zone = await conn.dns.createZone({ name: `${tag}-${i}.example.org.`, email: "hostmaster@example.org" });
    cleanup.push(() => conn.dns.deleteZone(zone));
    made.zones.push({ id: zone.id, name: zone.name });
  }
  const dnsActive = { status: "ACTIVE", interval: 500, timeout: 90_000 } as const;
  const first = await conn.dns.waitForZone(made.zones[0]!.id, dnsActive);
  for (const host of ["a", "b"]) {
    const rs = await conn.dns.createRecordset({
      zone_id: first,
      name: `${host}.${first.name}`,
      type: "A",
      records: ["192.0.2.7"],
    });
    made.recordsets.push({ id: rs.id, name: rs.name });
  }

  // settled, so that the statuses compared do not move between our list and Python's
  for (const id of made.stacks) await conn.orchestration.waitForStack(id, quick);
  for (const id of made.loadBalancers)
    await conn.loadBalancer.waitForLoadBalancer(id, { status: "ACTIVE", interval: 500, timeout: 90_000 });
  await conn.dns.waitForZone(made.zones[1]!.id, dnsActive);
  for (const rs of made.recordsets)
    await conn.dns.waitForRecordset(rs.id, { ...dnsActive, zone_id: made.zones[0]!.id });
}, 240_000);

describe("Heat stacks beside openstacksdk", () => {
  it("gives the ids, names and statuses openstacksdk gives, in its order, in full and by name", async () => {
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.orchestration.listStacks()).map((s) => [s.id, s.stack_name, s.stack_status]),
        named: (await conn.orchestration.listStacks({ name: `${tag}-1` })).map((s) => s.id),
      }),
      () => {
        const fields = ["name", "status"];
        const lists = openstacksdk({
          all: { service: "orchestration", method: "stacks", fields },
          named: { service: "orchestration", method: "stacks", query: { name: `${tag}-1` } },
        });
        return {
          all: lists["all"]!.map((s) => [s["id"], s["name"], s["status"]]),
          named: lists["named"]!.map((s) => s["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.all.map(([id]) => id)).toEqual(expect.arrayContaining(made.stacks));
    expect(python.named).toEqual([made.stacks[1]]);
  });
});

describe("Octavia load balancers beside openstacksdk", () => {
  it("gives the ids, names and provisioning statuses openstacksdk gives, in its order, in full and by name", async () => {
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.loadBalancer.listLoadBalancers()).map((lb) => [lb.id, lb.name, lb.provisioning_status]),
        named: (await conn.loadBalancer.listLoadBalancers({ name: `${tag}-0` })).map((lb) => lb.id),
      }),
      () => {
        const lists = openstacksdk({
          all: { service: "load_balancer", method: "load_balancers", fields: ["name", "provisioning_status"] },
          named: { service: "load_balancer", method: "load_balancers", query: { name: `${tag}-0` } },
        });
        return {
          all: lists["all"]!.map((lb) => [lb["id"], lb["name"], lb["provisioning_status"]]),
          named: lists["named"]!.map((lb) => lb["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.all.map(([id]) => id)).toEqual(expect.arrayContaining(made.loadBalancers));
    expect(python.named).toEqual([made.loadBalancers[0]]);
  });
});

describe("Designate zones and recordsets beside openstacksdk", () => {
  it("gives the zone ids, names and statuses openstacksdk gives, in its order, in full and by name", async () => {
    const zone = made.zones[1]!;
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.dns.listZones()).map((z) => [z.id, z.name, z.status]),
        named: (await conn.dns.listZones({ name: zone.name })).map((z) => z.id),
      }),
      () => {
        const lists = openstacksdk({
          all: { service: "dns", method: "zones", fields: ["name", "status"] },
          named: { service: "dns", method: "zones", query: { name: zone.name } },
        });
        return {
          all: lists["all"]!.map((z) => [z["id"], z["name"], z["status"]]),
          named: lists["named"]!.map((z) => z["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.all.map(([id]) => id)).toEqual(expect.arrayContaining(made.zones.map((z) => z.id)));
    expect(python.named).toEqual([zone.id]);
  });

  it("gives the recordset ids, names, types and statuses openstacksdk gives, in a zone and across zones", async () => {
    const zone = made.zones[0]!;
    const [, b] = made.recordsets;
    const { python, ours } = await beside(
      async () => ({
        inZone: (await conn.dns.listRecordsets({ zone_id: zone.id })).map((r) => [r.id, r.name, r.type, r.status]),
        named: (await conn.dns.listRecordsets({ zone_id: zone.id, name: b!.name })).map((r) => r.id),
        acrossZones: (await conn.dns.listAllRecordsets({ name: b!.name })).map((r) => r.id),
      }),
      () => {
        const fields = ["name", "type", "status"];
        const lists = openstacksdk({
          inZone: { service: "dns", method: "recordsets", query: { zone: zone.id }, fields },
          named: { service: "dns", method: "recordsets", query: { zone: zone.id, name: b!.name } },
          acrossZones: { service: "dns", method: "recordsets", query: { name: b!.name } },
        });
        return {
          inZone: lists["inZone"]!.map((r) => [r["id"], r["name"], r["type"], r["status"]]),
          named: lists["named"]!.map((r) => r["id"]),
          acrossZones: lists["acrossZones"]!.map((r) => r["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    // Ours and theirs include the zone's SOA and NS, which Designate makes.
    expect(python.inZone.map(([id]) => id)).toEqual(expect.arrayContaining(made.recordsets.map((r) => r.id)));
    expect(python.inZone.map(([, , type]) => type)).toEqual(expect.arrayContaining(["SOA", "NS", "A"]));
    expect(python.named).toEqual([b!.id]);
    expect(python.acrossZones).toEqual([b!.id]);
  });
});

describe("Barbican secrets beside openstacksdk", () => {
  // openstacksdk's Secret.id is the secret_ref (a URL); ours is its last segment, with the ref beside it.
  it("gives the refs, names and types openstacksdk gives, in its order, in full, page by page and by name", async () => {
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.keyManager.listSecrets()).map((s) => [s.id, s.secret_ref, s.name, s.secret_type]),
        // ours page by page (Barbican's offset paging), against openstacksdk's whole list
        paged: (await conn.keyManager.listSecrets({ limit: 2 })).map((s) => s.secret_ref),
        named: (await conn.keyManager.listSecrets({ name: `${tag}-2` })).map((s) => s.secret_ref),
      }),
      () => {
        const lists = openstacksdk({
          all: { service: "key_manager", method: "secrets", fields: ["name", "secret_type"] },
          named: { service: "key_manager", method: "secrets", query: { name: `${tag}-2` } },
        });
        return {
          all: lists["all"]!.map((s) => [String(s["id"]).split("/").at(-1), s["id"], s["name"], s["secret_type"]]),
          paged: lists["all"]!.map((s) => s["id"]),
          named: lists["named"]!.map((s) => s["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.all.map(([id]) => id)).toEqual(expect.arrayContaining(made.secrets));
    expect(python.named).toHaveLength(1);
    expect(String(python.named[0])).toMatch(new RegExp(`/v1/secrets/${made.secrets[2]}$`));
  });

  it("lists by name with a page size where Debian's openstacksdk (0.101) loops", async () => {
    // One secret by that name, pages of 1: Barbican's one full page has no `next` link, so
    // openstacksdk asks again with marker=<secret_ref>, which Barbican ignores; the same page
    // comes back and openstacksdk gives up. Ours follows Barbican's links and offsets only.
    const query = { name: `${tag}-1`, limit: 1 };
    const python = askPython({ named: { service: "key_manager", method: "secrets", query } });
    expect(python["named"]).toEqual({ error: "SDKException: Endless pagination loop detected, aborting" });
    expect((await conn.keyManager.listSecrets(query)).map((s) => s.id)).toEqual([made.secrets[1]]);
  });
});
