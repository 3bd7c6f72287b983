import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, EXECUTION_ID, workflowCloud, sent } from "../fixtures.js";

const { server, setup } = workflowCloud();

const task = (fields: Record<string, unknown> = {}) => ({
  id: "t1",
  name: "boom",
  type: "ACTION",
  workflow_name: "hello",
  workflow_execution_id: EXECUTION_ID,
  state: "ERROR",
  state_info: "Fail action expected exception.",
  published: "{}",
  processed: true,
  reset: false,
  created_at: "2026-12-06 12:48:28",
  ...fields,
});

describe("tasks", () => {
  it("are listed for one execution by its id", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/tasks`, () => HttpResponse.json({ tasks: [task()] })));
    const found = await facade.listTasks({ workflow_execution_id: EXECUTION_ID });
    expect(found.map((t) => [t.name, t.state])).toEqual([["boom", "ERROR"]]);
    expect(seen.map(sent)).toEqual([`GET /v2/tasks?workflow_execution_id=${EXECUTION_ID}`]);
  });

  it("in ERROR are run again: state RUNNING and reset, by PUT", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/tasks/:id`, () => HttpResponse.json(task({ state: "RUNNING" }))));
    const again = await facade.rerunTask({ task: "t1", env: { retry: 1 } });
    expect(again.state).toBe("RUNNING");
    expect(seen.map(sent)).toEqual(["PUT /v2/tasks/t1"]);
    expect(await seen[0]!.json()).toEqual({ state: "RUNNING", reset: true, env: { retry: 1 } });
  });
});

describe("action executions, cron triggers and event triggers", () => {
  it("run an action on its own: name and input, the output in the answer", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/action_executions`, () =>
        HttpResponse.json(
          { id: "a1", name: "std.echo", state: "SUCCESS", input: '{"output": "hi"}', output: '{"result": "hi"}' },
          { status: 201 },
        ),
      ),
    );
    const ran = await facade.createActionExecution({ name: "std.echo", input: { output: "hi" } });
    expect(JSON.parse(String(ran.output))).toEqual({ result: "hi" });
    expect(await seen[0]!.json()).toEqual({ name: "std.echo", input: { output: "hi" } });
  });

  it("make a cron trigger from a bare body, and list them by the `next` link", async () => {
    const { facade, seen } = setup();
    const trigger = {
      id: "c1",
      name: "nightly",
      workflow_name: "hello",
      pattern: "0 3 * * *",
      remaining_executions: 2,
    };
    server.use(
      http.post(`${API}/cron_triggers`, () => HttpResponse.json(trigger, { status: 201 })),
      http.get(`${API}/cron_triggers`, ({ request }) =>
        new URL(request.url).searchParams.get("marker") === null
          ? HttpResponse.json({ cron_triggers: [trigger], next: `${API}/cron_triggers?limit=1&marker=c1` })
          : HttpResponse.json({ cron_triggers: [] }),
      ),
    );
    await facade.createCronTrigger({
      name: "nightly",
      workflow_name: "hello",
      pattern: "0 3 * * *",
      remaining_executions: 2,
    });
    expect(await seen[0]!.json()).toEqual({
      name: "nightly",
      workflow_name: "hello",
      pattern: "0 3 * * *",
      remaining_executions: 2,
    });
    expect((await facade.listCronTriggers({ limit: 1 })).map((t) => t.name)).toEqual(["nightly"]);
    expect(seen.map(sent).slice(1)).toEqual([
      "GET /v2/cron_triggers?limit=1",
      "GET /v2/cron_triggers?limit=1&marker=c1",
    ]);
  });

  it("refuse to change an event trigger's notification: it is fixed at create", async () => {
    const { facade } = setup();
    await expect(facade.updateEventTrigger("e1", { exchange: "nova" } as never)).rejects.toThrow(/exchange/);
  });
});
