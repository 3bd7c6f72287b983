// Mistral's other resources on the real service (e2e/cloud/services/mistral.sh): workbooks,
// actions run on their own (and deleted: the step allows it), a cron trigger that Mistral's
// scheduler really fires, and event triggers (made, changed, deleted; none fires here: no
// service of this cloud sends notifications, every one has driver = noop).
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const wf = conn.workflow;
const tag = uniqueName("wfm").replaceAll("-", "_");
const target = `${tag}_target`;
const undo: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of undo.reverse()) await step().catch(() => undefined);
});

const workbook = (description: string) => `---
version: '2.0'
name: ${tag}_book
description: ${description}
workflows:
  inner:
    tasks:
      only:
        action: std.noop
`;

describe("workbooks on the real Mistral", () => {
  it("are made from YAML, read by name, listed, updated and deleted; their workflows stay", async () => {
    const book = await wf.createWorkbook({ definition: workbook("first") });
    undo.push(() => wf.deleteWorkflow(`${tag}_book.inner`));
    undo.push(() => wf.deleteWorkbook(book.name));
    expect(book.name).toBe(`${tag}_book`);
    expect((await wf.getWorkbook(book.name)).definition).toContain("description: first");
    expect((await wf.listWorkbooks()).map((b) => b.name)).toContain(book.name);
    expect((await wf.findWorkflow(`${tag}_book.inner`))?.name).toBe(`${tag}_book.inner`);
    const changed = await wf.updateWorkbook({ definition: workbook("second") });
    expect(changed.definition).toContain("description: second");
    await wf.deleteWorkbook(book);
    await expect(wf.getWorkbook(book.name)).rejects.toBeInstanceOf(NotFoundError);
    // Zed deletes the workbook only: the workflows it made stay, under its name
    expect((await wf.findWorkflow(`${tag}_book.inner`))?.name).toBe(`${tag}_book.inner`);
  });
});

describe("action executions on the real Mistral", () => {
  it("run std.echo on their own: unkept, the result in the answer; kept, in the background, then deleted", async () => {
    // not kept unless asked: the answer has the result, and no id
    const once = await wf.createActionExecution({ name: "std.echo", input: { output: "once" } });
    expect(once).toMatchObject({ id: null, state: "SUCCESS", output: '{"result": "once"}' });
    // kept, it runs in the background (the executor, over the bus): wait for it
    const ran = await wf.createActionExecution({
      name: "std.echo",
      input: { output: tag },
      params: { save_result: true },
    });
    expect(ran.id).toMatch(/^[0-9a-f-]{36}$/);
    const done = await wf.waitForActionExecution(ran.id!, { status: "SUCCESS", interval: 300, timeout: 60_000 });
    expect(JSON.parse(String(done.output))).toEqual({ result: tag });
    expect((await wf.getActionExecution(ran.id!)).name).toBe("std.echo");
    const listed = await wf.listActionExecutions({ name: "std.echo", limit: 1 });
    expect(listed.map((a) => a.id)).toContain(ran.id);
    await wf.deleteActionExecution(ran.id!);
    await expect(wf.getActionExecution(ran.id!)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("cron and event triggers on the real Mistral", () => {
  it("a cron trigger fires its workflow once, then is gone", async () => {
    await wf.createWorkflow({ definition: `version: '2.0'\n${target}:\n  tasks:\n    t:\n      action: std.noop\n` });
    undo.push(() => wf.deleteWorkflow(target));
    const trigger = await wf.createCronTrigger({
      name: `${tag}_cron`,
      workflow_name: target,
      pattern: "* * * * *",
      remaining_executions: 1,
      workflow_input: {},
    });
    undo.push(() => wf.deleteCronTrigger(`${tag}_cron`));
    expect(trigger).toMatchObject({ name: `${tag}_cron`, pattern: "* * * * *", remaining_executions: 1 });
    expect(trigger.next_execution_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d/);
    expect((await wf.getCronTrigger(`${tag}_cron`)).workflow_name).toBe(target);
    expect((await wf.listCronTriggers({ name: `${tag}_cron` })).map((t) => t.name)).toEqual([`${tag}_cron`]);
    // the scheduler starts the workflow at the next whole minute
    let fired: string[] = [];
    for (let i = 0; i < 120 && fired.length === 0; i++) {
      fired = (await wf.listExecutions({ workflow_name: target })).map((e) => e.id);
      if (fired.length === 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(fired).toHaveLength(1);
    undo.push(() => wf.deleteExecution(fired[0]!, { force: true }));
    await wf.waitForExecution(fired[0]!, { interval: 300, timeout: 60_000 });
    // its last execution done, the trigger is deleted
    for (let i = 0; i < 30 && (await wf.findCronTrigger(`${tag}_cron`)) !== null; i++)
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await wf.findCronTrigger(`${tag}_cron`)).toBeNull();
  }, 240_000);

  it("an event trigger is made for a notification, renamed, and deleted", async () => {
    const { id: workflowId } = await wf.getWorkflow(target);
    const trigger = await wf.createEventTrigger({
      name: `${tag}_event`,
      workflow_id: workflowId,
      exchange: "nova",
      topic: "notifications",
      event: "compute.instance.create.end",
    });
    undo.push(() => wf.deleteEventTrigger(trigger.id));
    expect(trigger).toMatchObject({ workflow_id: workflowId, exchange: "nova", topic: "notifications" });
    expect((await wf.listEventTriggers()).map((t) => t.id)).toContain(trigger.id);
    const renamed = await wf.updateEventTrigger(trigger, { name: `${tag}_renamed` });
    expect(renamed.name).toBe(`${tag}_renamed`);
    expect((await wf.findEventTrigger(`${tag}_renamed`))?.id).toBe(trigger.id);
    await wf.deleteEventTrigger(trigger);
    await expect(wf.getEventTrigger(trigger.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
