// Heat's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): stacks of resources that need no other service (OS::Heat::Value,
// RandomString, None) pass CREATE_IN_PROGRESS → CREATE_COMPLETE, are read by id and by name
// (Heat's redirect), listed across pages, show their resources, events and outputs, are
// patched and updated, suspended, resumed and checked, and deleted: DELETE_COMPLETE by id, soon 404 by name.
// The first stack's template is an object, the second's YAML text: both clouds read either.
import { BadRequestError, Connection, NotFoundError, orchestration } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it, vi } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const heat = conn.orchestration;
const { stackIds } = orchestration;
const wait = { interval: 250, maxInterval: 1_000, timeout: 120_000 };
const prefix = uniqueName("mstack");
const made: string[] = [];
afterAll(async () => {
  for (const id of made) await heat.deleteStack(id).catch(() => undefined);
});

function template(length: number) {
  return {
    heat_template_version: "2018-08-31",
    description: "fidelity",
    parameters: { greeting: { type: "string", default: "hello" } },
    resources: {
      val: { type: "OS::Heat::Value", properties: { value: { get_param: "greeting" } } },
      rnd: { type: "OS::Heat::RandomString", properties: { length } },
      nothing: { type: "OS::Heat::None", depends_on: "val" },
    },
    outputs: {
      literal: { value: "fixed", description: "a literal" },
      greeting: { value: { get_attr: ["val", "value"] } },
      random: { value: { get_attr: ["rnd", "value"] } },
    },
  };
}

/** `template(length)` as the YAML text a user pastes: the version is a bare date, as Heat's docs write it. */
function templateText(length: number): string {
  return `heat_template_version: 2018-08-31
description: fidelity
parameters:
  greeting: {type: string, default: hello}
resources:
  val:
    type: OS::Heat::Value
    properties: {value: {get_param: greeting}}
  rnd:
    type: OS::Heat::RandomString
    properties: {length: ${length}}
  nothing: {type: "OS::Heat::None", depends_on: val}
outputs:
  literal: {value: fixed, description: a literal}
  greeting: {value: {get_attr: [val, value]}}
  random: {value: {get_attr: [rnd, value]}}
`;
}

