import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import { ServerError } from "../../src/errors/http-error.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://service.test:1234/";
const server = mockServer();

/** Serves `responses` in turn at ROOT and counts the requests. */
function serve(...responses: (() => Response)[]) {
  let count = 0;
  server.use(http.get(ROOT, () => responses[Math.min(count++, responses.length - 1)]!()));
  return { count: () => count, session: new Session({ auth: new NoAuth(), retries: false }) };
}

const document = { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${ROOT}v1/` }] }] };

describe("Session.discover (loadVersionDocument)", () => {
  it("fetches a document once per URL and shares it", async () => {
    const { session, count } = serve(() => HttpResponse.json(document));
    const [a, b] = await Promise.all([session.discover(ROOT), session.discover(ROOT)]);
    expect(a).toBe(b);
    expect(a.map((v) => v.id)).toEqual(["v1.0"]);
    await session.discover(ROOT);
    expect(count()).toBe(1);
  });

  it("reads a 300 Multiple Choices answer as the document", async () => {
    const { session } = serve(() => HttpResponse.json(document, { status: 300 }));
    expect((await session.discover(ROOT)).map((v) => v.url)).toEqual([`${ROOT}v1/`]);
  });

  it("treats a 4xx or a body that is no document as 'no discovery here'", async () => {
    const unauthorized = serve(() =>
      HttpResponse.json({ error: { code: 401, message: "auth needed" } }, { status: 401 }),
    );
    expect(await unauthorized.session.discover(ROOT)).toEqual([]);
    const html = serve(
      () => new HttpResponse("<html><body>It works!</body></html>", { headers: { "Content-Type": "text/html" } }),
    );
    expect(await html.session.discover(ROOT)).toEqual([]);
  });

  it("throws a 5xx and does not remember it: the next call asks again", async () => {
    const { session, count } = serve(
      () => HttpResponse.json({ message: "down" }, { status: 503 }),
      () => HttpResponse.json(document),
    );
    await expect(session.discover(ROOT)).rejects.toBeInstanceOf(ServerError);
    expect((await session.discover(ROOT)).map((v) => v.id)).toEqual(["v1.0"]);
    expect(count()).toBe(2);
  });

  it("sends no token to a version document", async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.get(ROOT, ({ request }) => {
        tokens.push(request.headers.get("x-auth-token"));
        return HttpResponse.json(document);
      }),
    );
    const session = new Session({
      auth: { authUrl: ROOT, authenticate: async () => ({ token: "must-not-leak" }) },
      retries: false,
    });
    await session.authorize();
    await session.discover(ROOT);
    expect(tokens).toEqual([null]);
  });
});
