import { readdirSync } from "node:fs";
import { InvalidArgumentError, ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { Listener } from "../../src/listeners/listener.js";
import { SessionPersistence } from "../../src/pools/pool.js";
import { API, loadBalancerCloud } from "../fixtures.js";
import { malformedCases, refusedCases, requestCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { type Body, sample } from "./sample-cases.js";

const { server, setup } = loadBalancerCloud();

/** Answers every Octavia call with `body`, or 202 without one (Octavia's answer to a batch update). */
function answerWith(body: Body) {
  server.use(
    http.all(`${API}/*`, () =>
      body === undefined ? new HttpResponse(null, { status: 202 }) : HttpResponse.json(body),
    ),
  );
}

describe("Octavia's response samples parse and keep every field", () => {
  it.each(responseCases.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    const body = sample(c.file);
    answerWith(body);
    expect(await c.call(facade)).toEqual(body[c.key]);
  });
});

describe("what the SDK sends equals Octavia's request samples", () => {
  it.each(requestCases.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup();
    const request = sample(c.file);
    const response = c.response === undefined ? undefined : sample(c.response);
    answerWith(response);
    const result = await c.call(facade, request);
    const writes = seen.filter((r) => r.method !== "GET");
    expect(writes).toHaveLength(1);
    expect(await writes[0]!.json()).toEqual(request);
    if (response !== undefined) expect(result).toEqual(Object.values(response)[0]);
  });
});

describe("request samples with a field of the wrong kind are refused before sending", () => {
  it.each(refusedCases.map((c) => [`${c.file}: ${c.why}`, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup();
    answerWith({});
    await expect(c.call(facade, sample(c.file))).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

describe("response samples that are not what Octavia answers fail validation, naming the field", () => {
  it.each(malformedCases.map((c) => [`${c.file}: ${c.why}`, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    answerWith(sample(c.file));
    await expect(c.call(facade, undefined)).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe("the reference's object samples match the schemas of the fields they show", () => {
  it("http-header-insertion-obj.json is a listener's insert_headers", () => {
    const { insert_headers } = sample("http-header-insertion-obj.json");
    expect(v.parse(Listener.entries.insert_headers, insert_headers)).toEqual(insert_headers);
  });
  it("pool-session-persistence-obj.json is a pool's session_persistence", () => {
    const persistence = sample("pool-session-persistence-obj.json");
    expect(v.parse(SessionPersistence, persistence)).toEqual(persistence);
  });
});

describe("the sample folder", () => {
  it("has a case for every sample it holds, and holds every sample a case names", () => {
    const files = readdirSync(new URL("samples", import.meta.url)).filter((file) => file.endsWith(".json"));
    const tried = new Set([
      ...responseCases.map((c) => c.file),
      ...requestCases.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
      ...refusedCases.map((c) => c.file),
      ...malformedCases.map((c) => c.file),
      "http-header-insertion-obj.json",
      "pool-session-persistence-obj.json",
    ]);
    expect(files.filter((file) => !tried.has(file)).sort()).toEqual([]);
    expect([...tried].filter((file) => !files.includes(file))).toEqual([]);
  });
});
