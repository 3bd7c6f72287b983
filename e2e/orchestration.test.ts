// Heat on the real cloud: a stack of a Neutron network and subnet, a Cinder volume and a Nova
// server (fake driver) goes to CREATE_COMPLETE with every real thing made, is updated, checked,
// suspended and resumed, and deleted with everything it made; a failing stack's reason reaches
// the caller; a stack is snapshotted and restored, abandoned and adopted. The heat-engine runs
// over RabbitMQ (e2e/cloud/services/heat.sh).
import { Connection, NotFoundError, orchestration, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const heat = conn.orchestration;
const { stackIds } = orchestration;

/** The template as YAML text, sent as it is: Heat parses it. */
const serverTemplate = `
heat_template_version: 2018-08-31
parameters:
  image: {type: string}
  cidr: {type: string, default: 10.98.0.0/24}
  volume_size: {type: number, default: 1}
resources:
  net:
    type: OS::Neutron::Net
  subnet:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: {get_param: cidr}}
  volume:
    type: OS::Cinder::Volume
    properties: {size: {get_param: volume_size}}
  server:
    type: OS::Nova::Server
    depends_on: subnet
    properties:
      image: {get_param: image}
      flavor: m1.tiny
      networks: [{network: {get_resource: net}}]
outputs:
  server_id: {value: {get_resource: server}, description: the Nova server}
  cidr: {value: {get_attr: [subnet, cidr]}}
`;

/** A template of no real thing, as an object: quick to make, update, snapshot and adopt. */
function randomTemplate(length: number) {
  return {
    heat_template_version: "2018-08-31",
    resources: { random: { type: "OS::Heat::RandomString", properties: { length } } },
    outputs: { value: { value: { get_attr: ["random", "value"] } } },
  };
}

const quick = { interval: 500, maxInterval: 2_000, timeout: 120_000 };

async function randomStack(connection = conn) {
  const name = uniqueName("stack");
  const created = await connection.orchestration.createStack({ stack_name: name, template: randomTemplate(8) });
  later(`stack ${name}`, () => connection.orchestration.deleteStack(created.id));
  return { name, stack: await connection.orchestration.waitForStack(created, quick) };
}

describe("a stack of a network, a subnet, a volume and a server on the real Heat", () => {
  it("creates every real thing, updates, checks, suspends, resumes and deletes it all", async () => {
    // A few bytes are an image as far as Glance and the fake driver care.
    const image = await conn.image.createImage({
      name: uniqueName("heat-image"),
      disk_format: "raw",
      container_format: "bare",
    });
    later(`image ${image.id}`, () => conn.image.deleteImage(image));
    await conn.image.put(`images/${image.id}/file`, {
      body: new Uint8Array(512),
      headers: { "Content-Type": "application/octet-stream" },
    });

    const name = uniqueName("stack");
    const created = await heat.createStack({
      stack_name: name,
      template: serverTemplate,
      parameters: { image: image.id },
      tags: ["e2e", "heat"],
      timeout_mins: 10,
    });
    later(`stack ${name}`, () => heat.deleteStack(created.id));
    const progress: string[] = [];
    const stack = await heat.waitForStack(created, {
      interval: 1_000,
      maxInterval: 3_000,
      timeout: 240_000,
      onProgress: (s) => progress.push(s.stack_status),
    });
    expect(stack).toMatchObject({ id: created.id, stack_name: name, stack_status: "CREATE_COMPLETE" });
    expect(stack.tags).toEqual(["e2e", "heat"]);
    expect(progress.at(-1)).toBe("CREATE_COMPLETE");

    // By name too: Heat redirects stacks/{name} to stacks/{name}/{id}, and the session follows.
    expect((await heat.getStack(name)).id).toBe(created.id);
    expect((await heat.findStack(name, { ignoreMissing: false })).id).toBe(created.id);
    expect((await heat.listStacks({ name })).map((s) => s.id)).toEqual([created.id]);

    // Every resource exists, and is the real thing of its service.
    const ids = stackIds(stack);
    const resources = await heat.listResources(ids);
    const byName = Object.fromEntries(resources.map((r) => [r.resource_name, r]));
    expect(Object.keys(byName).sort()).toEqual(["net", "server", "subnet", "volume"]);
    expect(resources.every((r) => r.resource_status === "CREATE_COMPLETE")).toBe(true);
    expect((await conn.network.getNetwork(byName["net"]!.physical_resource_id!)).id).toBeTruthy();
    expect((await conn.network.getSubnet(byName["subnet"]!.physical_resource_id!)).cidr).toBe("10.98.0.0/24");
    expect((await conn.blockStorage.getVolume(byName["volume"]!.physical_resource_id!)).status).toBe("available");
    const server = await conn.compute.getServer(byName["server"]!.physical_resource_id!);
    expect(server.status).toBe("ACTIVE");
    const one = await heat.getResource("server", ids);
    expect(one).toMatchObject({ resource_type: "OS::Nova::Server", physical_resource_id: server.id });
    expect(one.attributes).toBeDefined();

    // Outputs, events, template, environment.
    expect((await heat.listStackOutputs(ids)).map((o) => o.output_key).sort()).toEqual(["cidr", "server_id"]);
    expect(await heat.getStackOutput("server_id", ids)).toMatchObject({
      output_value: server.id,
      description: "the Nova server",
    });
    const events = await heat.listStackEvents(ids);
    expect(events.map((e) => `${e.resource_name} ${e.resource_status}`)).toEqual(
      expect.arrayContaining(["server CREATE_COMPLETE", `${name} CREATE_COMPLETE`]),
    );
    const serverEvents = await heat.listResourceEvents({ ...ids, resource_name: "server" });
    const event = await heat.getResourceEvent(serverEvents[0]!.id, { ...ids, resource_name: "server" });
    expect(event.resource_name).toBe("server");
    expect(await heat.getStackTemplate(ids)).toMatchObject({ heat_template_version: "2018-08-31" });
    expect(await heat.getStackEnvironment(ids)).toMatchObject({ parameters: { image: image.id } });

    // A patch update changes one parameter, keeping the template and the others: Cinder
    // extends the volume in place. (Not the subnet's cidr: the server's port holds an address.)
    await heat.patchStack({ stack: stack, parameters: { volume_size: 2 } });
    await heat.waitForStack(stack, { status: "UPDATE_COMPLETE", ...quick, timeout: 240_000 });
    const volume = await conn.blockStorage.getVolume(byName["volume"]!.physical_resource_id!);
    expect(volume.size).toBe(2);
    expect((await heat.getStack(stack)).parameters).toMatchObject({ image: image.id, volume_size: "2" });

    // Check, suspend and resume are POSTs under the stack: its canonical path is used.
    await heat.checkStack(name);
    await heat.waitForStack(created.id, { status: "CHECK_COMPLETE", ...quick });
    await heat.suspendStack(created.id);
    await heat.waitForStack(created.id, { status: "SUSPEND_COMPLETE", ...quick });
    expect((await conn.compute.getServer(server.id)).status).toBe("SUSPENDED");
    await heat.resumeStack(stack);
    await heat.waitForStack(created.id, { status: "RESUME_COMPLETE", ...quick });
    expect((await conn.compute.getServer(server.id)).status).toBe("ACTIVE");

    // Deleting removes every real thing; by id, Heat still shows the stack, as DELETE_COMPLETE
    // (by name too, until the engine purges its row: then a 404).
    await heat.deleteStack(created.id);
    await heat.waitForDeleteStack(created.id, { ...quick, timeout: 240_000 });
    expect((await heat.getStack(created.id)).stack_status).toBe("DELETE_COMPLETE");
    await expect(conn.compute.getServer(server.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.network.getNetwork(byName["net"]!.physical_resource_id!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.blockStorage.getVolume(byName["volume"]!.physical_resource_id!)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  }, 600_000);
});

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
