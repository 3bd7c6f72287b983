// Keystone's reference samples, each read back whole or sent field for field
// (response-cases.ts, request-cases.ts), what core's auth plugins post, and the samples that
// are not JSON. The runner is the repository's one for every service
// (test/support/api-samples.ts).
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples, fileLabel, unchecked } from "../../../../test/support/api-samples.js";
import { API, identityCloud } from "../fixtures.js";
import { authRequestCases } from "./auth-request-cases.js";
import { requestCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = identityCloud();

/**
 * Samples the reference prints that are not JSON (a missing comma, a `....` for "and so
 * on"): no Keystone can send them, so no call is asked to read them. If the reference
 * fixes one, its test here fails, and the sample joins the cases.
 */
const notJson: Record<string, string> = {
  "v3/samples/admin/domain-config-default-response.json": "`....` stands for more options",
  "v3/samples/admin/domain-config-group-default-response.json": "`....` stands for more options",
  "v3/samples/admin/domain-specific-role-create-request.json": "a comma is missing after `description`",
  "v3/samples/admin/role-assignments-effective-list-include-names-response.json":
    "a comma is missing after a project's `domain`",
};

describeApiSamples({
  service: "Keystone",
  samples,
  server,
  api: API,
  setup: () => setup(),
  // The login is the fake Keystone's; every other call is answered with the sample, or 204
  // without one.
  answer: (body, request) => {
    if (request.method === "POST" && new URL(request.url).pathname.endsWith("/auth/tokens")) return undefined;
    return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body);
  },
  label: (c) => ("verb" in c ? `${c.verb} ${c.file}` : fileLabel(c)),
  responses: responseCases,
  read: (body, c) => c.expected(body),
  requests: requestCases,
  returned: (response, c) => {
    if (response === undefined) return unchecked;
    return c.expected ? c.expected(response) : response;
  },
  accounted: [...authRequestCases.map((c) => c.file), ...Object.keys(notJson)],
});

describe("what core's auth plugins post equals Keystone's auth request samples", () => {
  it.each(authRequestCases.map((c) => [c.differs ? `${c.file} (differs: ${c.differs})` : c.file, c] as const))(
    "%s",
    async (_, c) => {
      const request = sample(c.file);
      const posted: unknown[] = [];
      const answer = sample("v3/samples/auth/responses/project-scoped-password.json");
      const result = await c.plugin(request).authenticate({
        post: async (_url, json) => (posted.push(json), Response.json(answer, { headers: { "X-Subject-Token": "t" } })),
        get: async () => new Response(null, { status: 404 }),
      });
      expect(posted).toEqual([c.sent ? c.sent(request) : request]);
      expect(result.expiresAt?.toISOString()).toBe(new Date(answer.token.expires_at).toISOString());
    },
  );
});

describe("Keystone's samples that are not JSON", () => {
  it.each(Object.entries(notJson))("%s is still not JSON (%s)", (file) => {
    expect(() => samples.read(file)).toThrow(SyntaxError);
  });
});
