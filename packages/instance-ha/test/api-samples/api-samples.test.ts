// Masakari's reference samples, each read back whole or sent field for field (cases.ts), and
// its version documents. The runner is the repository's one for every service
// (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, haCloud } from "../fixtures.js";
import { requestCases, responseCases, versionCases } from "./cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = haCloud();

/** What the call returns: the sample's one envelope, or the part under `key`. */
const unwrapped = (body: Record<string, unknown>) => Object.values(body)[0];

describeApiSamples({
  service: "Masakari",
  samples,
  server,
  api: API,
  setup: (c) => setup("max" in c ? c.max : undefined),
  // Masakari creates with 201 and answers every call with a body.
  answer: (body, request) => HttpResponse.json(body, { status: request.method === "POST" ? 201 : 200 }),
  responses: responseCases,
  read: (body, c) => (c.key ? body[c.key] : unwrapped(body)),
  requests: requestCases,
  returned: (response) => unwrapped(response),
  accounted: versionCases.map((c) => c.file),
});

describe("Masakari's version documents", () => {
  it.each(versionCases.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const [version] = parseVersionDocument(sample(c.file), "http://openstack.example.com/");
    expect(version).toMatchObject({ id: c.id, major: 1, minMicroversion: c.min, maxMicroversion: c.max });
  });
});
