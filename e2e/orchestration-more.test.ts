// Heat on the real service, the calls orchestration.test.ts leaves out (issue 14's table,
// e2e/COVERAGE-issue-14.md): a stack made from a template URL with files and an environment,
// held in CREATE_IN_PROGRESS by a wait condition until signalResource releases it; the stack's
// files and a resource's metadata; a patch previewed; an update cancelled (rolled back, and
// not); software configs across pages, and configs and deployments read and deleted.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Connection, NotFoundError, orchestration } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { quick } from "./support/heat-stacks.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const heat = conn.orchestration;
const { stackIds } = orchestration;

/** Released by a signal: a handle, a wait condition on it, and a value read from a file. */
const waitingTemplate = `
heat_template_version: 2018-08-31
parameters:
  greeting: {type: string, default: hi}
resources:
  handle: {type: OS::Heat::WaitConditionHandle}
  released:
    type: OS::Heat::WaitCondition
    properties: {handle: {get_resource: handle}, count: 1, timeout: 120}
  script:
    type: OS::Heat::Value
    properties: {value: {get_file: script.sh}}
outputs:
  greeting: {value: {get_param: greeting}}
  script: {value: {get_attr: [script, value]}}
`;

let server: Server;
let templateUrl = "";

beforeAll(async () => {
  // Heat fetches a template URL itself: serve it on loopback, where heat-api runs.
  server = createServer((_, response) => response.writeHead(200, { "Content-Type": "text/yaml" }).end(waitingTemplate));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  templateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/waiting.yaml`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("stacks on the real Heat, the rest of their calls", () => {
  it("makes a stack from a URL with files and environment, released by a signal; reads files and metadata", async () => {
    const name = uniqueName("stack-url");
    const script = "#!/bin/sh\necho e2e\n";
    const created = await heat.createStack({
      stack_name: name,
      template_url: templateUrl,
      files: { "script.sh": script },
      environment: { parameters: { greeting: "hello" } },
    });
    later(`stack ${name}`, () => heat.deleteStack(created.id));
    const ids = { stack_name: name, stack_id: created.id };
    // The wait condition holds the stack until its handle is signalled.
    await expect
      .poll(async () => (await heat.getResource("handle", ids).catch(() => undefined))?.resource_status, quick)
      .toBe("CREATE_COMPLETE");
    expect((await heat.getStack(created.id)).stack_status).toBe("CREATE_IN_PROGRESS");
    await heat.signalResource({
      stack: name,
      resource_name: "handle",
      data: { status: "SUCCESS", reason: "e2e", data: "released", id: "1" },
    });
    const stack = await heat.waitForStack(created, quick);
    expect(await heat.getResourceMetadata({ ...ids, resource_name: "handle" })).toMatchObject({
      "1": { status: "SUCCESS", reason: "e2e", data: "released" },
    });
    expect(await heat.getStackFiles(stackIds(stack))).toEqual({ "script.sh": script });
    expect(await heat.getStackEnvironment(ids)).toMatchObject({ parameters: { greeting: "hello" } });
    expect((await heat.getStackOutput("script", ids)).output_value).toBe(script);
    expect((await heat.getStackOutput("greeting", ids)).output_value).toBe("hello");

    // The stack's events, two a page, are its whole list in the same order.
    const all = (await heat.listStackEvents(ids)).map((e) => e.id);
    const pages: string[][] = [];
    for await (const page of heat.listStackEvents(ids, { limit: 2 }).pages()) pages.push(page.map((e) => e.id));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat()).toEqual(all);

    // A patch previewed: nothing added or deleted; every resource in one of the other lists.
    const preview = await heat.previewPatchStack({ ...ids, parameters: { greeting: "bye" } });
    expect([preview.added, preview.deleted]).toEqual([[], []]);
    const named = [preview.replaced, preview.updated, preview.unchanged].flat() as { resource_name: string }[];
    expect(named.map((r) => r.resource_name).sort()).toEqual(["handle", "released", "script"]);
  }, 180_000);

  it("cancels an update in progress: rolled back, or left where it stands", async () => {
    const template = {
      heat_template_version: "2018-08-31",
      parameters: { value: { type: "string" }, wait: { type: "number", default: 0 } },
      resources: {
        slow: {
          type: "OS::Heat::TestResource",
          properties: { value: { get_param: "value" }, action_wait_secs: { update: { get_param: "wait" } } },
        },
      },
      outputs: { value: { value: { get_attr: ["slow", "output"] } } },
    };
    for (const rollback of [true, false]) {
      const name = uniqueName(rollback ? "cancel" : "cancel-keep");
      const created = await heat.createStack({
        stack_name: name,
        template,
        parameters: { value: "before" },
        disable_rollback: !rollback,
      });
      later(`stack ${name}`, () => heat.deleteStack(created.id));
      await heat.waitForStack(created, quick);
      // The update must still run when the cancel comes (half a second later here). A rollback
      // waits for the running update's wait to end, so each second more is a second of CI.
      await heat.patchStack({ stack: created.id, parameters: { value: "after", wait: 20 } });
      await heat.waitForStack(created, { status: "UPDATE_IN_PROGRESS", ...quick });
      await heat.cancelStackUpdate(name, { rollback });
      const ended = rollback ? "ROLLBACK_COMPLETE" : "UPDATE_FAILED";
      const stack = await heat.waitForStack(created, { status: ended, ...quick });
      // Rolled back, the resource has its old value again; left, it is where the cancel found it.
      if (rollback) expect((await heat.getStackOutput("value", stackIds(stack))).output_value).toBe("before");
      else expect(stack.stack_status_reason).toMatch(/cancel/i);
    }
  }, 300_000);
});

describe("software configs and deployments on the real Heat, every verb", () => {
  it("lists configs across pages, reads and deletes configs and deployments", async () => {
    const configs = [];
    for (let i = 0; i < 3; i++) {
      const config = await heat.createSoftwareConfig({
        name: uniqueName(`cfg${i}`),
        group: "script",
        config: `echo ${i}`,
      });
      later(`software config ${config.id}`, () => heat.deleteSoftwareConfig(config));
      configs.push(config.id);
    }
    const pages: string[][] = [];
    for await (const page of heat.listSoftwareConfigs({}, { limit: 1 }).pages()) pages.push(page.map((c) => c.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(configs));
    expect(new Set(pages.flat()).size).toBe(pages.flat().length);

    const server_id = crypto.randomUUID();
    const deployment = await heat.createSoftwareDeployment({ server_id, config_id: configs[0]!, action: "CREATE" });
    later(`software deployment ${deployment.id}`, () => heat.deleteSoftwareDeployment(deployment));
    expect(await heat.getSoftwareDeployment(deployment.id)).toMatchObject({ server_id, config_id: configs[0] });
    await heat.deleteSoftwareDeployment(deployment);
    await heat.waitForDeleteSoftwareDeployment(deployment, quick);
    await expect(heat.getSoftwareDeployment(deployment.id)).rejects.toBeInstanceOf(NotFoundError);
    await heat.deleteSoftwareConfig(configs[2]!);
    await heat.waitForDeleteSoftwareConfig(configs[2]!, quick);
    await expect(heat.getSoftwareConfig(configs[2]!)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("stack snapshots on the real Heat, read and deleted", () => {
  it("reads a snapshot by id and waits for its deletion", async () => {
    const name = uniqueName("snap");
    const template = {
      heat_template_version: "2018-08-31",
      resources: { v: { type: "OS::Heat::Value", properties: { value: "x" } } },
    };
    const created = await heat.createStack({ stack_name: name, template });
    later(`stack ${name}`, () => heat.deleteStack(created.id));
    const ids = stackIds(await heat.waitForStack(created, quick));
    const snapshot = await heat.createStackSnapshot({ stack: created.id, name: "e2e" });
    await heat.waitForStackSnapshot(snapshot, { ...ids, status: "COMPLETE", ...quick });
    expect(await heat.getStackSnapshot(snapshot.id, ids)).toMatchObject({
      id: snapshot.id,
      name: "e2e",
      status: "COMPLETE",
    });
    await heat.deleteStackSnapshot(snapshot, ids);
    await heat.waitForDeleteStackSnapshot(snapshot, { ...ids, ...quick });
    await expect(heat.getStackSnapshot(snapshot.id, ids)).rejects.toBeInstanceOf(NotFoundError);
  }, 180_000);
});
