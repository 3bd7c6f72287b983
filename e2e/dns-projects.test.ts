// Designate across projects and for admins, on the real service: zone transfers from admin to
// demo, the all-projects and sudo headers (withProjectScope and as call options), abandon and xfr, and the admin
// resources: TLDs, blacklists, pools, service statuses, quotas and limits; and the PTR record
// of a Neutron floating IP.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection, ForbiddenError, InvalidArgumentError, NotFoundError } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, demo, STATE, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const demoConn = new Connection(demo);
const later = undoLater();
const ACTIVE = { status: "ACTIVE", interval: 500, timeout: 90_000 } as const;
let demoProject: string;

beforeAll(async () => {
  demoProject = (await demoConn.currentProjectId)!;
});

const zoneName = (what: string) => `${uniqueName(what)}.example.org.`;

function dig(name: string, type: string): string[] {
  const out = execFileSync("dig", ["+short", "+time=2", "+tries=2", "@127.0.0.1", "-p", "5322", name, type]);
  return out.toString().trim().split("\n").filter(Boolean);
}

describe("zone transfers on the real Designate", () => {
  it("admin offers a zone to demo, demo accepts it with the key, and the zone is demo's", async () => {
    const zone = await conn.dns.waitForZone(
      await conn.dns.createZone({ name: zoneName("xfer"), email: "hostmaster@example.org" }),
      ACTIVE,
    );
    later(`zone ${zone.name} (admin's)`, () => conn.dns.deleteZone(zone));
    later(`zone ${zone.name} (demo's)`, () => demoConn.dns.deleteZone(zone.id));

    const offer = await conn.dns.createZoneTransferRequest({
      zone,
      target_project_id: demoProject,
      description: "to demo",
    });
    expect(offer).toMatchObject({ zone_id: zone.id, target_project_id: demoProject, status: "ACTIVE" });
    expect(offer.key).toMatch(/^\w{8}$/);
    expect((await conn.dns.getZoneTransferRequest(offer)).zone_name).toBe(zone.name);
    expect((await conn.dns.listZoneTransferRequests()).map((r) => r.id)).toContain(offer.id);
    expect((await conn.dns.updateZoneTransferRequest(offer, { description: "still to demo" })).description).toBe(
      "still to demo",
    );

    const accept = await demoConn.dns.createZoneTransferAccept({ key: offer.key!, zone_transfer_request_id: offer.id });
    const done = await demoConn.dns.waitForZoneTransferAccept(accept, {
      status: "COMPLETE",
      interval: 500,
      timeout: 60_000,
    });
    expect(done.zone_id).toBe(zone.id);
    // listing accepts is an admin's call (Designate's policy), across projects
    await expect(demoConn.dns.listZoneTransferAccepts()).rejects.toThrow(ForbiddenError);
    const accepts = await conn.dns.withProjectScope({ allProjects: true }).listZoneTransferAccepts();
    expect(accepts.map((a) => a.id)).toContain(accept.id);
    expect((await demoConn.dns.getZone(zone.id)).project_id).toBe(demoProject);
    await expect(conn.dns.getZone(zone.id)).rejects.toThrow(NotFoundError);
  });
});

describe("project headers on the real Designate (withProjectScope)", () => {
  it("admin sees demo's zone only with all-projects or as demo (sudo), and makes one for demo", async () => {
    const name = zoneName("scope");
    const theirs = await demoConn.dns.createZone({ name, email: "hostmaster@example.org" });
    later(`zone ${name}`, () => demoConn.dns.deleteZone(theirs));
    expect(await conn.dns.listZones({ name })).toEqual([]);
    const everyone = conn.dns.withProjectScope({ allProjects: true });
    expect((await everyone.listZones({ name })).map((z) => z.id)).toEqual([theirs.id]);
    expect((await everyone.getZone(theirs.id)).project_id).toBe(demoProject);
    const asDemo = conn.dns.withProjectScope({ sudoProjectId: demoProject });
    expect((await asDemo.listZones({ name })).map((z) => z.id)).toEqual([theirs.id]);

    const made = await asDemo.createZone({ name: zoneName("sudo"), email: "hostmaster@example.org" });
    later(`zone ${made.name}`, () => demoConn.dns.deleteZone(made));
    expect(made.project_id).toBe(demoProject);
    expect((await demoConn.dns.getZone(made.id)).name).toBe(made.name);
  });

  it("refuses a scope it cannot send, before any request", () => {
    expect(() => conn.dns.withProjectScope({ allProjects: "yes" as never })).toThrow(InvalidArgumentError);
    expect(() => conn.dns.withProjectScope({ sudoProjectId: "" })).toThrow(/non-empty/);
    expect(() => conn.dns.withProjectScope({ project: "x" } as never)).toThrow(/'project'/);
  });
});

