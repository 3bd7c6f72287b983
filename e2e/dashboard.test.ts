// apps/dashboard in Debian's Chromium, driven by Playwright, against the built-in fake cloud
// (what `pnpm start` serves by default). The real loopback cloud is dashboard-real.test.ts.
// Each step leaves a screenshot in test-results/.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningDashboard } from "../apps/dashboard/start.mjs";
import { launchChromium, watchPage } from "./support/browser.js";
import { uniqueName } from "./support/cloud.js";
import {
  createNetwork,
  createStack,
  deleteRow,
  errorShown,
  expectMovingBar,
  logIn,
  openPage,
  openRow,
  openView,
  rowNames,
  rowStatuses,
  serve,
  shoot,
  submitLogin,
  tabNames,
  uploadImage,
} from "./support/dashboard-page.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("pnpm start, as a newcomer runs it", () => {
  it("prints the URL of the dashboard, where one logs in and creates a network", async () => {
    // The root script, in its own process group so that it and pnpm stop together.
    const child = spawn("pnpm", ["start", "--", "--port", "0"], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", () => {
          const printed = /openstack-ts dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (printed) resolve(printed[1]!);
        });
        child.on("exit", (code) => reject(new Error(`pnpm start exited (${code}):\n${output}`)));
      });
      expect(output).toMatch(/log in {4}admin \/ admin/);
      const page = await browser.newPage();
      const problems = watchPage(page);
      await page.goto(url);
      // The fake cloud's login is filled in: the newcomer only presses the button.
      await page.click("#log-in");
      await page.click('#project-picker [data-project="admin"]');
      await page.waitForSelector("#network-list table");
      await createNetwork(page, "my-first-network");
      await shoot(page, "pnpm-start");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      process.kill(-child.pid!, "SIGTERM");
    }
  });
});

