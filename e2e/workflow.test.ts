// Mistral on the real service (e2e/cloud/services/mistral.sh): workflows made from YAML,
// executions that the engine and executor really run over the bus to SUCCESS (std.noop,
// std.echo) or ERROR (std.fail, with Mistral's state_info in the error), paused and
// cancelled while a std.sleep runs; their tasks, and a failed task run again.
import { Connection, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { workflowSet } from "./support/mistral-workflows.js";

const conn = new Connection(admin);
const wf = conn.workflow;
const tag = uniqueName("wf").replaceAll("-", "_");
const { names, made: all, definition, start } = workflowSet(wf, tag, { slow: true });
const quick = { interval: 300, maxInterval: 1_000, timeout: 60_000 };

describe("workflows on the real Mistral", () => {
  it("are made from one YAML definition (all three), read by name and id, found, listed across pages", async () => {
    const made = await wf.createWorkflow({ definition: definition() });
    expect(made.map((w) => w.name).sort()).toEqual([...all].sort());
    const ok = made.find((w) => w.name === names.ok)!;
    expect(ok).toMatchObject({ scope: "private", namespace: "", input: 'msg="hello"' });
    expect(ok.interface).toEqual({ input: [{ msg: "hello" }], output: ["said"] });
    expect((await wf.getWorkflow(names.ok)).id).toBe(ok.id);
    expect((await wf.getWorkflow(ok.id)).name).toBe(names.ok);
    expect((await wf.findWorkflow(names.fail))?.name).toBe(names.fail);
    expect(await wf.findWorkflow(`${tag}_none`)).toBeNull();
    // made in one request, they share created_at: the order is the id's then, on every page
    const order = { sort_keys: "created_at,id", sort_dirs: "asc,asc" };
    const paged = (await wf.listWorkflows({ limit: 1, ...order })).map((w) => w.id);
    expect(paged).toEqual(expect.arrayContaining(made.map((w) => w.id)));
    expect(paged).toEqual((await wf.listWorkflows(order)).map((w) => w.id));
  });

  it("are updated from a changed definition, and a broken one is refused by validate", async () => {
    const [changed] = (await wf.updateWorkflow({ definition: definition("bonjour") })).filter(
      (w) => w.name === names.ok,
    );
    expect(changed!.input).toBe('msg="bonjour"');
    expect(await wf.validateWorkflow({ definition: definition() })).toMatchObject({ valid: true });
    const broken = await wf.validateWorkflow({ definition: "version: '2.0'\nbroken:\n  tasks: 7\n" });
    expect(broken.valid).toBe(false);
    expect(broken.error).toMatch(/tasks|Invalid/);
  });
});

describe("executions on the real Mistral", () => {
  it("run std.noop then std.echo to SUCCESS, the output published", async () => {
    const started = await start(names.ok, { msg: "hi" });
    expect(["RUNNING", "SUCCESS"]).toContain(started.state);
    const done = await wf.waitForExecution(started, quick);
    expect(done.state).toBe("SUCCESS");
    expect(JSON.parse(String(done.output))).toEqual({ said: "hi" });
    const tasks = await wf.listTasks({ workflow_execution_id: started.id });
    expect(tasks.map((t) => [t.name, t.state]).sort()).toEqual([
      ["first", "SUCCESS"],
      ["second", "SUCCESS"],
    ]);
    const second = await wf.getTask(tasks.find((t) => t.name === "second")!.id);
    expect(JSON.parse(String(second.result))).toBe("hi");
    const actions = await wf.listActionExecutions({ task_execution_id: second.id });
    expect(actions.map((a) => [a.name, a.state])).toEqual([["std.echo", "SUCCESS"]]);
  });

  it("end in ERROR on std.fail: the wait fails with Mistral's state_info; the task runs again", async () => {
    const started = await start(names.fail);
    const failure = await wf.waitForExecution(started, quick).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResourceFailureError);
    expect(String(failure)).toMatch(/went to ERROR .*Failure caused by error in tasks: boom/s);
    const [boom] = await wf.listTasks({ workflow_execution_id: started.id, name: "boom" });
    expect(boom!.state).toBe("ERROR");
    const again = await wf.rerunTask({ task: boom! });
    expect(again.id).toBe(boom!.id);
    // it fails again, as std.fail does, after running a second action
    await wf.waitForExecution(started, { ...quick, status: "ERROR" });
    expect(await wf.listActionExecutions({ task_execution_id: boom!.id })).toHaveLength(2);
  });

  it("are paused, described, and cancelled while std.sleep runs", async () => {
    const started = await start(names.slow);
    await wf.waitForExecution(started, { ...quick, status: "RUNNING" });
    expect((await wf.updateExecution(started, { state: "PAUSED" })).state).toBe("PAUSED");
    expect((await wf.updateExecution(started, { description: "napping" })).description).toBe("napping");
    const cancelled = await wf.updateExecution(started, { state: "CANCELLED" });
    expect(cancelled.state).toBe("CANCELLED");
    expect((await wf.getExecution(started.id)).state).toBe("CANCELLED");
  });

  it("are listed across pages, filtered by workflow and state, and deleted", async () => {
    const more = [await start(names.ok), await start(names.ok)];
    for (const one of more) await wf.waitForExecution(one, quick);
    const ours = (await wf.listExecutions({ workflow_name: names.ok, limit: 1 })).map((e) => e.id);
    expect(ours).toHaveLength(3);
    expect(ours).toEqual(expect.arrayContaining(more.map((e) => e.id)));
    const done = await wf.listExecutions({ workflow_name: names.ok, state: "SUCCESS" });
    expect(done.map((e) => e.id).sort()).toEqual([...ours].sort());
    expect((await wf.findExecution(more[0]!.id))?.id).toBe(more[0]!.id);
    await wf.deleteExecution(more[0]!);
    await expect(wf.getExecution(more[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
