// Heat's calls beside a stack's life (orchestration.test.ts), on the real cloud: a failing
// stack's reason reaches the caller; previews, validation and the template catalogue; updates by
// PUT, unhealthy marks and refused signals; a stack snapshotted and restored, abandoned and
// adopted; software configs and deployments; and a member's stack through its trust.
import { Connection, orchestration, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { quick, randomStack as stackFor, randomTemplate, serverTemplate } from "./support/heat-stacks.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const heat = conn.orchestration;
const { stackIds } = orchestration;
const randomStack = (connection = conn) => stackFor(connection, later);

describe("stacks that fail, and Heat's other calls", () => {
  it("ends waitForStack with Heat's reason when a resource fails", async () => {
    const name = uniqueName("failing");
    const created = await heat.createStack({
      stack_name: name,
      disable_rollback: true,
      template: {
        heat_template_version: "2018-08-31",
        resources: { broken: { type: "OS::Heat::TestResource", properties: { fail: true } } },
      },
    });
    later(`stack ${name}`, () => heat.deleteStack(created.id));
    const failure = await heat.waitForStack(created, quick).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResourceFailureError);
    expect(String(failure)).toMatch(/CREATE_FAILED.*broken/);
  }, 180_000);

  it("previews, validates, and lists template versions, functions and resource types", async () => {
    const preview = await heat.previewStack({ stack_name: uniqueName("preview"), template: randomTemplate(4) });
    expect(preview.resources).toHaveLength(1);
    const validation = await heat.validateTemplate({
      template: serverTemplate,
      show_nested: true,
    });
    expect(Object.keys(validation.Parameters ?? {}).sort()).toEqual(["cidr", "image", "volume_size"]);
    await expect(
      heat.validateTemplate({
        template: { heat_template_version: "2018-08-31", resources: { x: { type: "No::Such" } } },
      }),
    ).rejects.toThrow(/No::Such/);

    const versions = await heat.listTemplateVersions();
    expect(versions.map((v) => v.version)).toContain("heat_template_version.2018-08-31");
    const functions = await heat.listTemplateFunctions({ template_version: "heat_template_version.2018-08-31" });
    expect(functions.map((f) => f.functions)).toContain("get_param");

    // Heat matches the name as a pattern: ServerGroup too.
    expect(await heat.listResourceTypes({ name: "OS::Nova::Server" })).toContain("OS::Nova::Server");
    const schema = await heat.getResourceTypeSchema({ type_name: "OS::Heat::RandomString" });
    expect(schema.properties).toHaveProperty("length");
    const generated = await heat.getResourceTypeTemplate({ type_name: "OS::Heat::RandomString", template_type: "hot" });
    expect(generated).toHaveProperty("heat_template_version");

    expect(await heat.getBuildInfo()).toMatchObject({ api: { revision: expect.any(String) } });
    expect((await heat.listServices()).some((s) => s.binary === "heat-engine" && s.status === "up")).toBe(true);
  });

  it("updates by PUT with a preview first, marks a resource unhealthy, and refuses a signal it cannot take", async () => {
    const { name, stack } = await randomStack();
    const ids = stackIds(stack);
    const changes = await heat.previewUpdateStack({ ...ids, template: randomTemplate(12) });
    expect(changes.replaced.length + changes.updated.length).toBe(1);
    await heat.updateStack({ stack: name, template: randomTemplate(12) });
    await heat.waitForStack(stack, { status: "UPDATE_COMPLETE", ...quick });
    expect((await heat.getStackOutput("value", ids)).output_value).toHaveLength(12);

    await heat.markResourceUnhealthy({ ...ids, resource_name: "random", resource_status_reason: "e2e" });
    expect(await heat.getResource("random", ids)).toMatchObject({
      resource_status: "CHECK_FAILED",
      resource_status_reason: "e2e",
    });
    // A POST under a stack reaches Heat (no redirect turned it into a GET): Heat says why not.
    await expect(heat.signalResource({ stack: name, resource_name: "random", data: { a: 1 } })).rejects.toThrow(
      /signal/i,
    );
    expect(await heat.exportStack(ids)).toMatchObject({ name, resources: { random: {} } });
  }, 180_000);

  it("snapshots and restores a stack, and abandons and adopts one", async () => {
    const { name, stack } = await randomStack();
    const ids = stackIds(stack);
    const before = String((await heat.getStackOutput("value", ids)).output_value);
    const snapshot = await heat.createStackSnapshot({ stack: name, name: "e2e" });
    expect(await heat.waitForStackSnapshot(snapshot, { ...ids, status: "COMPLETE", ...quick })).toMatchObject({
      name: "e2e",
    });
    await heat.waitForStack(stack, { status: "SNAPSHOT_COMPLETE", ...quick });
    expect((await heat.listStackSnapshots(ids)).map((s) => s.id)).toEqual([snapshot.id]);
    await heat.updateStack({ stack, template: randomTemplate(6) });
    await heat.waitForStack(stack, { status: "UPDATE_COMPLETE", ...quick });
    await heat.restoreStackSnapshot({ stack, snapshot });
    await heat.waitForStack(stack, { status: "RESTORE_COMPLETE", ...quick });
    // The template comes back (length 8); RandomString makes a new value on restore.
    expect((await heat.getStackOutput("value", ids)).output_value).toHaveLength(before.length);
    await heat.deleteStackSnapshot(snapshot, ids);
    // Heat's engine deletes the snapshot in a background thread after answering 204.
    await heat.waitForDeleteStackSnapshot(snapshot, { ...ids, ...quick });
    expect(await heat.listStackSnapshots(ids)).toEqual([]);

    const kept = (await heat.getStackOutput("value", ids)).output_value;
    const data = await heat.abandonStack(ids);
    // Heat answers with the data, then forgets the stack (its resources stay).
    await heat.waitForDeleteStack(stack, quick);
    const adopted = await heat.adoptStack({ stack_name: `${name}-adopted`, adopt_stack_data: data });
    later(`stack ${name}-adopted`, () => heat.deleteStack(adopted.id));
    await heat.waitForStack(adopted, { status: "ADOPT_COMPLETE", ...quick });
    const again = await heat.getStack(adopted.id);
    // Adopted, not made anew: the value is the abandoned resource's.
    expect((await heat.getStackOutput("value", stackIds(again))).output_value).toBe(kept);
  }, 240_000);

  it("keeps software configs and deployments", async () => {
    const config = await heat.createSoftwareConfig({
      name: uniqueName("config"),
      group: "script",
      config: "#!/bin/sh\necho hi",
      inputs: [{ name: "foo", type: "String" }],
    });
    later(`software config ${config.id}`, () => heat.deleteSoftwareConfig(config));
    expect(await heat.getSoftwareConfig(config)).toMatchObject({ group: "script", config: "#!/bin/sh\necho hi" });
    expect((await heat.listSoftwareConfigs()).map((c) => c.id)).toContain(config.id);

    const server_id = crypto.randomUUID();
    const deployment = await heat.createSoftwareDeployment({
      server_id,
      config_id: config.id,
      action: "CREATE",
      status: "IN_PROGRESS",
      input_values: { foo: "bar" },
    });
    later(`software deployment ${deployment.id}`, () => heat.deleteSoftwareDeployment(deployment));
    const updated = await heat.updateSoftwareDeployment({
      deployment,
      status: "COMPLETE",
      output_values: { result: "ok" },
    });
    expect(updated).toMatchObject({ status: "COMPLETE", output_values: { result: "ok" } });
    expect((await heat.listSoftwareDeployments({ server_id })).map((d) => d.id)).toEqual([deployment.id]);
    const metadata = await heat.getSoftwareDeploymentMetadata({ server_id });
    expect(metadata[0]).toMatchObject({ id: config.id, group: "script" });
  });

  it("lets a member (not admin) make and delete a stack through its trust", async () => {
    const member = new Connection(demo);
    const { stack } = await randomStack(member);
    expect(stack.stack_status).toBe("CREATE_COMPLETE");
    await member.orchestration.deleteStack(stack);
    await member.orchestration.waitForDeleteStack(stack, quick);
  }, 180_000);
});
