// Magnum's reference samples, each read back whole or sent field for field (cases.ts), and
// its version documents. The runner is the repository's one for every service
// (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, magnumCloud } from "../fixtures.js";
import { requestCases, responseCases, uncovered, versionCases } from "./cases.js";
import { type RequestCase, sample, samples } from "./sample-cases.js";

const { server, setup } = magnumCloud();

/** What a read after a write answers: the `fetched` sample, or what the write answered. */
const fetched = (c: RequestCase, written: unknown) => (c.fetched ? sample(c.fetched) : written);

const named = new Set([...responseCases.map((c) => c.file), ...requestCases.flatMap((c) => [c.file, c.response])]);

describeApiSamples({
  service: "Magnum",
  samples,
  server,
  api: API,
  setup: () => setup(),
  // A write is answered 201 (a create) or 202 with its body, or 204 without one; a read,
  // with the item the case reads back.
  answer: (body, request, c) => {
    if (request.method === "GET") return HttpResponse.json("fetched" in c ? fetched(c, body) : body);
    if (body === undefined) return new HttpResponse(null, { status: 204 });
    return HttpResponse.json(body, { status: request.method === "POST" ? 201 : 202 });
  },
  responses: responseCases,
  requests: requestCases,
  returned: (response, c) => fetched(c, response),
  accounted: [
    // a read-back sample no other case names is read all the same
    ...requestCases.flatMap((c) => (c.fetched ? [c.fetched] : [])).filter((file) => !named.has(file)),
    ...versionCases.map((c) => c.file),
    ...uncovered.map((c) => c.file),
  ],
});

describe("Magnum's version documents", () => {
  it.each(versionCases.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const versions = parseVersionDocument(sample(c.file), "http://magnum.example.com/");
    if (c.max)
      expect(versions[0]).toMatchObject({ id: "v1", major: 1, minMicroversion: c.min, maxMicroversion: c.max });
    else expect(versions).toEqual([]);
  });
});
