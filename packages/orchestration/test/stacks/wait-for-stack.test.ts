import { ResourceFailureError, ResourceTimeoutError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { CANONICAL, orchestrationCloud, sent, serveStackList, STACK_ID, stackBody } from "../fixtures.js";

const { server, setup } = orchestrationCloud();
const quick = { interval: 1, maxInterval: 1 };
const AT = `GET /stacks/web/${STACK_ID}`;

/** The stack goes through `states`, one per GET at its canonical URL; the list shows the latest. */
function answer(...states: [string, string][]) {
  let i = 0;
  let now = states[0]!;
  serveStackList(server, () => [stackBody(...now).stack]);
  server.use(
    http.get(CANONICAL, () => {
      now = states[Math.min(i++, states.length - 1)]!;
      return HttpResponse.json(stackBody(...now));
    }),
  );
}

describe("waiting for a stack", () => {
  it("looks the stack up once, then polls stack_status at its canonical URL until it is reached", async () => {
    const { facade, seen } = setup();
    answer(["CREATE_IN_PROGRESS", "started"], ["CREATE_COMPLETE", "done"]);
    const seenStates: string[] = [];
    const stack = await facade.waitForStack(STACK_ID, { ...quick, onProgress: (s) => seenStates.push(s.stack_status) });
    expect(stack.stack_status).toBe("CREATE_COMPLETE");
    expect(seenStates).toEqual(["CREATE_IN_PROGRESS", "CREATE_COMPLETE"]);
    expect(seen.map(sent)).toEqual([`GET /stacks?id=${STACK_ID}&show_deleted=true&show_nested=true`, AT, AT]);
  });

  it("fails on any *_FAILED with Heat's reason", async () => {
    const { facade } = setup();
    answer(["UPDATE_IN_PROGRESS", ""], ["UPDATE_FAILED", "Resource UPDATE failed: server: quota exceeded"]);
    const error = await facade
      .waitForStack(stackBody().stack, { status: "UPDATE_COMPLETE", ...quick })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailureError);
    expect(String(error)).toContain("UPDATE_FAILED while waiting for UPDATE_COMPLETE: Resource UPDATE failed: server");
  });

  it("times out naming the last state", async () => {
    const { facade } = setup();
    answer(["CREATE_IN_PROGRESS", ""]);
    await expect(facade.waitForStack("web", { ...quick, timeout: 5 })).rejects.toThrow(ResourceTimeoutError);
  });

  it("waits for a delete: DELETE_COMPLETE by id; by name, gone from the list", async () => {
    const { facade, seen } = setup();
    answer(["DELETE_IN_PROGRESS", ""], ["DELETE_COMPLETE", "done"]);
    await facade.waitForDeleteStack(STACK_ID, quick);
    expect(seen.map(sent)).toEqual([`GET /stacks?id=${STACK_ID}&show_deleted=true&show_nested=true`, AT, AT]);
    // Deleted: the lookup by name no longer lists it.
    await facade.waitForDeleteStack("web", quick);
    expect(seen.map(sent).slice(3)).toEqual(["GET /stacks?name=web&show_nested=true"]);
    answer(["DELETE_FAILED", "volume in use"]);
    await expect(facade.waitForDeleteStack("web", quick)).rejects.toThrow(/DELETE_FAILED.*volume in use/);
  });

  it("ends a delete's wait on a 404 at the canonical URL (the stack purged)", async () => {
    const { facade } = setup();
    server.use(http.get(CANONICAL, () => HttpResponse.json({ code: 404 }, { status: 404 })));
    await facade.waitForDeleteStack(stackBody().stack, quick);
  });
});
