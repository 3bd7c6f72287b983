// Every sample of Nova's API reference that a call of this package reads or sends, at the
// microversion it was written for: the call must parse the answer and keep every field, and
// send the documented request body, field for field. The table (sample-table.ts) says which
// call goes with which sample; SOURCE.md says where the samples come from and which were left out.
import { isAccepted } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf } from "../fixtures.js";
import type { Body, FacadeMethod } from "./sample-calls.js";
import { bodyOf, listedAsElsewhere, plan, samples, type SampleRun } from "./sample-corpus.js";
import { readElsewhere, sampleTable } from "./sample-table.js";

const { server, setup } = computeCloud();

/** Nova's newest microversion at the corpus's commit. */
const NEWEST = "2.104";

const corpus = samples();
const runs = plan(corpus, sampleTable, readElsewhere);

/**
 * The sample as the call must return it: equal, except that an integer `id` may come back
 * as its decimal string (common.ts' flexibleId keeps ids as strings, so an item can name itself).
 */
function asRead(expected: unknown, actual: unknown): unknown {
  if (Array.isArray(expected)) return expected.map((item, i) => asRead(item, (actual as unknown[] | undefined)?.[i]));
  if (typeof expected !== "object" || expected === null) return expected;
  const got = (actual ?? {}) as Body;
  return Object.fromEntries(
    Object.entries(expected).map(([key, value]) => [
      key,
      key === "id" && typeof value === "number" && got[key] === String(value) ? got[key] : asRead(value, got[key]),
    ]),
  );
}

/** Makes the run's call against a Nova that answers the response sample (or 202 without one). */
async function callOf(run: SampleRun, microversion = run.microversion) {
  const { facade, seen } = setup({
    maxMicroversion: NEWEST,
    session: { services: { compute: { microversion } } },
  });
  const answered = run.response ?? run.answer;
  const response = answered === undefined ? undefined : bodyOf(answered);
  server.use(
    http.all(`${API}/*`, ({ request }) => {
      // Version discovery is the fake cloud's.
      if (new URL(request.url).pathname === "/v2.1/") return undefined;
      return response === undefined ? new HttpResponse(null, { status: 202 }) : HttpResponse.json(response);
    }),
  );
  const method = (facade as unknown as Record<string, FacadeMethod>)[run.call.call];
  if (typeof method !== "function") throw new Error(`${run.call.call} is not on the façade`);
  const request = run.request === undefined ? undefined : bodyOf(run.request);
  const answer = method(...run.call.args(request));
  if (answered === undefined && run.call.bodilessFrom !== undefined) {
    // Nova took the work on and said so without a body: the call returns what it sent (see SampleCall).
    const accepted = await answer;
    expect(isAccepted(accepted)).toBe(true);
    expect(accepted).toEqual(Object.values(request ?? {})[0]);
    return { result: accepted, response: undefined, request, seen };
  }
  const result = run.call.list
    ? (await (answer as { pages(): AsyncGenerator<unknown[]> }).pages().next()).value
    : await answer;
  if (run.response === undefined) return { result, response: undefined, request, seen };
  return { result: await (run.call.read ?? ((x: unknown) => x))(result), response, request, seen };
}

const minorOf = (version: string) => Number(version.split(".")[1]);

/** The newest response sample of each call: what `computeDefaultMicroversion: "latest"` reads from a current Nova. */
const newest = [
  ...new Map(
    runs
      .filter((run) => run.response !== undefined && run.call.bodilessFrom === undefined)
      .sort((a, b) => minorOf(a.microversion) - minorOf(b.microversion))
      .map((run) => [`${run.call.call} ${run.response!.split("/").at(-1)}`, run] as const),
  ).values(),
];

describe("Nova's API samples, each at the microversion of its folder", () => {
  it.each(runs.map((run) => [run.name, run] as const))("%s", async (_name, run) => {
    const { result, response, request, seen } = await callOf(run);
    expect(seen.map(microversionOf)).toEqual(seen.map(() => run.microversion));
    if (request !== undefined) {
      expect(seen).toHaveLength(1);
      expect(await seen[0]!.json()).toEqual((run.call.sentAs ?? ((body: Body) => body))(request));
    }
    if (response === undefined) return;
    const expected = run.call.expected(response);
    expect(result).toEqual(asRead(expected, result));
    if (run.call.documents) {
      const typed = run.call.documents.at(response);
      const parsed = v.parse(run.call.documents.schema, typed);
      expect(parsed).toEqual(asRead(typed, parsed));
    }
  });

  it("leaves no sample out: each is read or sent by a call, or listed in SOURCE.md as read elsewhere", () => {
    const covered = new Set(runs.flatMap((run) => [run.response, run.request]));
    expect(corpus.map((sample) => sample.path).filter((path) => !covered.has(path))).toEqual([...readElsewhere]);
    expect(listedAsElsewhere()).toEqual([...readElsewhere]);
  });
});

describe("the newest sample of each call, with the microversion set to latest", () => {
  it.each(newest.map((run) => [run.name, run] as const))("%s", async (_name, run) => {
    const { result, response, seen } = await callOf(run, "latest");
    expect(seen.map(microversionOf)).toEqual(seen.map(() => NEWEST));
    expect(result).toEqual(asRead(run.call.expected(response!), result));
  });
});
