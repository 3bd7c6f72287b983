import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, CANONICAL, orchestrationCloud, sent, STACK_ID, stackBody } from "../fixtures.js";

const { server, setup } = orchestrationCloud();

describe("stacks", () => {
  it("creates from YAML text sent as it is, tags joined, and answers the new stack's id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/stacks`, () =>
        HttpResponse.json({ stack: { id: STACK_ID, links: [{ rel: "self", href: CANONICAL }] } }, { status: 201 }),
      ),
    );
    const template = "heat_template_version: 2018-08-31\nresources: {}\n";
    const created = await facade.createStack({
      stack_name: "web",
      template,
      parameters: { flavor: "m1.tiny" },
      environment: "parameters: {}\n",
      files: { "a.yaml": "x" },
      tags: ["a", "b"],
      timeout_mins: 5,
    });
    expect(created).toEqual({ id: STACK_ID, links: [{ rel: "self", href: CANONICAL }] });
    expect(seen.map(sent)).toEqual(["POST /stacks"]);
    expect(await seen[0]!.json()).toEqual({
      stack_name: "web",
      template,
      parameters: { flavor: "m1.tiny" },
      environment: "parameters: {}\n",
      files: { "a.yaml": "x" },
      tags: "a,b",
      timeout_mins: 5,
    });
  });

  it("refuses, before any request, a template given twice and a field Heat does not take", async () => {
    const { facade, seen } = setup();
    await expect(facade.createStack({ stack_name: "x", template: {}, template_url: "http://t" })).rejects.toThrow(
      /'template' or as 'template_url', not both/,
    );
    await expect(
      facade.createStack({ stack_name: "x", template: {}, ...({ paramters: {} } as object) }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toEqual([]);
  });

  it("lists with Heat's filters by their wire names, and refuses others", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/stacks`, () => HttpResponse.json({ stacks: [stackBody().stack] })));
    expect(await facade.listStacks({ name: "web", status: ["COMPLETE"], show_nested: true })).toHaveLength(1);
    expect(seen.map(sent)).toEqual(["GET /stacks?name=web&status=COMPLETE&show_nested=true"]);
    await expect(facade.listStacks({ stack_name: "web" } as never)).rejects.toThrow(/no filter .stack_name./);
  });
});