describe("project headers on the real Designate, as call options", () => {
  it("admin lists demo's zone with allProjects or as demo (sudoProjectId), and creates one demo owns", async () => {
    const name = zoneName("callopt");
    const theirs = await demoConn.dns.createZone({ name, email: "hostmaster@example.org" });
    later(`zone ${name}`, () => demoConn.dns.deleteZone(theirs));
    expect(await conn.dns.listZones({ name })).toEqual([]);
    expect((await conn.dns.listZones({ name }, { allProjects: true })).map((z) => z.id)).toEqual([theirs.id]);
    expect((await conn.dns.listZones({ name }, { sudoProjectId: demoProject })).map((z) => z.id)).toEqual([theirs.id]);
    expect((await conn.dns.getZone(theirs.id, { allProjects: true })).project_id).toBe(demoProject);
    expect((await conn.dns.findZone(name, { sudoProjectId: demoProject }))?.id).toBe(theirs.id);

    const made = await conn.dns.createZone(
      { name: zoneName("callsudo"), email: "hostmaster@example.org" },
      { sudoProjectId: demoProject },
    );
    later(`zone ${made.name}`, () => demoConn.dns.deleteZone(made));
    expect(made.project_id).toBe(demoProject);
    expect((await demoConn.dns.getZone(made.id)).name).toBe(made.name);
    // admin's own view, without the option, still does not see it
    await expect(conn.dns.getZone(made.id)).rejects.toThrow(NotFoundError);
  });

  it("refuses a bad value or an unknown option by name, before any request", async () => {
    await expect(conn.dns.listZones({}, { allProjects: "yes" as never })).rejects.toThrow(InvalidArgumentError);
    await expect(conn.dns.getZone("x", { sudoProjectId: "" })).rejects.toThrow(/'sudoProjectId' must be/);
    await expect(conn.dns.createZone({ name: "x.", email: "a@x" }, { project_id: "p" } as never)).rejects.toThrow(
      /createZone has no option 'project_id'/,
    );
  });
});

describe("zone tasks on the real Designate", () => {
  it("abandons a zone: Designate forgets it, BIND still serves it", async () => {
    const zone = await conn.dns.waitForZone(
      await conn.dns.createZone({ name: zoneName("abandon"), email: "hostmaster@example.org" }),
      ACTIVE,
    );
    // BIND keeps an abandoned zone: take it out ourselves, through our named's rndc
    const rndc = fileURLToPath(new URL("designate/bind/rndc.conf", STATE));
    later(`BIND's copy of ${zone.name}`, async () =>
      execFileSync("rndc", ["-c", rndc, "delzone", "-clean", zone.name.slice(0, -1)]),
    );
    await conn.dns.abandonZone({ zone });
    await expect(conn.dns.getZone(zone.id)).rejects.toThrow(NotFoundError);
    expect(dig(zone.name, "NS")).toEqual(["ns1.example.org."]);
  });

  it("creates a SECONDARY zone with its masters and asks for a transfer now (xfr)", async () => {
    // Designate's worker really asks the master for the zone: a loopback port where nothing
    // listens refuses it at once, and nothing leaves the machine.
    const master = "127.0.0.1:5399";
    const zone = await conn.dns.createZone({ name: zoneName("secondary"), type: "SECONDARY", masters: [master] });
    later(`zone ${zone.name}`, () => conn.dns.deleteZone(zone));
    expect(zone).toMatchObject({ type: "SECONDARY", masters: [master] });
    await expect(conn.dns.xfrZone({ zone })).resolves.toBeUndefined();
  });
});

