import { DuplicateResourceError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, CANONICAL, orchestrationCloud, sent, serveStackList, STACK_ID, stackBody } from "../fixtures.js";

const { server, setup } = orchestrationCloud();
const BY_ID = `GET /stacks?id=${STACK_ID}&show_deleted=true&show_nested=true`;
const BY_NAME = "GET /stacks?name=web&show_nested=true";
const AT = `/stacks/web/${STACK_ID}`;

/** One stack in Heat's list, and its canonical URL; Heat's `stacks/{name or id}` is not served. */
function oneStack(status = "CREATE_COMPLETE") {
  const { facade, seen } = setup();
  serveStackList(server, () => [stackBody(status).stack]);
  server.use(
    http.get(CANONICAL, () => HttpResponse.json(stackBody(status))),
    http.put(CANONICAL, () => new HttpResponse(null, { status: 202 })),
    http.patch(CANONICAL, () => new HttpResponse(null, { status: 202 })),
    http.delete(CANONICAL, () => new HttpResponse(null, { status: 204 })),
    http.post(`${CANONICAL}/actions`, () => new HttpResponse(null, { status: 200 })),
  );
  return { facade, seen };
}

describe("a stack named by its id or name alone is looked up in the list, never redirected", () => {
  it("gets one by id (deleted and nested stacks included, as Heat's lookup) and by name", async () => {
    const { facade, seen } = oneStack();
    expect((await facade.getStack(STACK_ID)).stack_name).toBe("web");
    expect((await facade.getStack("web", { resolve_outputs: false })).id).toBe(STACK_ID);
    expect((await facade.getStack({ id: STACK_ID })).stack_status).toBe("CREATE_COMPLETE");
    expect(seen.map(sent)).toEqual([
      BY_ID,
      `GET ${AT}`,
      BY_NAME,
      `GET ${AT}?resolve_outputs=false`,
      BY_ID,
      `GET ${AT}`,
    ]);
  });

  it("costs no lookup when the name and id are given, as a stack or as 'name/id'", async () => {
    const { facade, seen } = oneStack();
    await facade.getStack(stackBody().stack);
    await facade.getStack(`web/${STACK_ID}`);
    await facade.deleteStack({ stack_name: "web", id: STACK_ID });
    await facade.updateStack({ stack: stackBody().stack, parameters: { a: 1 } });
    await facade.suspendStack(`web/${STACK_ID}`);
    expect(seen.map(sent)).toEqual([`GET ${AT}`, `GET ${AT}`, `DELETE ${AT}`, `PUT ${AT}`, `POST ${AT}/actions`]);
  });

  it("tries a UUID-like name by id, then by name, as Heat does", async () => {
    const { facade, seen } = setup();
    const named = { ...stackBody().stack, stack_name: STACK_ID, id: "0b7c4c1e-1111-4c69-9d0e-2f3a4b5c6d7e" };
    serveStackList(server, () => [named]);
    server.use(http.get(`${API}/stacks/${STACK_ID}/${named.id}`, () => HttpResponse.json({ stack: named })));
    expect((await facade.getStack(STACK_ID)).id).toBe(named.id);
    expect(seen.map(sent)).toEqual([
      BY_ID,
      `GET /stacks?name=${STACK_ID}&show_nested=true`,
      `GET /stacks/${STACK_ID}/${named.id}`,
    ]);
  });

  it("finds by name or id, read whole; nothing found is null, or NotFoundError when asked", async () => {
    const { facade, seen } = oneStack();
    expect((await facade.findStack("web"))?.id).toBe(STACK_ID);
    expect((await facade.findStack(STACK_ID, { global_tenant: true }))?.stack_name).toBe("web");
    expect(await facade.findStack("other")).toBeNull();
    await expect(facade.findStack("other", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(sent).slice(0, 4)).toEqual([
      BY_NAME,
      `GET ${AT}`,
      `GET /stacks?global_tenant=true&id=${STACK_ID}&show_deleted=true&show_nested=true`,
      `GET ${AT}`,
    ]);
  });

  it("finds no deleted stack: DELETE_COMPLETE is not found, as openstacksdk's fetch says", async () => {
    const { facade, seen } = oneStack("DELETE_COMPLETE");
    expect(await facade.findStack(STACK_ID)).toBeNull();
    expect((await facade.getStack(STACK_ID)).stack_status).toBe("DELETE_COMPLETE");
    expect(seen.map(sent)).toEqual([BY_ID, `GET ${AT}`, BY_ID, `GET ${AT}`]);
  });

  it("deletes by name at the canonical URL; a stack not there is ignored unless asked", async () => {
    const { facade, seen } = oneStack();
    await facade.deleteStack("web");
    await facade.deleteStack("other");
    await expect(facade.deleteStack("other", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(sent)).toEqual([
      BY_NAME,
      `DELETE ${AT}`,
      "GET /stacks?name=other&show_nested=true",
      "GET /stacks?name=other&show_nested=true",
    ]);
  });

  it("updates by PUT and PATCH at the canonical URL, looked up from an id or a name", async () => {
    const { facade, seen } = oneStack();
    await facade.updateStack({ stack: "web", template: { resources: {} }, parameters: { a: 1 } });
    await facade.patchStack({ stack: STACK_ID, parameters: { a: 2 }, clear_parameters: ["b"] });
    expect(seen.map(sent)).toEqual([BY_NAME, `PUT ${AT}`, BY_ID, `PATCH ${AT}`]);
    expect(await seen[1]!.json()).toEqual({ template: { resources: {} }, parameters: { a: 1 } });
    expect(await seen[3]!.json()).toEqual({ parameters: { a: 2 }, clear_parameters: ["b"] });
  });

  it("POSTs actions to the canonical path: looked up for a name, taken from a stack object", async () => {
    const { facade, seen } = oneStack();
    await facade.suspendStack("web");
    await facade.resumeStack(stackBody().stack);
    await facade.checkStack(stackBody().stack);
    await facade.cancelStackUpdate(stackBody().stack);
    await facade.cancelStackUpdate(stackBody().stack, { rollback: false });
    expect(seen.map(sent)).toEqual([BY_NAME, ...Array(5).fill(`POST ${AT}/actions`)]);
    const bodies = await Promise.all(seen.slice(1).map((r) => r.json()));
    expect(bodies).toEqual([
      { suspend: null },
      { resume: null },
      { check: null },
      { cancel_update: null },
      { cancel_without_rollback: null },
    ]);
  });

  it("refuses, before any request, a bad name, an unknown option and a bad body", async () => {
    const { facade, seen } = oneStack();
    await expect(facade.getStack("a/b/c")).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(facade.getStack({} as never)).rejects.toThrow(/named by its id, its name/);
    await expect(facade.getStack("web", { bogus: 1 } as never)).rejects.toThrow(/getStack has no option 'bogus'/);
    await expect(facade.findStack("web", { stack_name: "x" } as never)).rejects.toThrow(/findStack has no option/);
    await expect(facade.updateStack({ stack: "web", paramters: {} } as never)).rejects.toThrow(/no field 'paramters'/);
    await expect(facade.waitForStack("web", { every: 1 } as never)).rejects.toThrow(/waitForStack has no option/);
    expect(seen).toEqual([]);
  });

  it("says which stacks a name matches when the list holds several", async () => {
    const { facade } = setup();
    serveStackList(server, () => [stackBody().stack, { ...stackBody().stack, id: "other-id" }]);
    await expect(facade.getStack("web")).rejects.toBeInstanceOf(DuplicateResourceError);
  });
});
