// The fake Heat: its catalog entry and root document, its lists, what it refuses, template
// validation and seeding (a stack's life: stack-lifecycle.test.ts).
import { BadRequestError, ConflictError, NotFoundError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { clientOf } from "../fixtures.js";
import { type Any, setup, template } from "./heat.js";

describe("fake Heat", () => {
  it("is in the catalog at /heat-api/v1/<project>, with Heat's root document", async () => {
    const { cloud, heat } = setup();
    const endpoint = await heat.endpoint();
    expect(endpoint.url.replace(/\/$/, "")).toBe(`${cloud.baseUrl}/heat-api/v1/${cloud.ids.projects.admin}`);
    const root = await cloud.fetch(`${cloud.urls.orchestration}/`);
    expect(root.status).toBe(300);
    expect((await root.json()).versions[0]).toMatchObject({ id: "v1.0", status: "CURRENT" });
  });

  it("lists newest first, pages with a `links` next, filters by name, status and tags, per project", async () => {
    const { clock, heat, demoHeat } = setup();
    for (const [name, tags] of [
      ["a", "x"],
      ["b", "x,y"],
      ["c", undefined],
    ] as const) {
      await heat.post("stacks", { json: { stack_name: name, template: template(4), tags } });
      clock.advance(1000);
    }
    await demoHeat.post("stacks", { json: { stack_name: "mine", template: template(4) } });
    const first = (await heat.get("stacks", { searchParams: { limit: 2 } }).json()) as Any;
    expect(first.stacks.map((s: Any) => s.stack_name)).toEqual(["c", "b"]);
    expect(first.links[0].rel).toBe("next");
    const second = (await heat.get(first.links[0].href).json()) as Any;
    expect([second.stacks.map((s: Any) => s.stack_name), second.links]).toEqual([["a"], undefined]);
    const list = async (query: Any) =>
      ((await heat.get("stacks", { searchParams: query }).json()) as Any).stacks.map((s: Any) => s.stack_name);
    expect(await list({ name: "b" })).toEqual(["b"]);
    expect(await list({ status: "COMPLETE", action: "CREATE" })).toEqual(["c", "b", "a"]);
    expect(await list({ tags: "x,y" })).toEqual(["b"]);
    expect(await list({ tags_any: "y", sort_dir: "asc" })).toEqual(["b"]);
    expect(((await demoHeat.get("stacks").json()) as Any).stacks.map((s: Any) => s.stack_name)).toEqual(["mine"]);
    await expect(demoHeat.get("stacks/a")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses what Heat refuses, in Heat's error body", async () => {
    const { cloud, heat } = setup();
    const admin = clientOf(cloud);
    const api = `heat-api/v1/${cloud.ids.projects.admin}`;
    const noVersion = await admin.post(`${api}/stacks`, { stack_name: "x", template: { resources: {} } });
    expect([noVersion.status, noVersion.body]).toEqual([
      400,
      {
        code: 400,
        title: "Bad Request",
        explanation:
          "The server could not comply with the request since it is either malformed or otherwise incorrect.",
        error: {
          type: "InvalidTemplateVersion",
          traceback: null,
          message: "The template version is invalid: Template version was not provided",
        },
      },
    ]);
    // keystonemiddleware answers a request without a token, in Keystone's words.
    const anonymous = await cloud.fetch(`${cloud.baseUrl}/${api}/stacks`);
    expect([anonymous.status, (await anonymous.json()).error?.code]).toEqual([401, 401]);
    const refused = async (body: Any) => (await admin.post(`${api}/stacks`, body)).body.error;
    expect(await refused({ template: template(4) })).toMatchObject({ message: "No stack name specified" });
    expect(await refused({ stack_name: "x" })).toMatchObject({ message: "No template specified" });
    const noSuch = { heat_template_version: "2018-08-31", resources: { x: { type: "No::Such" } } };
    expect(await refused({ stack_name: "x", template: noSuch })).toMatchObject({
      type: "StackValidationFailed",
      message: "The Resource Type (No::Such) could not be found.",
    });
    const needsParam = { heat_template_version: "2018-08-31", parameters: { n: { type: "number" } } };
    expect(await refused({ stack_name: "x", template: needsParam })).toMatchObject({
      type: "UserParameterMissing",
      message: "The Parameter (n) was not provided.",
    });
    expect(await refused({ stack_name: "x", template: template(4), parameters: { zz: 1 } })).toMatchObject({
      type: "UnknownUserParameter",
    });
    expect(await refused({ stack_name: "x", template: "heat_template_version: [2018-08-31\n" })).toMatchObject({
      type: "HTTPBadRequest",
      message: expect.stringContaining("Template not in valid format"),
    });
    // YAML text is read as Heat reads it: the bare date stays the version's text.
    const yaml =
      "heat_template_version: 2018-08-31\nresources:\n  v: {type: OS::Heat::Value, properties: {value: 1}}\n";
    await heat.post("stacks", { json: { stack_name: "from-yaml", template: yaml } });
    expect(await (await heat.get("stacks/from-yaml/template")).json()).toMatchObject({
      heat_template_version: "2018-08-31",
    });
    // JSON text is a template too.
    await heat.post("stacks", { json: { stack_name: "dup", template: JSON.stringify(template(4)) } });
    await expect(heat.post("stacks", { json: { stack_name: "dup", template: template(4) } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(heat.get("stacks/dup/not-its-id")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("validates a template, lists the resource types it makes and the template versions", async () => {
    const { heat } = setup();
    const validation = (await heat.post("validate", { json: { template: template(4) } }).json()) as Any;
    expect(validation).toMatchObject({
      Description: "values",
      Parameters: { greeting: { Type: "String", Default: "hello" }, count: { Type: "Number", Default: 3 } },
    });
    await expect(heat.post("validate", { json: { template: { resources: {} } } })).rejects.toThrow(
      "Template version was not provided",
    );
    const noSuch = { heat_template_version: "2018-08-31", resources: { x: { type: "No::Such" } } };
    await expect(heat.post("validate", { json: { template: noSuch } })).rejects.toBeInstanceOf(BadRequestError);
    const types = ((await heat.get("resource_types", { searchParams: { name: "Value" } }).json()) as Any)
      .resource_types;
    expect(types).toEqual(["OS::Heat::Value"]);
    const versions = ((await heat.get("template_versions").json()) as Any).template_versions;
    expect(versions.map((v: Any) => v.version)).toContain("heat_template_version.2018-08-31");
  });

  it("seeds stacks CREATE_COMPLETE, in the project named", async () => {
    const { cloud, demoHeat } = setup({
      stacks: [{ stack_name: "seeded", template: template(5), project: "demo" }],
    });
    expect(cloud.state.stacks).toHaveLength(1);
    const stack = ((await demoHeat.get("stacks/seeded").json()) as Any).stack;
    expect(stack.stack_status).toBe("CREATE_COMPLETE");
    expect(stack.outputs.find((o: Any) => o.output_key === "random").output_value).toHaveLength(5);
  });
});
