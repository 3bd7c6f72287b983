// The dashboard's stack scenario, run the same way on the real cloud
// (e2e/dashboard-services.test.ts) and on the fake one (e2e/dashboard-fake-services.test.ts).
import type { Connection, orchestration } from "@openstack-ts/openstack";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { createStack, rowNames, rowStatuses } from "./dashboard-page.js";

/** A template of no real thing: Heat makes it in a moment. */
export const QUICK_TEMPLATE = `heat_template_version: 2018-08-31
description: made by the dashboard's e2e test
resources:
  token:
    type: OS::Heat::RandomString
    properties: {length: 12}
  greeting:
    type: OS::Heat::Value
    properties: {value: hello}
outputs:
  token: {value: {get_attr: [token, value]}}
`;

/**
 * Creates stack `name` from QUICK_TEMPLATE in the open stacks view, and checks what a user sees
 * once the view has followed it to CREATE_COMPLETE: its row with Heat's id, and the stack
 * opened, its two resources and their events. Answers the stack as the SDK reads it.
 */
export async function createQuickStack(page: Page, conn: Connection, name: string): Promise<orchestration.Stack> {
  expect(await createStack(page, name, QUICK_TEMPLATE)).toBe(`Stack ${name} is CREATE_COMPLETE.`);
  const made = await conn.orchestration.findStack(name, { ignoreMissing: false });
  expect(made.stack_status).toBe("CREATE_COMPLETE");
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
  return made;
}

/**
 * Deletes the stack through its row's button and checks the view's notice and list, and that
 * Heat, read by id, keeps the stack as DELETE_COMPLETE.
 */
export async function deleteStackRow(page: Page, conn: Connection, stack: orchestration.Stack, timeout: number) {
  await page.click(`#stack-list [data-delete="${stack.stack_name}"]`);
  await page.waitForSelector("#view .notice .ok, #view .notice .error", { timeout });
  expect(await page.textContent("#view .notice")).toBe(`Deleted stack ${stack.stack_name}.`);
  await page.waitForSelector("#stack-list table, #stack-list .empty");
  expect(await rowNames(page, "stack-list")).not.toContain(stack.stack_name);
  expect((await conn.orchestration.getStack(stack.id)).stack_status).toBe("DELETE_COMPLETE");
}
