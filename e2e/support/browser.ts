import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/** Screenshots go here, kept by CI as test artifacts. */
export const ARTIFACTS = fileURLToPath(new URL("../../test-results/", import.meta.url));

/**
 * Debian's Chromium, headless. Playwright's own browser download does not work here, and the
 * background-networking flags keep Chromium from calling hosts this machine cannot reach.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Console errors and uncaught errors of a page, for assertions and for the failure message.
 * Chromium logs every 4xx response as "Failed to load resource"; those are the SDK's to handle
 * (a find tries GET by id, then lists), so they are not problems of the page.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
