// apps/dashboard in Debian's Chromium against the built-in fake cloud: the views of Designate,
// Heat, Octavia and Barbican (a zone with its recordsets, a stack made from a pasted template,
// a load balancer with its listener and pool, a secret whose payload shows only when asked).
// The real cloud's side is dashboard-services.test.ts; the load-balancer scenario is shared
// (support/load-balancer-scenario.ts).
import type { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningDashboard } from "../apps/dashboard/start.mjs";
import { uniqueName } from "./support/cloud.js";
import { logIn, openPage, openRow, openView, rowNames, rowStatuses, shoot } from "./support/dashboard-page.js";
import { createQuickStack, deleteStackRow } from "./support/dashboard-stacks.js";
import { startFakeDashboard } from "./support/fake-dashboard.js";
import { expectLoadBalancerShown, makeLoadBalancerTree } from "./support/load-balancer-scenario.js";

let browser: Browser;
let dashboard: RunningDashboard;
let conn: Connection;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ browser, dashboard, conn, stop } = await startFakeDashboard());
});
afterAll(async () => {
  await stop?.();
});

describe("the dashboard's views of the further services on the fake cloud", () => {
  it("shows DNS zones and a zone's recordsets", async () => {
    const name = `${uniqueName("dash-zone")}.example.org.`;
    const zone = await conn.dns.createZone({ name, email: "hostmaster@example.org" });
    await conn.dns.waitForZone(zone, { status: "ACTIVE", interval: 50 });
    const www = await conn.dns.createRecordset({
      zone_id: zone,
      name: `www.${name}`,
      type: "A",
      records: ["192.0.2.7"],
    });
    try {
      const { page, problems } = await openPage(browser, dashboard);
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      await openView(page, "zones");
      expect(await page.getAttribute(`#zone-list tr[data-name="${name}"]`, "data-id")).toBe(zone.id);
      expect(await page.textContent(`#zone-list tr[data-name="${name}"]`)).toMatch(
        /ACTIVE.*PRIMARY.*hostmaster@example\.org/,
      );
      await openRow(page, "zone-list", name, "recordset-list");
      const listed = await conn.dns.listRecordsets({ zone_id: zone });
      expect((await rowNames(page, "recordset-list")).sort()).toEqual(listed.map((r) => r.name).sort());
      expect(await page.textContent(`#recordset-list tr[data-id="${www.id}"]`)).toMatch(/A.*192\.0\.2\.7/);
      await shoot(page, "fake-zone-recordsets");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await conn.dns.deleteZone(zone);
    }
  });

  it("creates a stack from a pasted template, follows it to CREATE_COMPLETE, shows resources and events, deletes it", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await openView(page, "stacks");
    // The fake cloud's own, seeded as made.
    expect(await rowStatuses(page, "stack-list")).toContainEqual(["web-config", "CREATE_COMPLETE"]);
    const name = uniqueName("dash-stack");
    const made = await createQuickStack(page, conn, name);
    await shoot(page, "fake-stack-created");

    await deleteStackRow(page, conn, made, 30_000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a load balancer made through the SDK with its listener and pool", async () => {
    const undos: (() => Promise<unknown>)[] = [];
    try {
      const tree = await makeLoadBalancerTree(conn, { interval: 50 }, (_, undo) => undos.unshift(undo));
      const { page, problems } = await openPage(browser, dashboard);
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      await expectLoadBalancerShown(page, tree);
      await shoot(page, "fake-load-balancer");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      for (const undo of undos) await undo();
    }
  });

  it("lists a secret by its metadata, and shows its payload only when asked", async () => {
    const payload = `dash-payload-${crypto.randomUUID()}`;
    const name = uniqueName("dash-secret");
    const secret = await conn.keyManager.createSecret({ name, payload, payload_content_type: "text/plain" });
    try {
      const { page, problems } = await openPage(browser, dashboard);
      const consoleText: string[] = [];
      page.on("console", (message) => consoleText.push(message.text()));
      const payloadReads: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith(`/secrets/${secret.id}/payload`)) payloadReads.push(request.url());
      });
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      await openView(page, "secrets");
      const row = `#secret-list tr[data-name="${name}"]`;
      expect(await page.getAttribute(row, "data-id")).toBe(secret.id);
      expect(await page.textContent(row)).toMatch(/opaque.*ACTIVE.*text\/plain/);
      expect(await page.content()).not.toContain(payload);
      expect(payloadReads).toEqual([]);
      // The fake cloud's own, seeded with its payload: listed, its payload not read either.
      expect(await page.textContent('#secret-list tr[data-name="db-password"]')).toMatch(/opaque.*ACTIVE.*text\/plain/);
      expect(await page.content()).not.toContain("correct horse battery staple");

      await page.click(`${row} [data-show-payload="${name}"]`);
      await page.waitForSelector(`${row} .payload-text`);
      expect(await page.textContent(`${row} .payload-text`)).toBe(payload);
      expect(payloadReads).toHaveLength(1);
      await shoot(page, "fake-secret-payload");
      await page.click(`${row} [data-hide-payload="${name}"]`);
      expect(await page.content()).not.toContain(payload);
      expect(consoleText.filter((text) => text.includes(payload))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await conn.keyManager.deleteSecret(secret);
    }
  });
});
