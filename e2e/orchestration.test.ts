// Heat on the real cloud: a stack of a Neutron network and subnet, a Cinder volume and a Nova
// server (fake driver) goes to CREATE_COMPLETE with every real thing made, is updated, checked,
// suspended and resumed, and deleted with everything it made. Heat's other calls (a failing
// stack, previews, snapshots, adoption, software configs, a member's stack) are in
// orchestration-calls.test.ts. The heat-engine runs over RabbitMQ (e2e/cloud/services/heat.sh).
import { Connection, NotFoundError, orchestration } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { quick, serverTemplate } from "./support/heat-stacks.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const heat = conn.orchestration;
const { stackIds } = orchestration;

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
