import { readdirSync, readFileSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { VERSION_HEADER } from "../../src/microversion.js";
import { API, INSPECTOR, inspectorCloud } from "../fixtures.js";

const { server, setup } = inspectorCloud();
const sample = (file: string): any => JSON.parse(readFileSync(new URL(`samples/${file}`, import.meta.url), "utf8"));
const NODE = "c244557e-899f-46fa-a1ff-5b2c6718616b";
const RULE = "b0ea6361-03cd-467c-859c-7230547dcb9a";

function answerWith(body: unknown, status = 200) {
  server.use(http.all(`${API}/*`, () => HttpResponse.json(body as object, { status })));
}

type Facade = ReturnType<typeof setup>["facade"];
const responseCases: { file: string; key?: string; call: (f: Facade) => PromiseLike<unknown> }[] = [
  { file: "api-v1-get-introspection-response.json", call: (f) => f.getIntrospection(NODE) },
  { file: "api-v1-get-introspections-response.json", key: "introspection", call: (f) => f.listIntrospections() },
  {
    file: "api-v1-data-introspection-response.json",
    call: (f) => f.getIntrospectionData({ introspection: NODE }),
  },
  { file: "api-v1-get-rule-response.json", call: (f) => f.getIntrospectionRule(RULE) },
  { file: "api-v1-get-rules-response.json", key: "rules", call: (f) => f.listIntrospectionRules() },
];

describe("the inspector's response samples parse and keep every field", () => {
  it.each(responseCases.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    const body = sample(c.file);
    answerWith(body);
    expect(await c.call(facade)).toEqual(c.key ? body[c.key] : body);
  });
});

describe("what the SDK sends equals the inspector's request samples", () => {
  it("api-v1-create-rule-request.json, answered by api-v1-create-rule-response.json", async () => {
    const { facade, seen } = setup();
    const request = sample("api-v1-create-rule-request.json");
    const response = sample("api-v1-create-rule-response.json");
    answerWith(response, 201);
    expect(await facade.createIntrospectionRule(request)).toEqual(response);
    const writes = seen.filter((r) => r.method === "POST");
    expect(writes.map((r) => r.url)).toEqual([`${API}/rules`]);
    expect(await writes[0]!.json()).toEqual(request);
  });
});

describe("the discovery documents", () => {
  it("api-root-response.json: its version id is the newest microversion, and is what is sent", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${INSPECTOR}/`, () => HttpResponse.json(sample("api-root-response.json"))),
      http.get(`${API}/introspection/${NODE}`, () =>
        HttpResponse.json(sample("api-v1-get-introspection-response.json")),
      ),
    );
    await facade.getIntrospection(NODE);
    expect(seen.at(-1)!.headers.get(VERSION_HEADER)).toBe("1.12");
  });

  it("api-v1-root-response.json: a resources index, no versions in it", () => {
    const body = sample("api-v1-root-response.json");
    expect(body.resources.map((r: { name: string }) => r.name).sort()).toEqual(["continue", "introspection", "rules"]);
  });
});

describe("the sample folder", () => {
  it("holds the 12 files SOURCE.md counts, each named by a case or by SOURCE.md's reasons", () => {
    const files = readdirSync(new URL("samples/", import.meta.url)).sort();
    const named = [
      ...responseCases.map((c) => c.file),
      "api-v1-create-rule-request.json",
      "api-v1-create-rule-response.json",
      "api-root-response.json",
      "api-v1-root-response.json",
      "api-v1-continue-request.json",
      "api-v1-common-node-uuid.json",
      "api-v1-common-rule-uuid.json",
    ].sort();
    expect(files).toEqual(named);
    expect(() => sample("api-v1-continue-request.json")).toThrow(SyntaxError);
  });
});
