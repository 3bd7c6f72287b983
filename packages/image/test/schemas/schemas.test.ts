import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { memberSchemaBody } from "./fixtures.js";

const { server, setup } = imageCloud();

describe("schemas", () => {
  it("gets a schema by name", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/schemas/member`, () => HttpResponse.json(memberSchemaBody)));
    const schema = await facade.getSchema("member");
    expect(schema.name).toBe("member");
    expect(schema.properties["status"]).toMatchObject({ enum: ["pending", "accepted", "rejected"] });
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(["/v2/schemas/member"]);
  });
});
