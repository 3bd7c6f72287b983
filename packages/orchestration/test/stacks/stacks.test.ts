import { InvalidArgumentError, NotFoundError, ResourceFailureError, ResourceTimeoutError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, found, orchestrationCloud, sent, stackBody } from "../fixtures.js";

const { server, setup } = orchestrationCloud();
const canonical = `${API}/stacks/web/s-1`;
const quick = { interval: 1, maxInterval: 1 };

describe("stacks", () => {
  it("creates from YAML text sent as it is, tags joined, and answers the new stack's id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/stacks`, () =>
        HttpResponse.json({ stack: { id: "s-1", links: [{ rel: "self", href: canonical }] } }, { status: 201 }),
      ),
    );
    const template = "heat_template_version: 2018-08-31\nresources: {}\n";
    const created = await facade.createStack({
      stack_name: "web",
      template,
      parameters: { flavor: "m1.tiny" },
      environment: "parameters: {}\n",
      files: { "a.yaml": "x" },
      tags: ["a", "b"],
      timeout_mins: 5,
    });
    expect(created).toEqual({ id: "s-1", links: [{ rel: "self", href: canonical }] });
    expect(seen.map(sent)).toEqual(["POST /stacks"]);
    expect(await seen[0]!.json()).toEqual({
      stack_name: "web",
      template,
      parameters: { flavor: "m1.tiny" },
      environment: "parameters: {}\n",
      files: { "a.yaml": "x" },
      tags: "a,b",
      timeout_mins: 5,
    });
  });

  it("refuses, before any request, a template given twice and a field Heat does not take", async () => {
    const { facade, seen } = setup();
    await expect(facade.createStack({ stack_name: "x", template: {}, template_url: "http://t" })).rejects.toThrow(
      /'template' or as 'template_url', not both/,
    );
    await expect(
      facade.createStack({ stack_name: "x", template: {}, ...({ paramters: {} } as object) }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toEqual([]);
  });

  it("reads a stack by name or id through Heat's redirect, and finds it by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/stacks/web`, () => found("stacks/web/s-1")),
      http.get(`${API}/stacks/s-1`, () => found("stacks/web/s-1")),
      http.get(canonical, () => HttpResponse.json(stackBody())),
    );
    expect((await facade.getStack("web")).id).toBe("s-1");
    expect((await facade.findStack("web"))?.stack_name).toBe("web");
    expect((await facade.getStack({ id: "s-1" })).stack_status).toBe("CREATE_COMPLETE");
    expect(seen.map(sent)).toEqual([
      "GET /stacks/web",
      "GET /stacks/web/s-1",
      "GET /stacks/web",
      "GET /stacks/web/s-1",
      "GET /stacks/s-1",
      "GET /stacks/web/s-1",
    ]);
  });

  it("lists with Heat's filters by their wire names, and refuses others", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/stacks`, () => HttpResponse.json({ stacks: [stackBody().stack] })));
    expect(await facade.listStacks({ name: "web", status: ["COMPLETE"], show_nested: true })).toHaveLength(1);
    expect(seen.map(sent)).toEqual(["GET /stacks?name=web&status=COMPLETE&show_nested=true"]);
    await expect(facade.listStacks({ stack_name: "web" } as never)).rejects.toThrow(/no filter .stack_name./);
  });

  it("updates by PUT and PATCH, following the redirect with the method and body kept", async () => {
    const { facade, seen } = setup();
    server.use(
      http.all(`${API}/stacks/web`, () => found("stacks/web/s-1")),
      http.put(canonical, () => new HttpResponse(null, { status: 202 })),
      http.patch(canonical, () => new HttpResponse(null, { status: 202 })),
    );
    await facade.updateStack({ stack: "web", template: { resources: {} }, parameters: { a: 1 } });
    await facade.patchStack({ stack: "web", parameters: { a: 2 }, clear_parameters: ["b"] });
    expect(seen.map(sent)).toEqual([
      "PUT /stacks/web",
      "PUT /stacks/web/s-1",
      "PATCH /stacks/web",
      "PATCH /stacks/web/s-1",
    ]);
    expect(await seen[1]!.json()).toEqual({ template: { resources: {} }, parameters: { a: 1 } });
    expect(await seen[3]!.json()).toEqual({ parameters: { a: 2 }, clear_parameters: ["b"] });
  });

  it("POSTs actions to the canonical path: looked up for a name, taken from a stack object", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/stacks/web`, () => found("stacks/web/s-1")),
      http.get(canonical, () => HttpResponse.json(stackBody())),
      http.post(`${canonical}/actions`, () => new HttpResponse(null, { status: 200 })),
    );
    await facade.suspendStack("web");
    await facade.resumeStack(stackBody().stack);
    await facade.checkStack(stackBody().stack);
    await facade.cancelStackUpdate(stackBody().stack);
    await facade.cancelStackUpdate(stackBody().stack, { rollback: false });
    expect(seen.map(sent)).toEqual([
      "GET /stacks/web",
      "GET /stacks/web/s-1",
      ...Array(5).fill("POST /stacks/web/s-1/actions"),
    ]);
    const bodies = await Promise.all(seen.slice(2).map((r) => r.json()));
    expect(bodies).toEqual([
      { suspend: null },
      { resume: null },
      { check: null },
      { cancel_update: null },
      { cancel_without_rollback: null },
    ]);
  });
});

