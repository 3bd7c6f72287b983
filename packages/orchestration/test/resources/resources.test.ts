import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { stackIds } from "../../src/stacks/stack-path.js";
import { CANONICAL, orchestrationCloud, sent, serveStackList, STACK_ID, stackBody } from "../fixtures.js";

const { server, setup } = orchestrationCloud();
const canonical = CANONICAL;
const AT = `/stacks/web/${STACK_ID}`;
const ids = stackIds(stackBody().stack);

describe("a stack's resources", () => {
  it("are listed and read at the stack's canonical path, filters by their wire names", async () => {
    const { facade, seen } = setup();
    const resource = { resource_name: "server", resource_type: "OS::Nova::Server", resource_status: "CREATE_COMPLETE" };
    server.use(
      http.get(`${canonical}/resources`, () => HttpResponse.json({ resources: [resource] })),
      http.get(`${canonical}/resources/server`, () => HttpResponse.json({ resource })),
    );
    expect(await facade.listResources({ ...ids, nested_depth: 2, type: "OS::Nova::Server" })).toEqual([resource]);
    expect(await facade.getResource("server", ids)).toEqual(resource);
    expect(seen.map(sent)).toEqual([
      `GET ${AT}/resources?nested_depth=2&type=OS::Nova::Server`,
      `GET ${AT}/resources/server`,
    ]);
    await expect(facade.listResources({ stack_name: "web" } as never)).rejects.toThrow(/'stack_id' is needed/);
  });

  it("marks one unhealthy with a PATCH, and clears the mark", async () => {
    const { facade, seen } = setup();
    server.use(http.patch(`${canonical}/resources/server`, () => new HttpResponse(null, { status: 200 })));
    await facade.markResourceUnhealthy({ ...ids, resource_name: "server", resource_status_reason: "disk gone" });
    await facade.markResourceUnhealthy({ ...ids, resource_name: "server", mark_unhealthy: false });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { mark_unhealthy: true, resource_status_reason: "disk gone" },
      { mark_unhealthy: false },
    ]);
  });

  it("signals one with a POST to the canonical path, looked up in the list from the stack's name", async () => {
    const { facade, seen } = setup();
    serveStackList(server, () => [stackBody().stack]);
    server.use(http.post(`${canonical}/resources/handle/signal`, () => new HttpResponse(null, { status: 200 })));
    await facade.signalResource({ stack: "web", resource_name: "handle", data: { status: "SUCCESS" } });
    expect(seen.map(sent)).toEqual(["GET /stacks?name=web&show_nested=true", `POST ${AT}/resources/handle/signal`]);
    expect(await seen[1]!.json()).toEqual({ status: "SUCCESS" });
    // A resource name cannot leave its path segment: refused before any request.
    const before = seen.length;
    await expect(facade.signalResource({ stack: stackBody().stack, resource_name: "a/b" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(seen).toHaveLength(before);
  });
});
