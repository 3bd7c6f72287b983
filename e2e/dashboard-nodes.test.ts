// The dashboard's Bare-metal nodes view in Debian's Chromium, against the real Ironic of the
// loopback cloud (e2e/cloud/services/ironic.sh: ironic-api and ironic-conductor with the
// fake-hardware type, so the conductor really moves a node enroll → manageable → available →
// active and back, and really turns its power). The node is made here through the SDK, with a
// port; every change after that is a button of the page, checked through the SDK.
import { Connection } from "@openstack-ts/openstack";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { outcome } from "./support/dashboard-outcome.js";
import { openRow, openView, rowNames, shoot, tabNames } from "./support/dashboard-page.js";
import { dashboardOnRealCloud } from "./support/real-dashboard.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const ironic = conn.baremetal;
const later = undoLater();
const quick = { interval: 500, maxInterval: 1_000, timeout: 120_000 } as const;
const { adminPage } = dashboardOnRealCloud();

/** A MAC address no other run uses (locally administered, unicast). */
function uniqueMac(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return ["02", ...[...bytes].map((b) => b.toString(16).padStart(2, "0"))].join(":");
}

/** A fake-hardware node with one port, removed after the file's tests whatever state it is left in. */
async function fakeNode() {
  const node = await ironic.createNode({ driver: "fake-hardware", name: uniqueName("dash-node") });
  later(`node ${node.name}`, async () => {
    const now = await ironic.findNode(node.uuid);
    if (now === null) return;
    if (now.maintenance) await ironic.unsetNodeMaintenance({ node: node.uuid });
    if (now.provision_state === "active")
      await ironic.setNodeProvisionState(node.uuid, "deleted", { wait: true, ...quick });
    await ironic.deleteNode(node.uuid);
  });
  const port = await ironic.createPort({ node_uuid: node.uuid, address: uniqueMac() });
  return { node, port };
}

/** Presses a button of the node's detail and returns the notice's line once the action ended. */
async function press(page: Page, button: string, name: string): Promise<string> {
  await page.click(`#node-detail ${button}`);
  return outcome(page, "#node-notice", `Node ${name} is`);
}

/** The trail in a notice's line, `(enroll → manageable)`, as its states. */
const trailOf = (line: string) => /\(([^()]*)\)\.$/.exec(line)?.[1]?.split(" → ") ?? [];

describe("the dashboard's Bare-metal nodes view, on the real Ironic", () => {
  it("takes a node made through the SDK from enroll to active and back, powers it, sets maintenance, each change shown as Ironic makes it", async () => {
    const { node, port } = await fakeNode();
    const name = node.name!;
    const { page, problems } = await adminPage();
    expect(await tabNames(page)).toContain("nodes");
    await openView(page, "nodes");
    const row = `#node-list tr[data-name="${name}"]`;
    expect(await page.getAttribute(row, "data-id")).toBe(node.uuid);
    expect(await page.getAttribute(row, "data-provision")).toBe("enroll");
    expect(await page.getAttribute(row, "data-maintenance")).toBe("no");

    await openRow(page, "node-list", name, "node-detail");
    expect(await rowNames(page, "node-ports")).toEqual([port.address]);
    // From enroll, Ironic's state machine allows manage only.
    const offered = () =>
      page.$$eval("#node-detail [data-provision-action]", (b) =>
        b.map((e) => (e as HTMLElement).dataset["provisionAction"]),
      );
    expect(await offered()).toEqual(["manage"]);
    await shoot(page, "real-node-enroll");

    const managed = await press(page, '[data-provision-action="manage"]', name);
    expect(managed).toMatch(new RegExp(`^Node ${name} is manageable \\(enroll → `));
    expect((await ironic.getNode(node.uuid)).provision_state).toBe("manageable");
    await page.waitForSelector(`${row}[data-provision="manageable"]`);
    await page.waitForSelector('#node-detail [data-provision-action="provide"]');

    // Provide cleans the node (the fake deploy interface's steps) before it is available.
    const provided = await press(page, '[data-provision-action="provide"]', name);
    expect(provided).toMatch(new RegExp(`^Node ${name} is available \\(manageable → `));
    expect((await ironic.getNode(node.uuid)).provision_state).toBe("available");
    await page.waitForSelector('#node-detail [data-provision-action="active"]');
    expect(await offered()).toEqual(["active", "manage"]);

    // Power: the view offers the change, whichever state the fake power interface reports.
    const power = (await ironic.getNode(node.uuid)).power_state;
    const first = power === "power on" ? "power off" : "power on";
    const second = first === "power on" ? "power off" : "power on";
    const turned = await press(page, `[data-power-action="${first}"]`, name);
    expect(turned).toMatch(new RegExp(`^Node ${name} is ${first} \\(`));
    expect(trailOf(turned).at(-1)).toBe(first);
    expect((await ironic.getNode(node.uuid)).power_state).toBe(first);
    await page.waitForSelector(`${row}[data-power="${first}"]`);
    const back = await press(page, `[data-power-action="${second}"]`, name);
    expect(back).toMatch(new RegExp(`^Node ${name} is ${second} \\(${first} → `));
    expect((await ironic.getNode(node.uuid)).power_state).toBe(second);

    const deployed = await press(page, '[data-provision-action="active"]', name);
    expect(deployed).toMatch(new RegExp(`^Node ${name} is active \\(available → `));
    expect((await ironic.getNode(node.uuid)).provision_state).toBe("active");
    await page.waitForSelector(`${row}[data-provision="active"]`);
    expect(await offered()).toEqual(["deleted"]);
    await shoot(page, "real-node-active");

    // Maintenance with a reason, and out of it.
    await page.fill("#maintenance-reason", "dashboard e2e");
    expect(await press(page, "#set-maintenance", name)).toMatch(
      new RegExp(`^Node ${name} is in maintenance \\(out of maintenance → in maintenance\\)\\.$`),
    );
    expect(await ironic.getNode(node.uuid)).toMatchObject({ maintenance: true, maintenance_reason: "dashboard e2e" });
    await page.waitForSelector(`${row}[data-maintenance="yes"]`);
    expect(await page.textContent(row)).toContain("yes: dashboard e2e");
    expect(await press(page, "#unset-maintenance", name)).toMatch(new RegExp(`^Node ${name} is out of maintenance`));
    expect(await ironic.getNode(node.uuid)).toMatchObject({ maintenance: false, maintenance_reason: null });
    await page.waitForSelector(`${row}[data-maintenance="no"]`);

    // Undeploy: deleting, cleaning, then available again.
    const undeployed = await press(page, '[data-provision-action="deleted"]', name);
    expect(undeployed).toMatch(new RegExp(`^Node ${name} is available \\(active → `));
    expect((await ironic.getNode(node.uuid)).provision_state).toBe("available");
    await page.waitForSelector(`${row}[data-provision="available"]`);
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});
