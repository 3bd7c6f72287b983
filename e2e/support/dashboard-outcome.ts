// Waiting for how an action of the dashboard ended, in the notice that follows it.
import type { Page } from "playwright-core";

/**
 * Waits until the notice `selector` says an action ended: an error panel, or a success line
 * starting with `prefix` (a notice keeps the last action's line until the next one ends, so
 * the prefix tells this action's apart). Returns the notice's text.
 */
export async function outcome(page: Page, selector: string, prefix: string, timeout = 240_000): Promise<string> {
  await page.waitForFunction(
    ([scope, start]) => {
      const notice = document.querySelector(scope);
      if (!notice) return false;
      if (notice.querySelector(".error")) return true;
      return notice.querySelector(".ok")?.textContent?.startsWith(start) ?? false;
    },
    [selector, prefix] as const,
    { timeout },
  );
  return (await page.textContent(selector)) ?? "";
}
