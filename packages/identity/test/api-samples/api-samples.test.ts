import { readdirSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, identityCloud } from "../fixtures.js";
import { authRequestCases } from "./auth-request-cases.js";
import { requestCases } from "./request-cases.js";
import { responseCases } from "./response-cases.js";
import { type Body, sample, sampleText } from "./sample-cases.js";

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

/** Answers every identity call (the login left to the fake Keystone) with `body`, or 204 without one. */
function answerWith(body: Body) {
  server.use(
    http.all(`${API}/*`, ({ request }) => {
      if (request.method === "POST" && new URL(request.url).pathname.endsWith("/auth/tokens")) return undefined;
      return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body);
    }),
  );
}

describe("Keystone's response samples parse and keep every field", () => {
  it.each(responseCases.map((c) => [`${c.verb} ${c.file}`, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    const body = sample(c.file);
    answerWith(body);
    expect(await c.call(facade)).toEqual(c.expected(body));
  });
});

describe("what the SDK sends equals Keystone's request samples", () => {
  it.each(requestCases.map((c) => [c.differs ? `${c.file} (differs: ${c.differs})` : c.file, c] as const))(
    "%s",
    async (_, c) => {
      const { facade, seen } = setup();
      const request = sample(c.file);
      const response = c.response === undefined ? undefined : sample(c.response);
      answerWith(response);
      const result = await c.call(facade, request);
      const writes = seen.filter((r) => r.method !== "GET" && r.method !== "HEAD");
      expect(writes).toHaveLength(1);
      expect(await writes[0]!.json()).toEqual(c.sent ? c.sent(request) : request);
      if (response !== undefined) expect(result).toEqual(c.expected ? c.expected(response) : response);
    },
  );
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

describe("the sample folder", () => {
  it.each(Object.entries(notJson))("%s is still not JSON (%s)", (file) => {
    expect(() => JSON.parse(sampleText(file))).toThrow(SyntaxError);
  });

  it("has a case for every sample it holds", () => {
    const files = readdirSync(new URL(".", import.meta.url), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replaceAll("\\", "/"))
      .sort();
    const tried = new Set([
      ...responseCases.map((c) => c.file),
      ...requestCases.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
      ...authRequestCases.map((c) => c.file),
      ...Object.keys(notJson),
    ]);
    expect(files.filter((file) => !tried.has(file))).toEqual([]);
    expect([...tried].filter((file) => !files.includes(file))).toEqual([]);
  });
});
