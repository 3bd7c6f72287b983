// Senlin's reference samples, each read back whole or sent field for field (cases.ts), its
// version documents, and the one sample that is not JSON. The runner is the repository's one
// for every service (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { type Body, describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, senlinCloud } from "../fixtures.js";
import { brokenSamples, requestCases, responseCases, versionCases } from "./cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = senlinCloud();

/** What an operation answers: only the id of the action that does the work. */
const isActionAnswer = (body: Body) => Object.keys(body).length === 1 && typeof body.action === "string";

describeApiSamples({
  service: "Senlin",
  samples,
  server,
  api: API,
  setup: (c) => setup("max" in c ? c.max : undefined),
  // Senlin answers most writes 202, and every call with a body.
  answer: (body, request) => HttpResponse.json(body, { status: request.method === "POST" ? 202 : 200 }),
  responses: responseCases,
  read: (body, c) => (c.whole ? body : body[c.key ?? Object.keys(body)[0]!]),
  requests: requestCases,
  returned: (response, c) =>
    isActionAnswer(response) || c.file.includes("adopt-preview") ? response : Object.values(response)[0],
  accounted: [...versionCases.map((c) => c.file), ...brokenSamples.map((c) => c.file)],
});

describe("Senlin's version documents", () => {
  it.each(versionCases.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const body = sample(c.file);
    const document = c.key === "version" ? { versions: [body.version] } : body;
    const [version] = parseVersionDocument(document, "http://openstack.example.com/");
    expect(version).toMatchObject({ major: 1, minMicroversion: c.min, maxMicroversion: c.max });
  });
});

describe("Senlin's samples that are not JSON", () => {
  it.each(brokenSamples.map((c) => [c.file, c] as const))("%s is not JSON, as the reference has it", (_, c) => {
    expect(() => samples.read(c.file)).toThrow(SyntaxError);
  });
});
