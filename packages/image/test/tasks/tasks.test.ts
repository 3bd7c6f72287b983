import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { successBody, taskBody, taskCreateRequest, tasksListBody } from "./fixtures.js";

const { server, setup } = imageCloud();

describe("tasks", () => {
  it("lists with filters, following Glance's next link", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/tasks`, ({ request }) =>
        new URL(request.url).searchParams.has("marker")
          ? HttpResponse.json({ ...tasksListBody, tasks: tasksListBody.tasks.slice(1) })
          : HttpResponse.json({
              ...tasksListBody,
              tasks: tasksListBody.tasks.slice(0, 1),
              next: `/v2/tasks?type=import&status=processing&marker=${tasksListBody.tasks[0]!.id}`,
            }),
      ),
    );
    const list = await facade.listTasks({ type: "import", status: "processing", sort_dir: "desc" });
    expect(list.map((t) => t.id)).toEqual(tasksListBody.tasks.map((t) => t.id));
    // Lists leave out input, result and message.
    expect(list[0]?.input).toBeUndefined();
    expect(seen.map((r) => new URL(r.url).search)).toEqual([
      "?type=import&status=processing&sort_dir=desc",
      `?type=import&status=processing&marker=${tasksListBody.tasks[0]!.id}`,
    ]);
  });

  it("creates a task from its type and input, and waits for its success", async () => {
    const { facade, seen } = setup();
    const states = [taskBody, { ...taskBody, status: "processing" }, successBody];
    server.use(
      http.post(`${API}/tasks`, () => HttpResponse.json(taskBody, { status: 201 })),
      http.get(`${API}/tasks/:id`, () => HttpResponse.json(states.shift())),
    );
    const task = await facade.createTask(taskCreateRequest);
    expect(await seen[0]!.json()).toEqual(taskCreateRequest);
    const done = await facade.waitForTask(task, { status: "success", interval: 1 });
    expect(done.result).toEqual({ image_id: "2b61ed2b-f800-4da0-99ff-396b742b8646" });
    expect(done.expires_at).toBe("2016-07-01T16:13:07Z");
    // @ts-expect-error: a task needs its input
    await expect(facade.createTask({ type: "import" })).rejects.toThrow(/needs 'input'/);
  });

  it("ends a wait with ResourceFailureError when the task fails", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/tasks/:id`, () =>
        HttpResponse.json({ ...taskBody, status: "failure", message: "Input to api_image_import task is empty." }),
      ),
    );
    await expect(facade.waitForTask(taskBody.id, { status: "success", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
    expect((await facade.getTask(taskBody.id)).message).toBe("Input to api_image_import task is empty.");
  });
});
