import { readdirSync } from "node:fs";
import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, placementCloud } from "../fixtures.js";
import { requestCases, unspokenCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { type Body, sample } from "./sample-cases.js";

const { server, setup } = placementCloud();

/** Answers every Placement call but the root document with `body`, or 204 without one. */
function answerWith(body: Body) {
  server.use(
    http.all(`${API}/*`, ({ request }) => {
      if (new URL(request.url).pathname === "/") return undefined;
      return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body);
    }),
  );
}

describe("Placement's response samples parse at their microversion and keep every field", () => {
  it.each(responseCases.map((c) => [`${c.file} @ ${c.microversion}`, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup(c.microversion);
    const body = sample(c.file);
    answerWith(body);
    expect(await c.call(facade)).toEqual(c.key ? body[c.key] : body);
    expect(seen.map(microversionOf)).toEqual([`placement ${c.microversion}`]);
  });
});

describe("what the SDK sends equals Placement's request samples, at their microversion", () => {
  it.each(requestCases.map((c) => [`${c.file} @ ${c.microversion}`, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup(c.microversion);
    const request = sample(c.file);
    const response = c.response === undefined ? undefined : sample(c.response);
    answerWith(response);
    const result = await c.call(facade, request);
    const writes = seen.filter((r) => r.method !== "GET");
    expect(writes).toHaveLength(1);
    expect(microversionOf(writes[0]!)).toBe(`placement ${c.microversion}`);
    expect(await writes[0]!.json()).toEqual(request);
    if (response !== undefined) expect(result).toEqual(response);
  });
});

describe("samples of microversions the SDK does not speak for their call", () => {
  it.each(unspokenCases.map((c) => [`${c.file} @ ${c.microversion}: ${c.why}`, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup(c.microversion);
    answerWith(sample(c.file));
    await expect(c.call(facade)).rejects.toBeInstanceOf(MicroversionError);
    expect(seen).toHaveLength(0);
  });
});

describe("the sample folder", () => {
  it("has a case for every sample it holds", () => {
    const files = readdirSync(new URL(".", import.meta.url), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replaceAll("\\", "/"));
    const tried = new Set([
      ...responseCases.map((c) => c.file),
      ...requestCases.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
      ...unspokenCases.map((c) => c.file),
    ]);
    expect(files.filter((file) => !tried.has(file)).sort()).toEqual([]);
    expect([...tried].filter((file) => !files.includes(file))).toEqual([]);
  });
});
