import { InvalidArgumentError, NotFoundError, REDACTED, ResourceTimeoutError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, identityCloud, noContent } from "../fixtures.js";
import { checkToken, revokeToken, validateToken } from "../../src/tokens/token-calls.js";
import { projectScopedTokenBody, subjectToken, unscopedTokenBody } from "./fixtures.js";

const { server, setup } = identityCloud();
const TOKENS = `${API}/auth/tokens`;

/** Requests about a subject token (the login's POST left out): method, path and query, and the subject header. */
function subjectRequests() {
  const seen: string[] = [];
  server.events.on("request:start", ({ request }) => {
    if (request.url.startsWith(TOKENS) && request.method !== "POST") {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}${url.search} ${request.headers.get("x-subject-token")}`);
    }
  });
  return seen;
}

/** Keystone's 404 for some invalid tokens repeats the token. */
const keystoneNotFound = (token: string) =>
  HttpResponse.json(
    { error: { code: 404, title: "Not Found", message: `Could not find token: ${token}.` } },
    { status: 404 },
  );

describe("tokens", () => {
  it("getToken validates a token named in X-Subject-Token and returns what Keystone knows of it", async () => {
    const { facade } = setup();
    const seen = subjectRequests();
    server.use(
      http.get(TOKENS, ({ request }) =>
        request.headers.get("x-auth-token")
          ? HttpResponse.json(projectScopedTokenBody, { headers: { "X-Subject-Token": subjectToken } })
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const token = await facade.getToken(subjectToken);
    expect(token.project?.name).toBe("admin");
    expect(token.roles?.map((r) => r.name)).toEqual(["admin"]);
    expect(token.catalog?.[0]?.endpoints[0]?.url).toBe("http://example.com/identity");
    expect(seen).toEqual([`GET /v3/auth/tokens ${subjectToken}`]);
  });

  it("validateToken, without the façade, asks for no catalog and expired tokens when told", async () => {
    const { session } = setup();
    const seen = subjectRequests();
    server.use(http.get(TOKENS, () => HttpResponse.json(unscopedTokenBody)));
    const token = await validateToken(session, subjectToken, { nocatalog: true, allow_expired: true });
    expect(token.user.password_expires_at).toBeNull();
    expect(token.project).toBeUndefined();
    await validateToken(session, subjectToken, { nocatalog: false });
    expect(seen).toEqual([
      `GET /v3/auth/tokens?nocatalog=&allow_expired=1 ${subjectToken}`,
      `GET /v3/auth/tokens ${subjectToken}`,
    ]);
  });

  it("checkToken answers true for a valid token and false for one Keystone does not know", async () => {
    const { facade, session } = setup();
    const seen = subjectRequests();
    server.use(
      http.head(
        TOKENS,
        ({ request }) =>
          new HttpResponse(null, { status: request.headers.get("x-subject-token") === subjectToken ? 200 : 404 }),
      ),
    );
    expect(await facade.checkToken({ token: subjectToken })).toBe(true);
    expect(await facade.checkToken({ token: "revoked" })).toBe(false);
    expect(await checkToken(session, subjectToken)).toBe(true);
    expect(await checkToken(session, "revoked")).toBe(false);
    expect(seen).toEqual([
      `HEAD /v3/auth/tokens ${subjectToken}`,
      "HEAD /v3/auth/tokens revoked",
      `HEAD /v3/auth/tokens ${subjectToken}`,
      "HEAD /v3/auth/tokens revoked",
    ]);
  });

  it("deleteToken revokes; a token already invalid is fine unless ignoreMissing is false", async () => {
    const { facade, session } = setup();
    const seen = subjectRequests();
    server.use(
      http.delete(TOKENS, ({ request }) =>
        request.headers.get("x-subject-token") === subjectToken ? noContent() : keystoneNotFound("gone-token"),
      ),
    );
    await facade.deleteToken(subjectToken);
    await facade.deleteToken("gone-token");
    await revokeToken(session, "gone-token");
    await expect(revokeToken(session, "gone-token", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual([
      `DELETE /v3/auth/tokens ${subjectToken}`,
      ...Array(3).fill("DELETE /v3/auth/tokens gone-token"),
    ]);
  });

  it("never puts the token in an error, even when Keystone repeats it", async () => {
    const { facade, session } = setup();
    server.use(
      http.get(TOKENS, () => keystoneNotFound(subjectToken)),
      http.delete(TOKENS, () => keystoneNotFound(subjectToken)),
    );
    const errors = [
      await facade.getToken(subjectToken).catch((error: unknown) => error),
      await revokeToken(session, subjectToken, { ignoreMissing: false }).catch((error: unknown) => error),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(NotFoundError);
      const everything = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
      expect(everything).not.toContain(subjectToken);
      expect((error as NotFoundError).serverMessage).toBe(`Could not find token: ${REDACTED}.`);
    }
  });

  it("logs requests about a token without the token", async () => {
    const lines: string[] = [];
    const record = (message: string, fields?: Record<string, unknown>) =>
      void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    const { facade } = setup({ logger: { debug: record, info: record, warn: record, error: record } });
    server.use(
      http.get(TOKENS, () => HttpResponse.json(unscopedTokenBody)),
      http.head(TOKENS, () => new HttpResponse(null, { status: 404 })),
    );
    await facade.getToken(subjectToken);
    await facade.checkToken({ token: subjectToken });
    expect(lines.some((line) => line.includes("/v3/auth/tokens"))).toBe(true);
    expect(lines.join("\n")).not.toContain(subjectToken);
  });

  it("waitForDeleteToken polls HEAD, never a URL with the token in it, until the token is gone", async () => {
    const { facade } = setup();
    const seen = subjectRequests();
    let answers = [200, 200, 404];
    server.use(http.head(TOKENS, () => new HttpResponse(null, { status: answers.shift() ?? 404 })));
    await facade.waitForDeleteToken(subjectToken, { interval: 1 });
    expect(seen).toEqual(Array(3).fill(`HEAD /v3/auth/tokens ${subjectToken}`));
    answers = [200, 200, 200, 200];
    await expect(facade.waitForDeleteToken(subjectToken, { interval: 1, timeout: 0 })).rejects.toBeInstanceOf(
      ResourceTimeoutError,
    );
  });

  it("refuses an empty token without saying what it was", async () => {
    const { facade, session } = setup();
    await expect(facade.getToken("")).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: a token is a string
    await expect(checkToken(session, 42)).rejects.toThrow("a token must be a non-empty string, got number");
  });
});
