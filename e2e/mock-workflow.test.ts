// Mistral's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): workflows made from one YAML definition (inputs and outputs read from
// it), read by name and id, listed by page with Mistral's next, updated, validated, refused
// twice and when missing; executions of std.noop then std.echo run to SUCCESS with the output
// published, of std.fail to ERROR with Mistral's state_info; their tasks.
import { ConflictError, Connection, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { workflowSet } from "./support/mistral-workflows.js";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const wf = conn.workflow;
const tag = uniqueName("mfwf").replaceAll("-", "_");
const { names, made: all, definition, start } = workflowSet(wf, tag);
const quick = { interval: 100, maxInterval: 500, timeout: 60_000 };

describe("workflows", () => {
  it("are made from one definition, read by name and id, paged, updated, validated, refused twice", async () => {
    const made = await wf.createWorkflow({ definition: definition() });
    expect(made.map((w) => w.name).sort()).toEqual([...all].sort());
    const ok = made.find((w) => w.name === names.ok)!;
    expect(ok).toMatchObject({ scope: "private", namespace: "", input: 'msg="hello"', tags: [] });
    expect(ok.interface).toEqual({ input: [{ msg: "hello" }], output: ["said"] });
    expect(ok.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect((await wf.getWorkflow(names.ok)).id).toBe(ok.id);
    expect((await wf.getWorkflow(ok.id)).name).toBe(names.ok);
    expect(await wf.findWorkflow(`${tag}_none`)).toBeNull();
    const missing = wf.getWorkflow(`${tag}_none`);
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({
      serverMessage: `Workflow not found [workflow_identifier=${tag}_none, namespace=]`,
    });

    const pages: string[][] = [];
    for await (const page of wf.listWorkflows({ limit: 1 }).pages()) pages.push(page.map((w) => w.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(made.map((w) => w.id)));

    const twice = wf.createWorkflow({ definition: definition() });
    await expect(twice).rejects.toBeInstanceOf(ConflictError);
    await expect(twice).rejects.toMatchObject({
      serverMessage: expect.stringMatching(/^Duplicate entry for WorkflowDefinition/),
    });

    const [changed] = (await wf.updateWorkflow({ definition: definition("bonjour") })).filter(
      (w) => w.name === names.ok,
    );
    expect(changed).toMatchObject({ id: ok.id, input: 'msg="bonjour"' });
    expect(changed!.updated_at).toEqual(expect.any(String));
    expect(await wf.validateWorkflow({ definition: definition() })).toMatchObject({ valid: true });
    expect((await wf.validateWorkflow({ definition: "not: [yaml" })).valid).toBe(false);
  });
});

describe("executions", () => {
  it("run std.noop then std.echo to SUCCESS, the output published, each task SUCCESS", async () => {
    const started = await start(names.ok, { msg: "hi" });
    expect(started).toMatchObject({ state: "RUNNING", workflow_name: names.ok, state_info: null });
    expect(JSON.parse(String(started.input))).toEqual({ msg: "hi" });
    const done = await wf.waitForExecution(started, quick);
    expect(done.state).toBe("SUCCESS");
    expect(JSON.parse(String(done.output))).toEqual({ said: "hi" });
    // by name: Mistral does not list them in the order they ran
    const tasks = (await wf.listTasks({ workflow_execution_id: started.id })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(tasks.map((t) => [t.name, t.state, t.type, t.processed])).toEqual([
      ["first", "SUCCESS", "ACTION", true],
      ["second", "SUCCESS", "ACTION", true],
    ]);
    const second = await wf.getTask(tasks[1]!.id);
    expect(JSON.parse(String(second.result))).toBe("hi");
    expect(JSON.parse(String(second.runtime_context))).toEqual({
      triggered_by: [{ task_id: tasks[0]!.id, event: "on-success" }],
    });
  });

  it("end in ERROR on std.fail: the wait fails with Mistral's state_info, the task says why", async () => {
    const started = await start(names.fail);
    const failure = await wf.waitForExecution(started, quick).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResourceFailureError);
    expect(String(failure)).toMatch(/went to ERROR .*Failure caused by error in tasks: boom/s);
    const ended = await wf.getExecution(started.id);
    expect(JSON.parse(String(ended.output))).toEqual({ result: ended.state_info });
    const [boom] = await wf.listTasks({ workflow_execution_id: started.id });
    expect(boom).toMatchObject({ name: "boom", state: "ERROR" });
    expect(boom!.state_info).toMatch(
      /^The action raised an exception \[action=Fail action, .*msg='Fail action expected exception.'\]$/,
    );
    await expect(wf.createExecution({ workflow_name: `${tag}_none` })).rejects.toBeInstanceOf(NotFoundError);
  });
});
