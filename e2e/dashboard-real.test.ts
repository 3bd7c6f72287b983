// apps/dashboard in Debian's Chromium, driven by Playwright, against the real loopback cloud
// (CORS, the token read from X-Subject-Token). The fake cloud is dashboard.test.ts. Each step
// leaves a screenshot in test-results/.
import { Connection, objectStore } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningDashboard } from "../apps/dashboard/start.mjs";
import { launchChromium } from "./support/browser.js";
import { admin, applicationCredentialId, AUTH_URL, uniqueName } from "./support/cloud.js";
import {
  createNetwork,
  deleteRow,
  errorShown,
  expectMovingBar,
  logIn,
  openPage,
  openView,
  rowNames,
  serve,
  shoot,
  uploadImage,
} from "./support/dashboard-page.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the dashboard against the real loopback cloud (pnpm start -- --auth-url …)", () => {
  let dashboard: RunningDashboard;
  const conn = new Connection(admin);
  const seen = uniqueName("dash-seen");
  // By name, so that what a failed step made through the page is found and deleted too.
  const made: { networks: string[]; images: string[] } = { networks: [seen], images: [] };
  let seenId: string;
  beforeAll(async () => {
    dashboard = await serve(["--auth-url", AUTH_URL]);
    seenId = (await conn.network.createNetwork({ name: seen })).id;
  });
  afterAll(async () => {
    await dashboard?.close();
    for (const name of made.networks) {
      const network = await conn.network.findNetwork(name);
      if (!network) continue;
      for (const port of await conn.network.listPorts({ network_id: network.id })) await conn.network.deletePort(port);
      await conn.network.deleteNetwork(network);
    }
    for (const name of made.images) {
      const image = await conn.image.findImage(name);
      if (image) await conn.image.deleteImage(image);
    }
  });

  it("serves the given auth URL, with nothing pre-filled", () => {
    expect(dashboard.config).toEqual({ cloud: "real", authUrl: AUTH_URL });
  });

  it("logs in with a password and lists the project's networks", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    const tokens: string[] = [];
    page.on("response", (response) => {
      if (response.url() === `${AUTH_URL}/auth/tokens` && response.status() === 201)
        tokens.push(response.headers()["x-subject-token"] ?? "");
    });
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await page.waitForSelector(`#network-list tr[data-name="${seen}"]`);
    expect(await page.getAttribute(`#network-list tr[data-name="${seen}"]`, "data-id")).toBe(seenId);
    // The browser read the token from X-Subject-Token, which Keystone exposes through CORS.
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((token) => token.length > 20)).toBe(true);
    await shoot(page, "real-networks");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("creates and deletes a network", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    const name = uniqueName("dash-net");
    made.networks.push(name);
    await createNetwork(page, name);
    const created = await conn.network.findNetwork(name, { ignoreMissing: false });
    expect(await page.getAttribute(`#network-list tr[data-name="${name}"]`, "data-id")).toBe(created.id);
    await shoot(page, "real-network-created");
    await deleteRow(page, "network-list", name);
    expect(await conn.network.findNetwork(name)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("uploads a small image, the progress bar moving", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await openView(page, "images");
    const name = uniqueName("dash-image");
    made.images.push(name);
    const size = 384 * 1024;
    const seenValues = await uploadImage(page, "real", name, size, 128 * 1024);
    expect(await page.textContent("#view .notice")).toContain(`Uploaded 384 KiB to image ${name}`);
    expectMovingBar(seenValues);
    await page.waitForSelector(`#image-list tr[data-name="${name}"] [data-status="active"]`);
    await shoot(page, "real-image-uploaded");
    const image = await conn.image.findImage(name, { ignoreMissing: false });
    expect([image.status, image.size, image.disk_format]).toEqual(["active", size, "raw"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a network that cannot be deleted as Neutron's ConflictError, with its request id", async () => {
    const name = uniqueName("dash-busy");
    made.networks.push(name);
    const network = await conn.network.createNetwork({ name });
    await conn.network.createPort({ network_id: network.id, name });
    const { page } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await page.click(`#network-list [data-delete="${name}"]`);
    const shown = await errorShown(page, "#view .notice");
    expect(shown.kind).toBe("ConflictError");
    expect(shown.message).toMatch(/one or more ports (still )?in use/);
    expect(shown.details["status"]).toBe("409");
    expect(shown.details["request"]).toBe(`DELETE http://127.0.0.1:9696/v2.0/networks/${network.id}`);
    expect(shown.details["request id"]).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(shown.details["server code"]).toBe("NetworkInUse");
    await shoot(page, "real-network-in-use");
    await page.close();
  });

  it("logs in with an application credential and with a token", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "application-credential", id: applicationCredentialId(), secret: "appcred-secret" });
    await page.waitForSelector(`#network-list tr[data-name="${seen}"]`);
    await page.click("#log-out");
    await logIn(page, { method: "token", token: await conn.authorize() });
    await page.waitForSelector(`#network-list tr[data-name="${seen}"]`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a container by name, as Swift allows a browser only below the account", async () => {
    const container = uniqueName("dash-box");
    const swift = conn.objectStore;
    await objectStore.createContainer(swift, container);
    await objectStore.uploadObject(swift, container, "notes/hello.txt", "hello from the e2e test");
    try {
      const { page, problems } = await openPage(browser, dashboard);
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      await openView(page, "containers");
      // Swift's proxy does not answer a CORS preflight for the account: the list fails, and says why.
      const shown = await errorShown(page, "#container-list");
      expect(shown.kind).toBe("NetworkError");
      expect(await page.textContent("#container-list")).toContain("open a container by name");
      await page.fill("#container-name", container);
      await page.click("#container-form button");
      await page.waitForSelector("#object-list table");
      expect(await rowNames(page, "object-list")).toEqual(["notes/hello.txt"]);
      await shoot(page, "real-container-objects");
      expect(problems.filter((p) => !p.includes("blocked by CORS policy"))).toEqual([]);
      await page.close();
    } finally {
      await objectStore.deleteObject(swift, container, "notes/hello.txt");
      await objectStore.deleteContainer(swift, container);
    }
  });
});
