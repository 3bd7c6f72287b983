// openstack-ts beside Python's openstacksdk on the same Mistral: the same workflow and
// execution ids, in the same order, unfiltered and page by page, with a field or two of each.
// What we make here we make with our SDK; openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { type Row, pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const wf = conn.workflow;
const tag = uniqueName("parity").replaceAll("-", "_");
const made = { workflows: [] as string[], executions: [] as string[] };

/** openstacksdk's items of one listing of its workflow proxy, as the admin of clouds.yaml's `local` cloud. */
const openstacksdk = (method: "workflows" | "executions", query: Row = {}, fields: string[] = []): Row[] =>
  pythonLists({ one: { service: "workflow", method, query, fields } }).one;

beforeAll(async () => {
  const definition = [
    "version: '2.0'",
    ...[0, 1, 2].flatMap((i) => [`${tag}_${i}:`, "  tasks:", "    t:", "      action: std.noop"]),
  ];
  for (const w of await wf.createWorkflow({ definition: definition.join("\n") })) made.workflows.push(w.id);
  for (const i of [0, 1]) {
    const execution = await wf.createExecution({ workflow_name: `${tag}_${i}` });
    made.executions.push(execution.id);
    await wf.waitForExecution(execution, { interval: 300, timeout: 60_000 });
  }
}, 120_000);

afterAll(async () => {
  for (const id of made.executions) await wf.deleteExecution(id).catch(() => undefined);
  for (const id of made.workflows) await wf.deleteWorkflow(id).catch(() => undefined);
});

describe("Mistral beside openstacksdk", () => {
  it("lists the workflows openstacksdk lists: the same ids and names, in its order, whole and by pages", async () => {
    const python = openstacksdk("workflows", {}, ["name"]).map((w) => [w["id"], w["name"]]);
    const pagedPython = openstacksdk("workflows", { limit: 2 }).map((w) => w["id"]);
    const ours = (await wf.listWorkflows()).map((w) => [w.id, w.name]);
    const pagedOurs = (await wf.listWorkflows({ limit: 2 })).map((w) => w.id);
    expect(ours).toEqual(python);
    expect(pagedOurs).toEqual(pagedPython);
    expect(python.map(([id]) => id)).toEqual(expect.arrayContaining(made.workflows));
  });

  it("lists the executions openstacksdk lists: the same ids, workflows and states, in its order", async () => {
    const python = openstacksdk("executions", {}, ["workflow_name", "status"]).map((e) => [
      e["id"],
      e["workflow_name"],
      e["status"],
    ]);
    const ours = (await wf.listExecutions()).map((e) => [e.id, e.workflow_name, e.state]);
    expect(ours).toEqual(python);
    expect(python).toEqual(expect.arrayContaining(made.executions.map((id, i) => [id, `${tag}_${i}`, "SUCCESS"])));
  });
});