describe("stacks on Heat", () => {
  it("creates stacks that pass from CREATE_IN_PROGRESS to CREATE_COMPLETE, and pages through them", async () => {
    for (let i = 0; i < 2; i++) {
      const given = i === 0 ? template(6) : templateText(6);
      const created = await heat.createStack({ stack_name: `${prefix}-${i}`, template: given, tags: [prefix] });
      made.push(created.id);
      expect(created.links?.[0]?.href).toMatch(new RegExp(`/stacks/${prefix}-${i}/${created.id}$`));
    }
    const seen: string[] = [];
    for (const id of made) {
      const stack = await heat.waitForStack(id, { ...wait, onProgress: (s) => seen.push(s.stack_status) });
      expect(stack).toMatchObject({ stack_status: "CREATE_COMPLETE", description: "fidelity", tags: [prefix] });
    }
    expect(seen.every((s) => s === "CREATE_IN_PROGRESS" || s === "CREATE_COMPLETE")).toBe(true);

    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    const query = { tags: prefix, sort_keys: "stack_name", sort_dir: "asc" as const };
    for await (const page of counted.orchestration.listStacks(query, { limit: 1 }).pages())
      pages.push(page.map((s) => s.id));
    expect(pages.flat()).toEqual(made);
    // Each full page names the next in `links`; the last, empty, ends the walk.
    expect(recorder.count("GET", /\/stacks\?.*marker=/)).toBe(2);
  });

  it("reads a stack by id and by name, and shows its resources, events, outputs and template", async () => {
    const name = `${prefix}-0`;
    const id = made[0]!;
    expect((await heat.getStack(name)).id).toBe(id);
    expect((await heat.findStack(name, { ignoreMissing: false })).id).toBe(id);
    expect((await heat.listStacks({ name })).map((s) => s.id)).toEqual([id]);
    const stack = await heat.getStack(id);
    expect(stack.parameters).toMatchObject({ "OS::stack_id": id, "OS::stack_name": name, greeting: "hello" });
    const ids = stackIds(stack);

    const resources = await heat.listResources(ids);
    expect(resources.map((r) => r.resource_name).sort()).toEqual(["nothing", "rnd", "val"]);
    expect(resources.every((r) => r.resource_status === "CREATE_COMPLETE")).toBe(true);
    expect(resources.find((r) => r.resource_name === "val")?.required_by).toEqual(["nothing"]);
    expect(await heat.getResource("val", ids)).toMatchObject({
      resource_type: "OS::Heat::Value",
      attributes: { value: "hello" },
    });

    const events = await heat.listStackEvents(ids);
    expect(events.map((e) => `${e.resource_name} ${e.resource_status}`)).toEqual(
      expect.arrayContaining([`${name} CREATE_IN_PROGRESS`, "val CREATE_COMPLETE", `${name} CREATE_COMPLETE`]),
    );
    const valEvents = await heat.listResourceEvents({ ...ids, resource_name: "val" });
    const event = await heat.getResourceEvent(valEvents[0]!.id, { ...ids, resource_name: "val" });
    expect(event).toMatchObject({ resource_name: "val", resource_type: "OS::Heat::Value" });

    expect((await heat.listStackOutputs(ids)).map((o) => o.output_key).sort()).toEqual([
      "greeting",
      "literal",
      "random",
    ]);
    expect(await heat.getStackOutput("literal", ids)).toMatchObject({
      output_value: "fixed",
      description: "a literal",
    });
    expect(await heat.getStackOutput("greeting", ids)).toMatchObject({ output_value: "hello" });
    expect(String((await heat.getStackOutput("random", ids)).output_value)).toHaveLength(6);
    expect(await heat.getStackTemplate(ids)).toMatchObject({ heat_template_version: "2018-08-31" });
    await expect(heat.getStackOutput("nope", ids)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("validates templates, and lists the resource types used here", async () => {
    const validation = await heat.validateTemplate({ template: template(4) });
    expect(validation).toMatchObject({ Description: "fidelity", Parameters: { greeting: { Default: "hello" } } });
    const refused = await heat.validateTemplate({ template: { resources: {} } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(String(refused)).toMatch(/Template version was not provided/);
    expect(await heat.listResourceTypes({ name: "OS::Heat::RandomString" })).toContain("OS::Heat::RandomString");
  });

  it("patches a parameter keeping the template, then updates by PUT", async () => {
    const stack = await heat.getStack(made[0]!);
    const ids = stackIds(stack);
    const random = (await heat.getStackOutput("random", ids)).output_value;
    await heat.patchStack({ stack, parameters: { greeting: "bye" } });
    const patched = await heat.waitForStack(stack, { status: "UPDATE_COMPLETE", ...wait });
    expect(patched.parameters).toMatchObject({ greeting: "bye" });
    expect((await heat.getStackOutput("greeting", ids)).output_value).toBe("bye");
    // RandomString's properties did not change: its value stays.
    expect((await heat.getStackOutput("random", ids)).output_value).toBe(random);
    expect((await heat.getResource("val", ids)).resource_status).toBe("UPDATE_COMPLETE");

    await heat.updateStack({ stack: stack.stack_name, template: template(12) });
    const put = await heat.waitForStack(stack, { status: "UPDATE_COMPLETE", ...wait });
    // A PUT sends every parameter again: greeting is back to its default.
    expect(put.parameters).toMatchObject({ greeting: "hello" });
    expect(String((await heat.getStackOutput("random", ids)).output_value)).toHaveLength(12);
  });

  it("suspends, resumes and checks a stack, its resources with it", async () => {
    const stack = await heat.getStack(made[1]!);
    for (const [call, status] of [
      [heat.suspendStack, "SUSPEND_COMPLETE"],
      [heat.resumeStack, "RESUME_COMPLETE"],
      [heat.checkStack, "CHECK_COMPLETE"],
    ] as const) {
      await call(stack);
      await heat.waitForStack(stack, { status, ...wait });
      const resources = await heat.listResources(stackIds(stack));
      expect(resources.map((r) => r.resource_status)).toEqual(resources.map(() => status));
    }
  });

  it("deletes stacks: DELETE_COMPLETE by id, gone by name and from the list", async () => {
    for (const id of made) await heat.deleteStack(id);
    for (const id of made) await heat.waitForDeleteStack(id, wait);
    const gone = await heat.getStack(made[0]!);
    expect(gone.stack_status).toBe("DELETE_COMPLETE");
    // By name and in lists, Heat still shows a stack until the engine marks its row deleted, a
    // moment after DELETE_COMPLETE: then it is gone from both.
    await vi.waitFor(
      async () => {
        await expect(heat.getStack(gone.stack_name)).rejects.toBeInstanceOf(NotFoundError);
        expect(await heat.listStacks({ tags: prefix })).toEqual([]);
      },
      { timeout: 30_000, interval: 500 },
    );
    made.length = 0;
  });
});
