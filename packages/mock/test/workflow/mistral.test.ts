import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const TEXT = { "Content-Type": "text/plain" };
const definition = `version: '2.0'
chain:
  tasks:
    a:
      action: std.noop
      on-success: [b]
    b:
      action: std.fail
      on-error: c
    c:
      action: std.echo output="handled"
`;

describe("fake Mistral on the wire", () => {
  it("runs one round of tasks per cloud delay; an error an on-error handles still ends in SUCCESS", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const raw = clientOf(mockCloud({ now: () => now, delay: 1000 }));
    expect((await raw.post("workflow/v2/workflows", definition, TEXT)).status).toBe(201);
    const execution = (await raw.post("workflow/v2/executions", { workflow_name: "chain" })).body;
    const states = async () =>
      (await raw.get(`workflow/v2/executions/${execution.id}/tasks`)).body.tasks.map(
        (t: { name: string; state: string }) => `${t.name}:${t.state}`,
      );
    expect(await states()).toEqual(["a:RUNNING"]);
    now += 1000;
    expect(await states()).toEqual(["a:SUCCESS", "b:RUNNING"]);
    now += 1000;
    expect(await states()).toEqual(["a:SUCCESS", "b:ERROR", "c:RUNNING"]);
    now += 1000;
    expect(await states()).toEqual(["a:SUCCESS", "b:ERROR", "c:SUCCESS"]);
    expect((await raw.get(`workflow/v2/executions/${execution.id}`)).body.state).toBe("SUCCESS");
  });

  it("refuses text that is not YAML, and a missing workflow, in Mistral's shapes", async () => {
    const raw = clientOf(mockCloud());
    const broken = await raw.post("workflow/v2/workflows", "not: [yaml", TEXT);
    expect(broken.status).toBe(400);
    expect(Object.keys(broken.body)).toEqual(["faultstring"]);
    expect(broken.body.faultstring).toMatch(/^Definition could not be parsed: /);
    const missing = await raw.get("workflow/v2/workflows/nope");
    expect(missing.body).toEqual({
      faultcode: "Client",
      faultstring: "Workflow not found [workflow_identifier=nope, namespace=]",
      debuginfo: null,
    });
  });
});
