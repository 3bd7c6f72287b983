// Placement's reference samples, each read back whole or sent field for field at the
// microversion it was written for (response-cases.ts, request-cases.ts), and those of
// microversions the SDK does not speak. The runner is the repository's one for every
// service (test/support/api-samples.ts).
import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { type Body, describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, microversionOf, placementCloud } from "../fixtures.js";
import { requestCases, unspokenCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = placementCloud();

/** Every Placement call but the root document (the fake's: it offers the case's microversion) answered with `body`, or 204 without one. */
function answer(body: Body, request: Request) {
  if (new URL(request.url).pathname === "/") return undefined;
  return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body);
}

describeApiSamples({
  service: "Placement",
  samples,
  server,
  api: API,
  setup: (c) => setup(c.microversion),
  answer,
  label: (c) => `${c.file} @ ${c.microversion}`,
  responses: responseCases,
  asked: (seen, c) => expect(seen.map(microversionOf)).toEqual([`placement ${c.microversion}`]),
  requests: requestCases,
  wrote: (write, c) => expect(microversionOf(write)).toBe(`placement ${c.microversion}`),
  accounted: unspokenCases.map((c) => c.file),
});

describe("samples of microversions the SDK does not speak for their call", () => {
  it.each(unspokenCases.map((c) => [`${c.file} @ ${c.microversion}: ${c.why}`, c] as const))("%s", async (_, c) => {
    const { facade, seen } = setup(c.microversion);
    const body = sample(c.file);
    server.use(http.all(`${API}/*`, ({ request }) => answer(body, request)));
    await expect(c.call(facade)).rejects.toBeInstanceOf(MicroversionError);
    expect(seen).toHaveLength(0);
  });
});
