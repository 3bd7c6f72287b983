// A stack's life in the fake Heat: created, patched and replaced, suspended and resumed, deleted.
import { NotFoundError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { type Any, DELAY, setup, template } from "./heat.js";

describe("fake Heat's stacks", () => {
  it("makes a stack CREATE_IN_PROGRESS, then CREATE_COMPLETE with its resources, events and outputs", async () => {
    const { clock, heat } = setup();
    const created = await heat.post("stacks", { json: { stack_name: "web", template: template(6), tags: "a,b" } });
    expect(created.status).toBe(201);
    const { stack } = (await created.json()) as Any;
    expect(created.headers.get("location")).toBe(stack.links[0].href);
    expect(stack.links[0].href).toMatch(new RegExp(`/stacks/web/${stack.id}$`));

    const path = `stacks/web/${stack.id}`;
    const during = ((await heat.get(path).json()) as Any).stack;
    expect(during).toMatchObject({ stack_status: "CREATE_IN_PROGRESS", stack_status_reason: "Stack CREATE started" });
    expect(during.outputs.find((o: Any) => o.output_key === "attr").output_value).toBeNull();
    const resourcesDuring = ((await heat.get(`${path}/resources`).json()) as Any).resources;
    expect(resourcesDuring.map((r: Any) => r.resource_status)).toEqual(Array(3).fill("CREATE_IN_PROGRESS"));

    clock.advance(DELAY);
    // By name, as the SDK asks: Heat's 302 to the canonical path, followed.
    const done = ((await heat.get("stacks/web").json()) as Any).stack;
    expect(done).toMatchObject({
      id: stack.id,
      stack_status: "CREATE_COMPLETE",
      description: "values",
      tags: ["a", "b"],
      parameters: { "OS::stack_name": "web", greeting: "hello", count: "3" },
    });
    const outputs = Object.fromEntries(done.outputs.map((o: Any) => [o.output_key, o]));
    expect(outputs["literal"]).toEqual({ output_key: "literal", description: "a literal", output_value: "fixed" });
    expect(outputs["param"].output_value).toBe(3);
    expect(outputs["attr"].output_value).toBe("hello");
    expect(outputs["random"].output_value).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(outputs["file"]).toMatchObject({ output_value: null, output_error: expect.stringContaining("get_file") });

    const val = ((await heat.get(`${path}/resources/val`).json()) as Any).resource;
    expect(val).toMatchObject({
      resource_status: "CREATE_COMPLETE",
      required_by: ["nothing"],
      attributes: { value: "hello" },
    });
    const events = ((await heat.get(`${path}/events`, { searchParams: { sort_dir: "asc" } }).json()) as Any).events;
    expect(events.map((e: Any) => `${e.resource_name} ${e.resource_status}`)).toEqual([
      "web CREATE_IN_PROGRESS",
      "val CREATE_IN_PROGRESS",
      "rnd CREATE_IN_PROGRESS",
      "nothing CREATE_IN_PROGRESS",
      "val CREATE_COMPLETE",
      "rnd CREATE_COMPLETE",
      "nothing CREATE_COMPLETE",
      "web CREATE_COMPLETE",
    ]);
    const newest = ((await heat.get(`${path}/events`, { searchParams: { limit: 1 } }).json()) as Any).events;
    expect(newest.map((e: Any) => e.resource_status)).toEqual(["CREATE_COMPLETE"]);
    const valEvents = ((await heat.get(`${path}/resources/val/events`).json()) as Any).events;
    const one = ((await heat.get(`${path}/resources/val/events/${valEvents[0].id}`).json()) as Any).event;
    expect(one).toMatchObject({ resource_type: "OS::Heat::Value", resource_properties: { value: "hello" } });
    expect(await heat.get(`${path}/outputs/param`).json()).toEqual({
      output: { output_key: "param", description: "No description given", output_value: 3 },
    });
    expect(((await heat.get(`${path}/template`).json()) as Any).heat_template_version).toBe("2018-08-31");
  });

  it("patches parameters keeping the template, replaces it by PUT, and records each change", async () => {
    const { clock, heat } = setup();
    const { stack } = (await heat.post("stacks", { json: { stack_name: "s", template: template(6) } }).json()) as Any;
    clock.advance(DELAY);
    const path = `stacks/s/${stack.id}`;
    const before = ((await heat.get(`${path}/outputs/random`).json()) as Any).output.output_value;

    expect((await heat.patch(path, { json: { parameters: { greeting: "bye" } } })).status).toBe(202);
    expect(((await heat.get(path).json()) as Any).stack).toMatchObject({
      stack_status: "UPDATE_IN_PROGRESS",
      parameters: { greeting: "bye" },
    });
    clock.advance(DELAY);
    const patched = ((await heat.get(path).json()) as Any).stack;
    expect(patched.stack_status).toBe("UPDATE_COMPLETE");
    expect(patched.updated_time).not.toBeNull();
    expect(patched.outputs.find((o: Any) => o.output_key === "attr").output_value).toBe("bye");
    const resources = ((await heat.get(`${path}/resources`).json()) as Any).resources;
    expect(Object.fromEntries(resources.map((r: Any) => [r.resource_name, r.resource_status]))).toEqual({
      val: "UPDATE_COMPLETE",
      rnd: "CREATE_COMPLETE",
      nothing: "CREATE_COMPLETE",
    });
    expect(((await heat.get(`${path}/outputs/random`).json()) as Any).output.output_value).toBe(before);

    // PUT: a new template; parameters not given go back to their defaults; a resource gone is deleted.
    const { nothing: _, ...kept } = template(12).resources;
    const next = { ...template(12), resources: kept };
    await heat.put(path, { json: { template: next } });
    clock.advance(DELAY);
    const put = ((await heat.get(path).json()) as Any).stack;
    expect(put).toMatchObject({ stack_status: "UPDATE_COMPLETE", parameters: { greeting: "hello" } });
    expect(put.outputs.find((o: Any) => o.output_key === "random").output_value).toHaveLength(12);
    const names = ((await heat.get(`${path}/resources`).json()) as Any).resources.map((r: Any) => r.resource_name);
    expect(names.sort()).toEqual(["rnd", "val"]);
    const events = ((await heat.get(`${path}/events`).json()) as Any).events.map(
      (e: Any) => `${e.resource_name} ${e.resource_status}`,
    );
    expect(events.slice(0, 3)).toEqual(["s UPDATE_COMPLETE", "nothing DELETE_COMPLETE", "rnd UPDATE_COMPLETE"]);
  });

  it("suspends, resumes and checks a stack and its resources, keeping their values", async () => {
    const { clock, heat } = setup();
    const { stack } = (await heat
      .post("stacks", { json: { stack_name: "acts", template: template(6) } })
      .json()) as Any;
    clock.advance(DELAY);
    const path = `stacks/acts/${stack.id}`;
    const random = ((await heat.get(`${path}/outputs/random`).json()) as Any).output.output_value;
    for (const action of ["suspend", "resume", "check"]) {
      expect((await heat.post(`${path}/actions`, { json: { [action]: null } })).status).toBe(200);
      const upper = action.toUpperCase();
      expect(((await heat.get(path).json()) as Any).stack.stack_status).toBe(`${upper}_IN_PROGRESS`);
      clock.advance(DELAY);
      expect(((await heat.get(path).json()) as Any).stack.stack_status).toBe(`${upper}_COMPLETE`);
      const statuses = ((await heat.get(`${path}/resources`).json()) as Any).resources.map(
        (r: Any) => r.resource_status,
      );
      expect(statuses).toEqual(Array(3).fill(`${upper}_COMPLETE`));
    }
    expect(((await heat.get(`${path}/outputs/random`).json()) as Any).output.output_value).toBe(random);
    await expect(heat.post(`${path}/actions`, { json: { explode: null } })).rejects.toThrow(
      "Invalid action explode specified",
    );
  });

  it("deletes: DELETE_IN_PROGRESS, then DELETE_COMPLETE by id and 404 by name", async () => {
    const { clock, heat } = setup();
    const { stack } = (await heat
      .post("stacks", { json: { stack_name: "gone", template: template(4) } })
      .json()) as Any;
    clock.advance(DELAY);
    // By name: the 302 keeps the method, and the session follows it.
    expect((await heat.delete("stacks/gone")).status).toBe(204);
    const deleting = ((await heat.get(`stacks/${stack.id}`).json()) as Any).stack;
    expect(deleting.stack_status).toBe("DELETE_IN_PROGRESS");
    clock.advance(DELAY);
    const deleted = ((await heat.get(`stacks/${stack.id}`).json()) as Any).stack;
    expect(deleted).toMatchObject({ stack_status: "DELETE_COMPLETE", deletion_time: expect.any(String) });
    expect(deleted.outputs).toBeUndefined();
    expect(((await heat.get(`stacks/gone/${stack.id}/resources`).json()) as Any).resources).toEqual([]);
    await expect(heat.get("stacks/gone")).rejects.toThrow("The Stack (gone) could not be found.");
    await expect(heat.delete(`stacks/gone/${stack.id}`)).rejects.toBeInstanceOf(NotFoundError);
    expect(((await heat.get("stacks").json()) as Any).stacks).toEqual([]);
    const all = ((await heat.get("stacks", { searchParams: { show_deleted: true } }).json()) as Any).stacks;
    expect(all.map((s: Any) => s.stack_status)).toEqual(["DELETE_COMPLETE"]);
  });
});
