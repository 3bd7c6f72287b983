// Page helpers for the dashboard's browser tests: serving it, logging in, moving between views.
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { start, type RunningDashboard } from "../../apps/dashboard/start.mjs";
import { ARTIFACTS, watchPage } from "./browser.js";

export type Login =
  | { method: "password"; username: string; password: string }
  | { method: "application-credential"; id: string; secret: string }
  | { method: "token"; token: string };

export async function serve(argv: string[]): Promise<RunningDashboard> {
  const { dashboard } = await start(["--port", "0", ...argv], {});
  if (dashboard === "help") throw new Error("the dashboard printed its help");
  return dashboard;
}

/** A fresh page on the dashboard, with its console problems collected. */
export async function openPage(
  browser: Browser,
  dashboard: RunningDashboard,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.goto(dashboard.url);
  await page.waitForSelector("#login");
  return { page, problems };
}

/** Fills the login form and submits it; waits for the project picker, the dashboard, or an error. */
export async function submitLogin(page: Page, login: Login): Promise<void> {
  await page.selectOption("#method", login.method);
  if (login.method === "password") {
    await page.fill("#username", login.username);
    await page.fill("#password", login.password);
  } else if (login.method === "application-credential") {
    await page.fill("#application-credential-id", login.id);
    await page.fill("#application-credential-secret", login.secret);
  } else {
    await page.fill("#token", login.token);
  }
  await page.click("#log-in");
  await page.waitForSelector("header, #project-picker, #login .error", { timeout: 30_000 });
}

/** Logs in and, when the picker asks, picks `project`; ends on the dashboard. */
export async function logIn(page: Page, login: Login, project = "admin"): Promise<void> {
  await submitLogin(page, login);
  if (await page.$("#project-picker")) await page.click(`#project-picker [data-project="${project}"]`);
  await page.waitForSelector("header");
}

/** Opens a tab and waits until its content has loaded (or failed). */
export async function openView(page: Page, name: string): Promise<void> {
  await page.click(`nav a[data-view="${name}"]`);
  await page.waitForSelector(`#view [data-view="${name}"]`);
  await page.waitForFunction((view) => !document.querySelector(`#view [data-view="${view}"] .loading`), name, {
    timeout: 30_000,
  });
}

export const rowNames = (page: Page, list: string) =>
  page.$$eval(`#${list} tbody tr`, (rows) => rows.map((row) => (row as HTMLElement).dataset["name"]));
export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}dashboard-${name}.png`, fullPage: true });

/** Creates a network through the form and waits for the list to show it. */
export async function createNetwork(page: Page, name: string): Promise<void> {
  await page.fill("#network-name", name);
  await page.click("#create-network");
  await page.waitForSelector(`#network-list tr[data-name="${name}"]`, { timeout: 30_000 });
}

/** Deletes a row through its button (`list`: `network-list`, `image-list`) and waits for it to go. */
export async function deleteRow(page: Page, list: string, name: string): Promise<void> {
  await page.click(`#${list} [data-delete="${name}"]`);
  await page.waitForSelector(`#${list} tr[data-name="${name}"]`, { state: "detached" });
}

/**
 * Uploads `bytes` through the images form with the upload throttled (Chromium's DevTools
 * network conditions), so the bar has time to move; returns every value the bar took.
 */
export async function uploadImage(
  page: Page,
  shotPrefix: string,
  name: string,
  bytes: number,
  bytesPerSecond: number,
): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  await page.evaluate(() => {
    const bar = document.getElementById("upload-progress") as HTMLProgressElement;
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ["value"] });
  });
  await page.setInputFiles("#image-file", {
    name: `${name}.raw`,
    mimeType: "application/octet-stream",
    buffer: Buffer.alloc(bytes, 0x5a),
  });
  await page.fill("#image-name", name);
  await page.click("#upload-image");
  // Caught half way, for the screenshot.
  await page.waitForFunction(
    () => ((document.getElementById("upload-progress") as HTMLProgressElement).value - 0.5) ** 2 < 0.04,
    undefined,
    { timeout: 30_000 },
  );
  await shoot(page, `${shotPrefix}-image-uploading`);
  await page.waitForSelector("#view .notice .ok, #view .notice .error", { timeout: 60_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  return page.evaluate(() => (window as unknown as { seen: number[] }).seen);
}

/** The bar moved: several distinct values on the way, never backwards, ending full. */
export function expectMovingBar(seen: number[]): void {
  const between = new Set(seen.filter((value) => value > 0.02 && value < 0.98));
  expect(between.size, `progress values: ${seen.join(" ")}`).toBeGreaterThanOrEqual(3);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(1);
}

/** The error panel's parts, as the page shows them. */
export async function errorShown(page: Page, scope: string) {
  const panel = await page.waitForSelector(`${scope} .error`, { timeout: 30_000 });
  const details = await panel.$$eval("dd", (cells) =>
    Object.fromEntries(cells.map((cell) => [(cell as HTMLElement).dataset["detail"], cell.textContent])),
  );
  return {
    kind: await panel.$eval(".error-kind", (e) => e.textContent),
    message: await panel.$eval(".error-message", (e) => e.textContent),
    details,
  };
}

/** The tab names the shell offers, in order, once it has read the catalog. */
export async function tabNames(page: Page): Promise<(string | undefined)[]> {
  await page.waitForSelector("nav a[data-view]");
  return page.$$eval("nav a[data-view]", (tabs) => tabs.map((tab) => (tab as HTMLElement).dataset["view"]));
}

/** Opens a row's detail through its name button (`data-open`) and waits until `detail` has loaded. */
export async function openRow(page: Page, list: string, name: string, detail: string): Promise<void> {
  await page.click(`#${list} [data-open="${name}"]`);
  await page.waitForSelector(`#${detail} h3`, { timeout: 30_000 });
  await page.waitForFunction((id) => !document.querySelector(`#${id} .loading`), detail);
}

/** The rows of a table as [data-name, status shown] pairs. */
export const rowStatuses = (page: Page, list: string) =>
  page.$$eval(`#${list} tbody tr`, (rows) =>
    rows.map((row) => [(row as HTMLElement).dataset["name"], row.querySelector("[data-status]")?.textContent]),
  );

/** Pastes a template into the stacks form and creates the stack; waits until the view says how it ended. */
export async function createStack(page: Page, name: string, template: string): Promise<string> {
  await page.fill("#stack-name", name);
  await page.fill("#stack-template", template);
  await page.click("#create-stack");
  const outcome = await page.waitForSelector("#view .notice .ok, #view .notice .error", { timeout: 240_000 });
  return (await outcome.textContent()) ?? "";
}
