import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { imageTasksBody } from "./fixtures.js";

const { server, setup } = imageCloud();
const IMAGE = "dddddddd-dddd-dddd-dddd-dddddddddddd";

describe("image tasks", () => {
  it("lists the tasks that worked on one image", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/images/:image/tasks`, () => HttpResponse.json(imageTasksBody)));
    const [task] = await facade.listImageTasks({ image_id: IMAGE });
    expect(task).toMatchObject({
      type: "api_image_import",
      status: "processing",
      message: "Copied 15 MiB",
      image_id: IMAGE,
      deleted: false,
    });
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([`/v2/images/${IMAGE}/tasks`]);
    // @ts-expect-error: no filters here
    await expect(facade.listImageTasks({ image_id: IMAGE, status: "success" })).rejects.toThrow(
      /has no filter 'status'/,
    );
  });
});