describe("admin resources on the real Designate", () => {
  it("TLDs: creates, reads, finds, updates and deletes one (with 'org' allowed meanwhile)", async () => {
    // Once any TLD exists, zones must be under one: keep example.org zones possible.
    let org: Awaited<ReturnType<typeof conn.dns.createTld>> | undefined;
    if ((await conn.dns.findTld("org")) === null) {
      org = await conn.dns.createTld({ name: "org" });
      const made = org;
      later("TLD org", () => conn.dns.deleteTld(made));
    }
    const tld = await conn.dns.createTld({ name: uniqueName("tld"), description: "e2e" });
    later(`TLD ${tld.name}`, () => conn.dns.deleteTld(tld));
    expect((await conn.dns.getTld(tld.id)).name).toBe(tld.name);
    expect((await conn.dns.findTld(tld.name))?.id).toBe(tld.id);
    expect((await conn.dns.listTlds()).map((t) => t.name)).toEqual(expect.arrayContaining(["org", tld.name]));
    expect((await conn.dns.updateTld(tld, { description: "changed" })).description).toBe("changed");
    await conn.dns.deleteTld(tld);
    expect(await conn.dns.findTld(tld.name)).toBeNull();
    // While 'org' is a TLD, a zone under any other (the PTR test's in-addr.arpa) is refused.
    if (org) await conn.dns.deleteTld(org);
  });

  it("blacklists: a blacklisted name is refused to demo; CRUD by admin", async () => {
    const name = zoneName("black");
    const pattern = `^${name.replaceAll(".", "\\.")}$`;
    const entry = await conn.dns.createBlacklist({ pattern, description: "e2e" });
    later(`blacklist ${pattern}`, () => conn.dns.deleteBlacklist(entry));
    expect((await conn.dns.getBlacklist(entry.id)).pattern).toBe(pattern);
    expect((await conn.dns.findBlacklist(pattern))?.id).toBe(entry.id);
    expect((await conn.dns.updateBlacklist(entry, { description: "changed" })).description).toBe("changed");
    await expect(demoConn.dns.createZone({ name, email: "hostmaster@example.org" })).rejects.toThrow(/blacklist/i);
  });

  it("pools: the one default pool, whose NS record names our nameserver", async () => {
    const pools = await conn.dns.listPools();
    expect(pools.map((p) => p.name)).toEqual(["default"]);
    expect(pools[0]!.ns_records).toEqual([{ hostname: "ns1.example.org.", priority: 1 }]);
    expect((await conn.dns.findPool("default"))?.id).toBe(pools[0]!.id);
    expect((await conn.dns.getPool(pools[0]!.id)).name).toBe("default");
  });

  it("service statuses: every Designate process reports UP", async () => {
    const statuses = await conn.dns.listServiceStatuses();
    const up = statuses.filter((s) => s.status === "UP").map((s) => s.service_name);
    expect(up).toEqual(expect.arrayContaining(["api", "central", "worker", "producer", "mdns"]));
    const central = await conn.dns.findServiceStatus("central");
    expect((await conn.dns.getServiceStatus(central!.id)).service_name).toBe("central");
  });

  it("quotas: reads, changes and resets demo's; limits", async () => {
    // another project's quotas: Designate wants all projects in scope, even for an admin
    await expect(conn.dns.getQuota(demoProject)).rejects.toThrow(ForbiddenError);
    const all = conn.dns.withProjectScope({ allProjects: true });
    const before = await all.getQuota(demoProject);
    expect(before.zones).toBeGreaterThan(0);
    later("demo's DNS quotas", () => all.deleteQuota(demoProject));
    expect((await all.updateQuota(demoProject, { zones: 42 })).zones).toBe(42);
    expect((await all.getQuota(demoProject)).zones).toBe(42);
    expect((await demoConn.dns.getQuota(demoProject)).zones).toBe(42);
    await all.deleteQuota(demoProject);
    expect((await all.getQuota(demoProject)).zones).toBe(before.zones);
    const limits = await conn.dns.getLimits();
    expect(limits.max_page_limit).toBeGreaterThan(0);
    expect(limits.max_zone_name_length).toBe(255);
  });

  it("floating IP PTR records: sets one on a Neutron floating IP, BIND answers it, and unsets it", async () => {
    // a floating IP of our own, on an external network of our own (the cloud has none)
    const net = await conn.network.createNetwork({ name: uniqueName("ptr-ext"), "router:external": true });
    later(`network ${net.name}`, () => conn.network.deleteNetwork(net));
    await conn.network.createSubnet({ network_id: net.id, cidr: "198.51.100.0/24", ip_version: 4 });
    const fip = await conn.network.createFloatingIp({ floating_network_id: net.id });
    later(`floating IP ${fip.floating_ip_address}`, () => conn.network.deleteFloatingIp(fip));

    const id = `RegionOne:${fip.id}`;
    expect((await conn.dns.listFloatingIps()).map((p) => p.id)).toContain(id);
    expect((await conn.dns.findFloatingIp(fip.floating_ip_address!))?.id).toBe(id);
    const set = await conn.dns.updateFloatingIp(id, { ptrdname: "ptr.example.org.", ttl: 300, description: "e2e" });
    expect(set).toMatchObject({
      id,
      address: fip.floating_ip_address,
      ptrdname: "ptr.example.org.",
      status: "PENDING",
    });
    await conn.dns.waitForFloatingIp(id, { status: "ACTIVE", interval: 500, timeout: 90_000 });
    const reverse = execFileSync("dig", ["+short", "@127.0.0.1", "-p", "5322", "-x", fip.floating_ip_address!]);
    expect(reverse.toString().trim()).toBe("ptr.example.org.");

    await conn.dns.unsetFloatingIp({ floating_ip: id });
    await expect
      .poll(async () => (await conn.dns.getFloatingIp(id)).ptrdname, { interval: 500, timeout: 60_000 })
      .toBeNull();
  });
});
