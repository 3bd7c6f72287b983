// The dashboard's Shares view in Debian's Chromium, against the real Manila of the loopback
// cloud (e2e/cloud/services/manila.sh: the share service drives the dummy driver Manila ships,
// so a share really goes creating → available, and an access rule queued_to_apply → active).
// Everything the page does is the SDK's; this file checks each step through the SDK as well.
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { outcome } from "./support/dashboard-outcome.js";
import { errorShown, openView, rowNames, shoot, tabNames } from "./support/dashboard-page.js";
import { dashboardOnRealCloud } from "./support/real-dashboard.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const manila = conn.sharedFileSystem;
const later = undoLater();
const { adminPage } = dashboardOnRealCloud();

/** The trail in a notice's line, `(creating → available)`, as its states. */
const trailOf = (line: string) => /\(([^()]*)\)\.$/.exec(line)?.[1]?.split(" → ") ?? [];

describe("the dashboard's Shares view, on the real Manila", () => {
  it("offers the Shares tab, as the catalog has Manila", async () => {
    const { page, problems } = await adminPage();
    expect(await tabNames(page)).toContain("shares");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("creates an NFS share of 1 GiB followed creating → available, shows its export locations, grants and revokes access, deletes it", async () => {
    const { page, problems } = await adminPage();
    await openView(page, "shares");
    const name = uniqueName("dash-share");
    later(`share ${name}`, async () => {
      const left = await manila.findShare(name);
      if (!left) return;
      await manila.deleteShare(left);
      await manila.waitForDeleteShare(left, { interval: 500, timeout: 120_000 });
    });

    // The form offers the cloud's share types, its default chosen.
    const types = await manila.listShareTypes();
    const preferred = types.find((t) => t.is_default) ?? types.find((t) => t.name === "default");
    expect(preferred).toBeDefined();
    await page.waitForSelector("#share-type option", { state: "attached" });
    expect(await page.inputValue("#share-type")).toBe(preferred!.id);

    await page.fill("#share-name", name);
    await page.selectOption("#share-proto", "NFS");
    await page.fill("#share-size", "1");
    await page.click("#create-share");
    const created = await outcome(page, "#share-notice", `Share ${name} is`);
    expect(created).toMatch(new RegExp(`^Share ${name} is available \\(`));
    // Manila answered the create `creating`; the view followed the share until it was available.
    const trail = trailOf(created);
    expect(trail[0]).toBe("creating");
    expect(trail.at(-1)).toBe("available");

    const share = await manila.findShare(name, { ignoreMissing: false });
    expect(share).toMatchObject({ status: "available", size: 1, share_proto: "NFS", share_type: preferred!.id });
    const row = `#share-list tr[data-name="${name}"]`;
    await page.waitForSelector(`${row} [data-status="available"]`);
    expect(await page.getAttribute(row, "data-id")).toBe(share.id);
    const rowText = await page.textContent(row);
    expect(rowText).toContain("1 GiB");
    expect(rowText).toContain("NFS");
    expect(rowText).toContain(preferred!.name);

    // The view opens the new share: the dummy driver's export locations, as Manila lists them.
    await page.waitForSelector("#share-exports table");
    const locations = await manila.listExportLocations({ share_id: share.id });
    expect(locations.length).toBeGreaterThan(0);
    expect((await rowNames(page, "share-exports")).sort()).toEqual(locations.map((l) => l.path).sort());
    await page.waitForSelector("#share-rules .empty");
    await shoot(page, "real-share-available");

    // Grant read-only access to one address; the share service applies it.
    await page.selectOption("#access-type", "ip");
    await page.fill("#access-to", "127.0.0.1");
    await page.selectOption("#access-level", "ro");
    await page.click("#grant-access");
    const granted = await outcome(page, "#access-notice", "Access for 127.0.0.1 is");
    expect(granted).toMatch(/^Access for 127\.0\.0\.1 is active \(/);
    expect(trailOf(granted).at(-1)).toBe("active");
    const rules = await manila.listAccessRules({ share_id: share.id });
    expect(rules.map((r) => [r.access_type, r.access_to, r.access_level, r.state])).toEqual([
      ["ip", "127.0.0.1", "ro", "active"],
    ]);
    await page.waitForSelector(`#share-rules tr[data-name="127.0.0.1"] [data-status="active"]`);
    expect(await page.getAttribute(`#share-rules tr[data-name="127.0.0.1"]`, "data-id")).toBe(rules[0]!.id);
    await shoot(page, "real-share-access");

    // Manila's refusal of an address that is none, as the SDK types it.
    await page.fill("#access-to", "not-an-address");
    await page.click("#grant-access");
    const refused = await errorShown(page, "#access-notice");
    expect(refused.kind).toBe("BadRequestError");
    expect(refused.message).toMatch(/not-an-address/);
    expect(refused.details["request id"]).toMatch(/^req-/);
    expect((await manila.listAccessRules({ share_id: share.id })).map((r) => r.access_to)).toEqual(["127.0.0.1"]);

    await page.click(`#share-rules [data-revoke="127.0.0.1"]`);
    const revoked = await outcome(page, "#access-notice", "Revoked access for 127.0.0.1");
    expect(revoked).toMatch(/^Revoked access for 127\.0\.0\.1/);
    expect(await manila.listAccessRules({ share_id: share.id })).toEqual([]);
    await page.waitForSelector("#share-rules .empty");

    await page.click(`#share-list [data-delete="${name}"]`);
    expect(await outcome(page, "#share-notice", `Deleted share ${name}`)).toBe(`Deleted share ${name}.`);
    expect(await manila.findShare(name)).toBeNull();
    await page.waitForSelector(row, { state: "detached" });
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});
