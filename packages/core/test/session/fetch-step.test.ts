import { describe, expect, it } from "vitest";
import { PasswordAuth } from "../../src/auth/password.js";
import type { AuthPlugin } from "../../src/auth/plugin.js";
import { HttpError, UnauthorizedError } from "../../src/errors/http-error.js";
import { OpenStackError } from "../../src/errors/openstack-error.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { Session } from "../../src/session/session.js";

const NET = "http://network.test:9696";
const TOKEN = "tok-0123456789-secret";
type Route = (request: Request) => Response | Promise<Response>;

/**
 * A fetch over a table of routes that follows redirects the way undici does when asked to
 * (`redirect: "follow"`): with every header but Authorization, the token included.
 */
function cloud(routes: Record<string, Route>) {
  const seen: { method: string; url: string; token: string | null; redirect: RequestRedirect; body: string }[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let request = new Request(input, init);
    for (let hop = 0; hop < 5; hop++) {
      seen.push({
        method: request.method,
        url: request.url,
        token: request.headers.get("x-auth-token"),
        redirect: request.redirect,
        body: await request.clone().text(),
      });
      const route = routes[`${request.method} ${request.url}`];
      const response = route ? await route(request) : new Response("no route", { status: 599 });
      const location = response.headers.get("location");
      if (request.redirect !== "follow" || location === null || response.status < 300 || response.status > 399)
        return response;
      request = new Request(new URL(location, request.url), {
        method: request.method,
        headers: request.headers,
        body: request.body,
        duplex: "half",
      } as RequestInit);
    }
    throw new TypeError("redirect loop");
  };
  // The first authentication issues TOKEN, the next ones TOKEN-2, TOKEN-3, …
  let authentications = 0;
  const auth: AuthPlugin = {
    authUrl: "http://keystone.test/v3",
    authenticate: async () => ({
      token: ++authentications === 1 ? TOKEN : `${TOKEN}-${authentications}`,
      catalog: [{ type: "network", endpoints: [{ url: NET, interface: "public", region_id: "RegionOne" }] }],
    }),
  };
  const session = new Session({ auth, fetch: fetchFn, retries: false });
  return { seen, session, fetch: fetchFn, network: new ServiceClient(session, { type: "network", discovery: false }) };
}

const refused = () =>
  new Response(JSON.stringify({ error: { message: "The request you have made requires authentication." } }), {
    status: 401,
  });
/** Refuses the first token, answers any other. */
const refusingFirstToken = (body: unknown) => (request: Request) =>
  request.headers.get("x-auth-token") === TOKEN ? refused() : Response.json(body);
const redirect =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { Location: location } });
const json = (body: unknown) => () => Response.json(body);