describe("the dashboard against the fake cloud (pnpm start's default)", () => {
  let dashboard: RunningDashboard;
  let conn: Connection;
  beforeAll(async () => {
    dashboard = await serve([]);
    conn = new Connection({
      authUrl: dashboard.config.authUrl,
      username: "admin",
      password: "admin",
      projectName: "admin",
    });
  });
  afterAll(async () => {
    await dashboard?.close();
  });

  it("serves the fake cloud's auth URL and its well-known login", () => {
    expect(dashboard.config).toEqual({
      cloud: "fake",
      authUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v3$/),
      login: { username: "admin", password: "admin" },
    });
    expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("logs in with a password, offers the user's projects, and switches between them", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await submitLogin(page, { method: "password", username: "admin", password: "admin" });
    const offered = await page.$$eval("#project-picker [data-project]", (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset["project"]),
    );
    expect(offered).toEqual(["admin", "demo"]);
    await shoot(page, "fake-project-picker");
    await page.click('#project-picker [data-project="admin"]');
    await page.waitForSelector("#network-list table");
    // An admin of the admin project sees every project's networks, as in Neutron.
    expect(await rowNames(page, "network-list")).toEqual(expect.arrayContaining(["public", "private", "demo-net"]));
    await shoot(page, "fake-networks");

    // In demo, admin is a member only: demo's networks and the external one.
    await page.selectOption("#project", { label: "demo" });
    await page.waitForFunction(
      () =>
        !document.querySelector('#network-list tr[data-name="private"]') &&
        document.querySelector('#network-list tr[data-name="demo-net"]'),
    );
    expect(await rowNames(page, "network-list")).toEqual(expect.arrayContaining(["demo-net", "public"]));
    await openView(page, "projects");
    expect(await page.$eval('#view tr[data-name="demo"]', (row) => row.textContent)).toContain("current");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("creates and deletes a network", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    const name = uniqueName("dash-net");
    await createNetwork(page, name);
    expect(await page.textContent("#view .notice")).toMatch(new RegExp(`Created network ${name} \\([0-9a-f-]{36}\\)`));
    const created = await conn.network.findNetwork(name, { ignoreMissing: false });
    expect(await page.getAttribute(`#network-list tr[data-name="${name}"]`, "data-id")).toBe(created.id);
    await shoot(page, "fake-network-created");

    await deleteRow(page, "network-list", name);
    expect(await page.textContent("#view .notice")).toBe(`Deleted network ${name}.`);
    expect(await conn.network.findNetwork(name)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("uploads an image from a file, the progress bar moving with the bytes sent", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await openView(page, "images");
    const name = uniqueName("dash-image");
    const size = 1536 * 1024;
    const seen = await uploadImage(page, "fake", name, size, 512 * 1024);
    expect(await page.textContent("#view .notice")).toMatch(new RegExp(`Uploaded 1.5 MiB to image ${name}`));
    expectMovingBar(seen);
    expect(await page.textContent("#upload-percent")).toBe("100 % · 1.5 MiB of 1.5 MiB");
    await page.waitForSelector(`#image-list tr[data-name="${name}"] [data-status="active"]`);
    await shoot(page, "fake-image-uploaded");
    const image = await conn.image.findImage(name, { ignoreMissing: false });
    expect([image.status, image.size]).toEqual(["active", size]);

    await deleteRow(page, "image-list", name);
    expect(await conn.image.findImage(name)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows servers with their status, volumes, and containers with their objects", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    await openView(page, "servers");
    const servers = await page.$$eval("#server-list tbody tr", (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset["name"], r.querySelector("[data-status]")?.textContent]),
    );
    expect(servers).toEqual(
      expect.arrayContaining([
        ["web-1", "ACTIVE"],
        ["db-1", "ACTIVE"],
      ]),
    );
    expect(await page.textContent('#server-list tr[data-name="web-1"]')).toMatch(/m1\.tiny.*private: 10\.0\.0\.\d+/);
    await shoot(page, "fake-servers");

    await openView(page, "volumes");
    expect(await rowNames(page, "volume-list")).toEqual(expect.arrayContaining(["db-data", "scratch"]));
    expect(await page.textContent('#volume-list tr[data-name="db-data"]')).toMatch(/available.*10 GiB/);
    await shoot(page, "fake-volumes");

    await openView(page, "containers");
    expect(await rowNames(page, "container-list")).toEqual(["backups", "website"]);
    await page.click('#container-list [data-open="backups"]');
    await page.waitForSelector("#object-list table");
    expect(await rowNames(page, "object-list")).toEqual(["2024-06-01/db.sql.gz", "2024-06-02/db.sql.gz"]);
    expect(await page.textContent('#object-list tr[data-name="2024-06-01/db.sql.gz"]')).toContain("14 B");
    await shoot(page, "fake-containers");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("offers a service's tab only while the project's catalog has the service", async () => {
    const [heat] = await conn.identity.listServices({ type: "orchestration" });
    const { page, problems } = await openPage(browser, dashboard);
    await logIn(page, { method: "password", username: "admin", password: "admin" });
    expect(await tabNames(page)).toContain("stacks");
    await page.click("#log-out");

    // Disabled in Keystone, Heat leaves new tokens' catalogs: a cloud without Heat shows no
    // Stacks tab, and the tab's address falls back to the first view.
    await conn.identity.updateService(heat!, { enabled: false });
    try {
      await page.goto(`${dashboard.url}#stacks`);
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      expect(await tabNames(page)).not.toContain("stacks");
      expect(await tabNames(page)).toEqual(expect.arrayContaining(["projects", "networks", "containers", "zones"]));
      await page.waitForSelector("#network-list table");
      await shoot(page, "fake-no-stacks-tab");
    } finally {
      await conn.identity.updateService(heat!, { enabled: true });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

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
    const template = [
      "heat_template_version: 2018-08-31",
      "resources:",
      "  token:",
      "    type: OS::Heat::RandomString",
      "    properties: {length: 12}",
      "  greeting:",
      "    type: OS::Heat::Value",
      "    properties: {value: hello}",
    ].join("\n");
    expect(await createStack(page, name, template)).toBe(`Stack ${name} is CREATE_COMPLETE.`);
    const made = await conn.orchestration.findStack(name, { ignoreMissing: false });
    await page.waitForSelector(`#stack-list tr[data-name="${name}"] [data-status="CREATE_COMPLETE"]`);
    expect(await page.getAttribute(`#stack-list tr[data-name="${name}"]`, "data-id")).toBe(made.id);
    await page.waitForSelector("#stack-resources table");
    expect((await rowStatuses(page, "stack-resources")).sort()).toEqual([
      ["greeting", "CREATE_COMPLETE"],
      ["token", "CREATE_COMPLETE"],
    ]);
    expect(await page.textContent('#stack-resources tr[data-name="token"]')).toContain("OS::Heat::RandomString");
    expect(await rowStatuses(page, "stack-events")).toEqual(
      expect.arrayContaining([
        ["token", "CREATE_IN_PROGRESS"],
        ["token", "CREATE_COMPLETE"],
      ]),
    );
    await shoot(page, "fake-stack-created");

    await page.click(`#stack-list [data-delete="${name}"]`);
    await page.waitForSelector("#view .notice .ok, #view .notice .error", { timeout: 30_000 });
    expect(await page.textContent("#view .notice")).toBe(`Deleted stack ${name}.`);
    await page.waitForSelector("#stack-list table, #stack-list .empty");
    expect(await rowNames(page, "stack-list")).not.toContain(name);
    expect((await conn.orchestration.getStack(made.id)).stack_status).toBe("DELETE_COMPLETE");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a load balancer made through the SDK with its listener and pool", async () => {
    const lbs = conn.loadBalancer;
    const network = await conn.network.createNetwork({ name: uniqueName("dash-lb-net") });
    const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.78.0.0/24" });
    const name = uniqueName("dash-lb");
    const lb = await lbs.createLoadBalancer({ name, vip_subnet_id: subnet.id });
    const settled = () => lbs.waitForLoadBalancer(lb, { status: "ACTIVE", interval: 50 });
    try {
      await settled();
      const listener = await lbs.createListener({
        name: `${name}-http`,
        loadbalancer_id: lb.id,
        protocol: "HTTP",
        protocol_port: 80,
      });
      await settled();
      const pool = await lbs.createPool({
        name: `${name}-pool`,
        listener_id: listener.id,
        protocol: "HTTP",
        lb_algorithm: "ROUND_ROBIN",
      });
      await settled();
      const shown = await lbs.getLoadBalancer(lb.id);

      const { page, problems } = await openPage(browser, dashboard);
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      await openView(page, "load-balancers");
      const row = `#lb-list tr[data-name="${name}"]`;
      expect(await page.getAttribute(row, "data-id")).toBe(lb.id);
      expect(await page.$$eval(`${row} [data-status]`, (cells) => cells.map((c) => c.textContent))).toEqual([
        "ACTIVE",
        shown.operating_status,
      ]);
      await openRow(page, "lb-list", name, "lb-detail");
      expect(await rowNames(page, "lb-listeners")).toEqual([`${name}-http`]);
      expect(await page.textContent(`#lb-listeners tr[data-name="${name}-http"]`)).toContain("HTTP 80");
      expect(await page.textContent(`#lb-listeners tr[data-name="${name}-http"]`)).toContain(pool.id);
      expect(await rowNames(page, "lb-pools")).toEqual([`${name}-pool`]);
      expect(await page.textContent(`#lb-pools tr[data-name="${name}-pool"]`)).toContain("ROUND_ROBIN");
      await shoot(page, "fake-load-balancer");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
      await lbs.waitForDeleteLoadBalancer(lb, { interval: 50 });
      await conn.network.deleteNetwork(network);
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

  it("logs in with an application credential and with a token", async () => {
    const userId = (await conn.currentUserId)!;
    const [credential] = await conn.identity.listApplicationCredentials({ user_id: userId, name: "ci-admin" });
    const { page } = await openPage(browser, dashboard);
    await logIn(page, { method: "application-credential", id: credential!.id, secret: "appcred-secret" });
    // An application credential is bound to its project: no choice is offered.
    expect(await page.$$eval("#project option", (options) => options.map((o) => o.textContent))).toEqual(["admin"]);
    await page.waitForSelector('#network-list tr[data-name="private"]');

    await page.click("#log-out");
    await page.waitForSelector("#login");
    await logIn(page, { method: "token", token: await conn.authorize() }, "demo");
    expect(
      await page.$eval("#project", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe("demo");
    await page.waitForSelector('#network-list tr[data-name="demo-net"]');
    await page.close();
  });

  it("shows a refused login as the SDK's typed error: class, status, server message, request id", async () => {
    const { page } = await openPage(browser, dashboard);
    await submitLogin(page, { method: "password", username: "admin", password: "not-the-password" });
    const shown = await errorShown(page, "#login");
    // The SDK's UnauthorizedError for a refused login (issue 15), named for what Keystone refused.
    expect(shown.kind).toBe("CredentialsRejectedError");
    expect(shown.message).toBe("The request you have made requires authentication.");
    expect(shown.details["status"]).toBe("401");
    expect(shown.details["request"]).toBe(`POST ${dashboard.config.authUrl}/auth/tokens`);
    expect(shown.details["request id"]).toMatch(/^req-[0-9a-f-]{36}$/);
    await shoot(page, "fake-login-refused");
    await page.close();
  });
});
