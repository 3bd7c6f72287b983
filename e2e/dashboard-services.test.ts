// The dashboard's views of Heat, Octavia, Designate and Barbican in Debian's Chromium, against
// the real loopback cloud: a stack made from a pasted template followed to CREATE_COMPLETE
// with its resources and events, then deleted; a load balancer made through the SDK shown
// with its listener and pool; a zone with its recordsets; a secret whose payload reaches the
// page only when asked. The fake cloud's side is dashboard.test.ts.
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { createStack, openRow, openView, rowNames, rowStatuses, shoot, tabNames } from "./support/dashboard-page.js";
import { createQuickStack, deleteStackRow } from "./support/dashboard-stacks.js";
import { expectLoadBalancerShown, makeLoadBalancerTree } from "./support/load-balancer-scenario.js";
import { dashboardOnRealCloud } from "./support/real-dashboard.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const { adminPage } = dashboardOnRealCloud();

describe("the dashboard's views of the further services, on the real cloud", () => {
  it("offers the further services' tabs, as the catalog has each of them", async () => {
    const { page, problems } = await adminPage();
    expect(await tabNames(page)).toEqual([
      "projects",
      "networks",
      "images",
      "servers",
      "volumes",
      "containers",
      "stacks",
      "load-balancers",
      "zones",
      "secrets",
      "shares",
      "nodes",
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("creates a stack from a pasted template, follows it to CREATE_COMPLETE, shows its resources and events, deletes it", async () => {
    const { page, problems } = await adminPage();
    await openView(page, "stacks");
    const name = uniqueName("dash-stack");
    later(`stack ${name}`, async () => {
      const left = await conn.orchestration.findStack(name);
      if (left) await conn.orchestration.deleteStack(left.id);
    });
    const made = await createQuickStack(page, conn, name);
    // and Heat's event of the stack itself
    expect(await rowStatuses(page, "stack-events")).toContainEqual([name, "CREATE_COMPLETE"]);
    await shoot(page, "real-stack-created");

    // Opened again from the list, as a user would.
    await openRow(page, "stack-list", name, "stack-detail");
    expect((await rowNames(page, "stack-resources")).sort()).toEqual(["greeting", "token"]);

    // The list is read again as the state moves: the row comes and goes until the delete ends.
    await deleteStackRow(page, conn, made, 120_000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a failed stack with Heat's reason", async () => {
    const { page } = await adminPage();
    await openView(page, "stacks");
    const name = uniqueName("dash-bad-stack");
    later(`stack ${name}`, async () => {
      const left = await conn.orchestration.findStack(name);
      if (left) await conn.orchestration.deleteStack(left.id);
    });
    // Valid to Heat's checks; the resource fails only when made.
    const outcome = await createStack(
      page,
      name,
      "heat_template_version: 2018-08-31\nresources:\n  broken:\n    type: OS::Heat::TestResource\n    properties: {fail: true}\n",
    );
    expect(outcome).toMatch(new RegExp(`^Creating stack ${name}: ResourceFailureError .*CREATE_FAILED: .*broken`));
    await page.waitForSelector(`#stack-list tr[data-name="${name}"] [data-status="CREATE_FAILED"]`);
    await shoot(page, "real-stack-failed");
    await page.close();
  });

  it("shows a load balancer made through the SDK with its listener and pool", async () => {
    const tree = await makeLoadBalancerTree(conn, { interval: 500, timeout: 60_000 }, later);
    // No amphora sends heartbeats on the no-op drivers.
    expect(tree.shown.operating_status).toBe("OFFLINE");
    const { page, problems } = await adminPage();
    await expectLoadBalancerShown(page, tree);
    await shoot(page, "real-load-balancer");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a zone with its recordsets", async () => {
    const zoneName = `${uniqueName("dash-zone")}.example.org.`;
    const zone = await conn.dns.createZone({ name: zoneName, email: "hostmaster@example.org" });
    later(`zone ${zoneName}`, () => conn.dns.deleteZone(zone));
    await conn.dns.waitForZone(zone, { status: "ACTIVE", interval: 500, timeout: 120_000 });
    const www = await conn.dns.createRecordset({
      zone_id: zone,
      name: `www.${zoneName}`,
      type: "A",
      records: ["192.0.2.7", "192.0.2.8"],
      ttl: 600,
    });

    const { page, problems } = await adminPage();
    await openView(page, "zones");
    expect(await page.getAttribute(`#zone-list tr[data-name="${zoneName}"]`, "data-id")).toBe(zone.id);
    await openRow(page, "zone-list", zoneName, "recordset-list");
    // Designate's own SOA and NS, and ours.
    expect((await rowNames(page, "recordset-list")).sort()).toEqual([zoneName, zoneName, `www.${zoneName}`].sort());
    const shown = await page.textContent(`#recordset-list tr[data-id="${www.id}"]`);
    // Designate keeps a recordset's records as a set: their order differs from run to run
    expect(shown).toMatch(/A.*(192\.0\.2\.7, 192\.0\.2\.8|192\.0\.2\.8, 192\.0\.2\.7).*600/);
    await shoot(page, "real-zone-recordsets");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists a secret by its metadata, and shows its payload only when asked", async () => {
    const payload = `dash-payload-${crypto.randomUUID()}`;
    const name = uniqueName("dash-secret");
    const secret = await conn.keyManager.createSecret({ name, payload, payload_content_type: "text/plain" });
    later(`secret ${name}`, () => conn.keyManager.deleteSecret(secret));

    const { page, problems, consoleText } = await adminPage();
    const payloadReads: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(`/secrets/${secret.id}/payload`) && request.method() === "GET")
        payloadReads.push(request.url());
    });
    await openView(page, "secrets");
    const row = `#secret-list tr[data-name="${name}"]`;
    expect(await page.getAttribute(row, "data-id")).toBe(secret.id);
    const metadata = await page.textContent(row);
    expect(metadata).toContain("opaque");
    expect(metadata).toContain("text/plain");
    expect(metadata).toContain("ACTIVE");
    // Listed, and not read: the payload is nowhere in the page, and was never asked for.
    expect(await page.content()).not.toContain(payload);
    expect(payloadReads).toEqual([]);
    await shoot(page, "real-secret-listed");

    await page.click(`${row} [data-show-payload="${name}"]`);
    await page.waitForSelector(`${row} .payload-text`);
    expect(await page.textContent(`${row} .payload-text`)).toBe(payload);
    expect(payloadReads).toHaveLength(1);
    await shoot(page, "real-secret-payload");

    await page.click(`${row} [data-hide-payload="${name}"]`);
    expect(await page.content()).not.toContain(payload);
    expect(consoleText.filter((text) => text.includes(payload))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