describe("redirects of requests that carry a secret", () => {
  it("are followed to the same origin, with the token", async () => {
    const { seen, network } = cloud({ [`GET ${NET}/a`]: redirect(`${NET}/b`), [`GET ${NET}/b`]: json({ ok: true }) });
    expect(await network.get("a").json()).toEqual({ ok: true });
    expect(seen.map((s) => [s.url, s.token, s.redirect])).toEqual([
      [`${NET}/a`, TOKEN, "manual"],
      [`${NET}/b`, TOKEN, "manual"],
    ]);
  });

  it("are refused to another host: an HttpError, and the other host sees nothing", async () => {
    const { seen, network } = cloud({ [`GET ${NET}/a`]: redirect("http://elsewhere.test/steal", 307) });
    const error = await network.get("a").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 307, method: "GET", url: `${NET}/a` });
    expect((error as HttpError).message).toContain(
      "redirected to http://elsewhere.test/steal, not an auth or catalog endpoint: not followed",
    );
    expect(seen.map((s) => s.url)).toEqual([`${NET}/a`]);
  });

  it("keep the password of an auth request on the auth URL's host", async () => {
    const { seen, fetch } = cloud({
      "POST http://keystone.test/v3/auth/tokens": redirect("http://elsewhere.test/v3/auth/tokens", 307),
    });
    const password = new Session({
      auth: new PasswordAuth({
        authUrl: "http://keystone.test/v3",
        username: "admin",
        password: "pa55-secret",
        projectName: "admin",
      }),
      fetch,
      retries: false,
    });
    await expect(password.authorize()).rejects.toMatchObject({ status: 307 });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(["POST http://keystone.test/v3/auth/tokens"]);
  });

  it("turn a POST into a GET without its body after a 303, as fetch does", async () => {
    const { seen, network } = cloud({
      [`POST ${NET}/things`]: redirect(`${NET}/things/1`, 303),
      [`GET ${NET}/things/1`]: json({ id: 1 }),
    });
    expect(await network.post("things", { json: { name: "x" } }).json()).toEqual({ id: 1 });
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ["POST", `${NET}/things`, '{"name":"x"}'],
      ["GET", `${NET}/things/1`, ""],
    ]);
  });

  it("send a PUT's body again after a 307, with the token", async () => {
    const { seen, network } = cloud({
      [`PUT ${NET}/a`]: redirect(`${NET}/b`, 307),
      [`PUT ${NET}/b`]: json({ ok: true }),
    });
    expect(await network.put("a", { json: { name: "x" } }).json()).toEqual({ ok: true });
    expect(seen.map((s) => [s.method, s.url, s.token, s.body])).toEqual([
      ["PUT", `${NET}/a`, TOKEN, '{"name":"x"}'],
      ["PUT", `${NET}/b`, TOKEN, '{"name":"x"}'],
    ]);
  });

  it("stop after five hops", async () => {
    const { network } = cloud({ [`GET ${NET}/loop`]: redirect(`${NET}/loop`) });
    await expect(network.get("loop")).rejects.toThrow(/more than 5 redirects/);
  });

  it("fail clearly where a browser hides the target (an opaque redirect)", async () => {
    // What a browser hands back for `redirect: "manual"`: no status, no headers, and so are its clones.
    const opaque = (): Response => {
      const response = new Response(null, { status: 200 });
      Object.defineProperties(response, {
        type: { value: "opaqueredirect" },
        status: { value: 0 },
        ok: { value: false },
        clone: { value: opaque },
      });
      return response;
    };
    const { network } = cloud({ [`GET ${NET}/a`]: opaque });
    const error = await network.get("a").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenStackError);
    expect((error as Error).message).toMatch(/was redirected, and a browser hides where to/);
  });

  it("leave requests without a secret (version documents) to fetch, which follows redirects", async () => {
    const { seen, session } = cloud({
      [`GET ${NET}/v2`]: redirect(`${NET}/v2/`),
      [`GET ${NET}/v2/`]: json({ versions: [] }),
    });
    await session.authorize();
    expect(await session.discover(`${NET}/v2`)).toEqual([]);
    expect(seen.map((s) => [s.url, s.token, s.redirect])).toEqual([
      [`${NET}/v2`, null, "follow"],
      [`${NET}/v2/`, null, "follow"],
    ]);
  });
});

describe("a request refused with 401", () => {
  it("is sent once more with a new token, its JSON body included", async () => {
    const { seen, network } = cloud({ [`POST ${NET}/things`]: refusingFirstToken({ id: 1 }) });
    expect(await network.post("things", { json: { name: "x" } }).json()).toEqual({ id: 1 });
    expect(seen.map((s) => [s.method, s.token, s.body])).toEqual([
      ["POST", TOKEN, '{"name":"x"}'],
      ["POST", `${TOKEN}-2`, '{"name":"x"}'],
    ]);
  });

  it("with a streamed body is not sent again, says why, and the next call carries a new token", async () => {
    const { seen, network } = cloud({ [`PUT ${NET}/data`]: refusingFirstToken({ ok: true }) });
    const error = await network.put("data", { body: new Blob(["some bytes"]).stream() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toMatch(/a stream cannot be sent twice, so call again with a new one/);
    // The caller's second try, with a new stream, must not carry the refused token again.
    expect(await network.put("data", { body: new Blob(["some bytes"]).stream() }).json()).toEqual({ ok: true });
    expect(seen.map((s) => [s.method, s.token, s.body])).toEqual([
      ["PUT", TOKEN, "some bytes"],
      ["PUT", `${TOKEN}-2`, "some bytes"],
    ]);
  });

  it("after a redirect, is sent once more to where it was redirected", async () => {
    const { seen, network } = cloud({
      [`GET ${NET}/a`]: redirect(`${NET}/b`),
      [`GET ${NET}/b`]: refusingFirstToken({ ok: true }),
    });
    expect(await network.get("a").json()).toEqual({ ok: true });
    expect(seen.map((s) => [s.url, s.token])).toEqual([
      [`${NET}/a`, TOKEN],
      [`${NET}/b`, TOKEN],
      [`${NET}/b`, `${TOKEN}-2`],
    ]);
  });

  it("is not sent a third time when the new token is refused too", async () => {
    const { seen, network } = cloud({ [`GET ${NET}/a`]: refused });
    await expect(network.get("a")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(seen.map((s) => s.token)).toEqual([TOKEN, `${TOKEN}-2`]);
  });
});
