import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, WORKFLOW_ID, workflowBody, workflowCloud, sent } from "../fixtures.js";

const { server, setup } = workflowCloud();

const DEFINITION = "version: '2.0'\nhello:\n  tasks:\n    one:\n      action: std.noop\n";

describe("workflows", () => {
  it("are made from YAML sent as text/plain, with the namespace and scope as query; every workflow made is answered", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/workflows`, () =>
        HttpResponse.json({ workflows: [workflowBody(), workflowBody({ id: "w2", name: "second" })] }, { status: 201 }),
      ),
    );
    const made = await facade.createWorkflow({ definition: DEFINITION, namespace: "team", scope: "public" });
    expect(made.map((w) => w.name)).toEqual(["hello", "second"]);
    expect(seen.map(sent)).toEqual(["POST /v2/workflows?namespace=team&scope=public"]);
    expect(seen[0]!.headers.get("content-type")).toBe("text/plain");
    expect(await seen[0]!.text()).toBe(DEFINITION);
  });

  it("are updated by sending the changed definition (PUT, text/plain); nothing not given goes in the query", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/workflows`, () => HttpResponse.json({ workflows: [workflowBody({ scope: "public" })] })),
    );
    const [changed] = await facade.updateWorkflow({ definition: DEFINITION });
    expect(changed!.scope).toBe("public");
    expect(seen.map(sent)).toEqual(["PUT /v2/workflows"]);
    expect(await seen[0]!.text()).toBe(DEFINITION);
  });

  it("are listed across pages by following Mistral's top-level `next`", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/workflows`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null)
          return HttpResponse.json({
            workflows: [workflowBody({ id: "w1", name: "a" })],
            next: `${API}/workflows?sort_keys=created_at,id&sort_dirs=asc,asc&limit=1&marker=w1`,
          });
        if (marker === "w1") return HttpResponse.json({ workflows: [workflowBody({ id: "w2", name: "b" })] });
        return HttpResponse.json({ workflows: [] });
      }),
    );
    const all = await facade.listWorkflows({ limit: 1, sort_keys: "created_at" });
    expect(all.map((w) => w.id)).toEqual(["w1", "w2"]);
    expect(seen.map(sent)[1]).toBe("GET /v2/workflows?sort_keys=created_at,id&sort_dirs=asc,asc&limit=1&marker=w1");
  });

  it("are read and deleted by name or id, in a namespace when given", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/workflows/:id`, () => HttpResponse.json(workflowBody())),
      http.delete(`${API}/workflows/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    expect((await facade.getWorkflow("hello", { namespace: "team" })).id).toBe(WORKFLOW_ID);
    await facade.deleteWorkflow(WORKFLOW_ID, { namespace: "team" });
    expect(seen.map(sent)).toEqual([
      "GET /v2/workflows/hello?namespace=team",
      `DELETE /v2/workflows/${WORKFLOW_ID}?namespace=team`,
    ]);
  });

  it("are validated without being made: Mistral's verdict comes back as it is", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/workflows/validate`, () => HttpResponse.json({ valid: false, error: "Invalid DSL: tasks" })),
    );
    expect(await facade.validateWorkflow({ definition: "version: '2.0'\nbad: {}\n" })).toEqual({
      valid: false,
      error: "Invalid DSL: tasks",
    });
    expect(seen[0]!.headers.get("content-type")).toBe("text/plain");
  });
});