describe("waiting for a stack", () => {
  const answer = (...states: [string, string][]) => {
    let i = 0;
    server.use(
      http.get(`${API}/stacks/s-1`, () => found("stacks/web/s-1")),
      http.get(canonical, () => {
        const [status, reason] = states[Math.min(i++, states.length - 1)]!;
        return HttpResponse.json(stackBody(status, reason));
      }),
    );
  };

  it("polls stack_status until it is reached", async () => {
    const { facade } = setup();
    answer(["CREATE_IN_PROGRESS", "started"], ["CREATE_COMPLETE", "done"]);
    const seenStates: string[] = [];
    const stack = await facade.waitForStack("s-1", { ...quick, onProgress: (s) => seenStates.push(s.stack_status) });
    expect(stack.stack_status).toBe("CREATE_COMPLETE");
    expect(seenStates).toEqual(["CREATE_IN_PROGRESS", "CREATE_COMPLETE"]);
  });

  it("fails on any *_FAILED with Heat's reason", async () => {
    const { facade } = setup();
    answer(["UPDATE_IN_PROGRESS", ""], ["UPDATE_FAILED", "Resource UPDATE failed: server: quota exceeded"]);
    const error = await facade.waitForStack("s-1", { status: "UPDATE_COMPLETE", ...quick }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailureError);
    expect(String(error)).toContain("UPDATE_FAILED while waiting for UPDATE_COMPLETE: Resource UPDATE failed: server");
  });

  it("times out naming the last state", async () => {
    const { facade } = setup();
    answer(["CREATE_IN_PROGRESS", ""]);
    await expect(facade.waitForStack("s-1", { ...quick, timeout: 5 })).rejects.toThrow(ResourceTimeoutError);
  });

  it("waits for a delete: DELETE_COMPLETE by id, or 404 by name", async () => {
    const { facade } = setup();
    answer(["DELETE_IN_PROGRESS", ""], ["DELETE_COMPLETE", "done"]);
    await facade.waitForDeleteStack("s-1", quick);
    server.use(http.get(`${API}/stacks/gone`, () => HttpResponse.json({ code: 404 }, { status: 404 })));
    await facade.waitForDeleteStack("gone", quick);
    answer(["DELETE_FAILED", "volume in use"]);
    await expect(facade.waitForDeleteStack("s-1", quick)).rejects.toThrow(/DELETE_FAILED.*volume in use/);
    await expect(facade.getStack("gone")).rejects.toBeInstanceOf(NotFoundError);
  });
});
