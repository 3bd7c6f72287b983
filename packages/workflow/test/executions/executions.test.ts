import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, EXECUTION_ID, executionBody, workflowCloud, sent } from "../fixtures.js";

const { server, setup } = workflowCloud();

describe("executions", () => {
  it("are started with a bare JSON body (no envelope), the input as an object", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/executions`, () => HttpResponse.json(executionBody(), { status: 201 })));
    const started = await facade.createExecution({ workflow_name: "hello", input: { msg: "hi" } });
    expect(started).toMatchObject({ id: EXECUTION_ID, state: "RUNNING", input: '{"msg": "hi"}' });
    expect(await seen[0]!.json()).toEqual({ workflow_name: "hello", input: { msg: "hi" } });
  });

  it("change state by PUT of the state alone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/executions/:id`, async ({ request }) =>
        HttpResponse.json(executionBody((await request.json()) as Record<string, unknown>)),
      ),
    );
    const paused = await facade.updateExecution(EXECUTION_ID, { state: "PAUSED" });
    expect(paused.state).toBe("PAUSED");
    expect(seen.map(sent)).toEqual([`PUT /v2/executions/${EXECUTION_ID}`]);
    expect(await seen[0]!.json()).toEqual({ state: "PAUSED" });
  });

  it("are waited for until SUCCESS, reading `state`", async () => {
    const { facade } = setup();
    let polls = 0;
    server.use(
      http.get(`${API}/executions/:id`, () =>
        HttpResponse.json(executionBody(polls++ < 2 ? {} : { state: "SUCCESS", output: '{"said": "hi"}' })),
      ),
    );
    const done = await facade.waitForExecution(EXECUTION_ID, { interval: 1 });
    expect(JSON.parse(String(done.output))).toEqual({ said: "hi" });
  });

  it("end the wait on ERROR with Mistral's state_info in the error", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/executions/:id`, () =>
        HttpResponse.json(executionBody({ state: "ERROR", state_info: "Failure caused by error in tasks: boom" })),
      ),
    );
    const failure = facade.waitForExecution(EXECUTION_ID, { interval: 1 });
    await expect(failure).rejects.toBeInstanceOf(ResourceFailureError);
    await expect(failure).rejects.toThrow(/went to ERROR .*: Failure caused by error in tasks: boom/);
  });

  it("may wait for ERROR itself, which is then no failure", async () => {
    const { facade } = setup();
    server.use(http.get(`${API}/executions/:id`, () => HttpResponse.json(executionBody({ state: "ERROR" }))));
    expect((await facade.waitForExecution(EXECUTION_ID, { status: "ERROR", interval: 1 })).state).toBe("ERROR");
  });

  it("are deleted, with force for a running one", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(`${API}/executions/:id`, () => new HttpResponse(null, { status: 204 })));
    await facade.deleteExecution(EXECUTION_ID, { force: true });
    expect(seen.map(sent)).toEqual([`DELETE /v2/executions/${EXECUTION_ID}?force=true`]);
  });
});
