// Zaqar's reference samples, each read back whole or sent field for field to its path
// (cases.ts), the pre-signed URL's sample that is not JSON, and the version document. The
// runner is the repository's one for every service (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples, unchecked } from "../../../../test/support/api-samples.js";
import { API, messageCloud, sent, ZAQAR } from "../fixtures.js";
import { otherSamples, requestCases, responseCases } from "./cases.js";
import { repairedSignedUrl, sample, samples } from "./sample-cases.js";

const { server, setup } = messageCloud();

describeApiSamples({
  service: "Zaqar",
  samples,
  server,
  api: API,
  setup: () => setup(),
  // A response case is answered with the status and headers it names (a claim's Location); a
  // write with its response sample, 201, or without one, 204 and no body.
  answer: (body, _, c) => {
    if (body === undefined) return new HttpResponse(null, { status: 204 });
    if ("path" in c) return HttpResponse.json(body, { status: 201 });
    return HttpResponse.json(body, { ...(c.status && { status: c.status }), ...(c.headers && { headers: c.headers }) });
  },
  responses: responseCases,
  read: (body, c) => (c.expected ? c.expected(body) : body),
  requests: requestCases,
  answeredWrite: (c) => c.answer?.() ?? (c.response === undefined ? undefined : sample(c.response)),
  wrote: (write, c) => expect(sent(write)).toBe(c.path),
  returned: () => unchecked,
  accounted: Object.values(otherSamples),
});

describe("Zaqar's samples read apart", () => {
  it("the pre-signed URL's response is not JSON as the reference prints it; with its missing comma restored, it parses", async () => {
    expect(() => samples.read(otherSamples.brokenSignedUrl)).toThrow(SyntaxError);
    const repaired = repairedSignedUrl(otherSamples.brokenSignedUrl);
    const { facade } = setup();
    server.use(http.all(`${API}/*`, () => HttpResponse.json(repaired)));
    expect(await facade.createQueueSignedUrl({ name: "test" })).toEqual(repaired);
  });

  it("the version document names v2 at /v2/, relative to the root", () => {
    const versions = parseVersionDocument(sample(otherSamples.versions), `${ZAQAR}/`);
    expect(versions.map((v) => [v.id, v.url])).toEqual([["2", `${ZAQAR}/v2/`]]);
  });
});
