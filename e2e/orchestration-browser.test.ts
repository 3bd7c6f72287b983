// conn.orchestration in Chromium against the real Heat (127.0.0.1:8004, CORS on): a stack is
// created, waited for, read by id and by name, found, updated (PUT and PATCH), checked,
// deleted and waited for, each named by its id alone or its name alone. Heat answers
// `stacks/{name or id}` with a 302, which a browser hides from the SDK (an opaque redirect:
// the token header must not follow it blindly); the SDK looks the stack up in Heat's list and
// goes to its canonical `stacks/{name}/{id}`. The page records every answer Heat gave it.
import type { Server } from "node:http";
import { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchChromium, watchPage } from "./support/browser.js";
import { serveBundledPage } from "./support/bundled-page.js";
import { admin, uniqueName } from "./support/cloud.js";
import { HEAT_PAGE_SCRIPT } from "./support/heat-browser-script.js";

const HEAT = "http://127.0.0.1:8004/";
const conn = new Connection(admin);
const name = uniqueName("browser-stack");
let page: { url: string; server: Server };
let browser: Browser;

beforeAll(async () => {
  page = await serveBundledPage(HEAT_PAGE_SCRIPT);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  page?.server.close();
  // Left by a failed run only: the page deletes its stack.
  const left = await conn.orchestration.findStack(name);
  if (left && left.stack_status !== "DELETE_COMPLETE") await conn.orchestration.deleteStack(left);
});

describe("a stack's life in Chromium, named by its id or name alone", () => {
  it("never meets Heat's redirect, and every call reaches the stack", async () => {
    const tab = await browser.newPage();
    const problems = watchPage(tab);
    const answers: string[] = [];
    tab.on("response", (response) => {
      const request = response.request();
      if (response.url().startsWith(HEAT) && request.method() !== "OPTIONS")
        answers.push(`${response.status()} ${request.method()} ${response.url().slice(HEAT.length)}`);
    });
    await tab.goto(page.url);
    await tab.waitForFunction(() => typeof (window as { run?: unknown }).run === "function");
    const login = {
      authUrl: admin.authUrl,
      regionName: admin.regionName,
      username: admin.username,
      password: admin.password,
      projectName: admin.projectName,
    };
    const result = await tab.evaluate(
      ([given, stackName]) =>
        (window as unknown as { run(l: object, n: string): Promise<Record<string, unknown>> }).run(given, stackName),
      [login, name] as const,
    );
    await tab.screenshot({ path: `${ARTIFACTS}orchestration-browser.png` });
    const id = result["id"] as string;
    const state = (status: string) => `${id} ${name} ${status}`;
    expect(result["states"]).toEqual([
      state("CREATE_COMPLETE"),
      state("CREATE_COMPLETE"),
      state("CREATE_COMPLETE"),
      state("CREATE_COMPLETE"),
      state("CREATE_COMPLETE"),
      state("UPDATE_COMPLETE"),
      state("UPDATE_COMPLETE"),
      state("CHECK_COMPLETE"),
      state("DELETE_COMPLETE"),
    ]);
    // The PATCH changed the template: the string is 6 long.
    expect(result["outputLength"]).toBe(6);
    // Asked for directly, Heat's redirect is refused in the browser: the SDK cannot rely on it.
    expect(result["redirect"]).toMatch(/a browser hides where to/);
    expect(result["findAfterDelete"]).toBeNull();

    const project = (await conn.identity.listProjects({ name: "admin" }))[0]!.id;
    const canonical = `v1/${project}/stacks/${name}/${id}`;
    const byId = `v1/${project}/stacks?id=${id}&show_deleted=true&show_nested=true`;
    const byName = `v1/${project}/stacks?name=${name}&show_nested=true`;
    // Heat's answers about stacks (discovery's 300 at / and 401 at /v1 aside): the one 3xx is
    // the redirect asked for on purpose, and nothing failed.
    const aboutStacks = answers.filter((a) => a.includes(`v1/${project}/stacks`));
    expect(aboutStacks.filter((a) => a.startsWith("3"))).toEqual([`302 GET v1/${project}/stacks/${id}`]);
    expect(aboutStacks.filter((a) => !/^[23]/.test(a))).toEqual([]);
    for (const wanted of [
      `200 GET ${byId}`,
      `200 GET ${byName}`,
      `200 GET ${canonical}`,
      `202 PUT ${canonical}`,
      `202 PATCH ${canonical}`,
      `200 POST ${canonical}/actions`,
      `204 DELETE ${canonical}`,
    ])
      expect(aboutStacks, aboutStacks.join("\n")).toContain(wanted);
    expect(problems).toEqual([]);
    // Nine waits on Heat, on a machine shared by every test run.
  }, 300_000);
});
