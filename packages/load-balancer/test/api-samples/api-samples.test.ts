// Octavia's reference samples, each read back out of its envelope or sent field for field
// (response-cases.ts, request-cases.ts), and those the SDK refuses, on the way out or on the
// way in. The runner is the repository's one for every service (test/support/api-samples.ts).
import { InvalidArgumentError, ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type Body, describeApiSamples, unchecked } from "../../../../test/support/api-samples.js";
import { Listener } from "../../src/listeners/listener.js";
import { SessionPersistence } from "../../src/pools/pool.js";
import { API, loadBalancerCloud } from "../fixtures.js";
import { malformedCases, refusedCases, requestCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = loadBalancerCloud();

/** Object samples: a field's value alone, checked against that field's schema below. */
const objectSamples = ["http-header-insertion-obj.json", "pool-session-persistence-obj.json"];

// A write without a response sample is answered 202 and no body, as a batch update is.
describeApiSamples({
  service: "Octavia",
  samples,
  server,
  api: API,
  setup: () => setup(),
  responses: responseCases,
  requests: requestCases,
  returned: (response) => (response === undefined ? unchecked : Object.values(response)[0]),
  accounted: [...refusedCases.map((c) => c.file), ...malformedCases.map((c) => c.file), ...objectSamples],
});

/** Answers every Octavia call with `body`. */
function answerWith(body: Body) {
  server.use(http.all(`${API}/*`, () => HttpResponse.json(body)));
}

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
