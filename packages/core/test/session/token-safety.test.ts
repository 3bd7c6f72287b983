import { fakeKeystone, networkDocument, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { PasswordAuth } from "../../src/auth/password.js";
import { UnauthorizedError } from "../../src/errors/http-error.js";
import type { Logger } from "../../src/log/logger.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const NET = "http://network.test:9696";
const PASSWORD = "Sup3r-Secret-Pa55";
const server = mockServer();

/** A logger that keeps every call, every argument, at every level. */
function collectingLogger() {
  const calls: { level: string; args: unknown[] }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void calls.push({ level, args });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, calls };
}

/** A cloud with Neutron in the catalog; records the token each host received. */
function cloud(logger?: Logger, services?: Record<string, { endpointOverride: string }>) {
  const keystone = fakeKeystone({
    users: [{ id: "u1", name: "admin", password: PASSWORD, projectId: "p1", projectName: "admin" }],
    services: { network: { url: NET, document: networkDocument(NET) } },
  });
  const tokens: { url: string; token: string | null }[] = [];
  const record = ({ request }: { request: Request }) => {
    tokens.push({ url: request.url, token: request.headers.get("x-auth-token") });
    return HttpResponse.json({ networks: [] }, { headers: { "X-OpenStack-Request-ID": "req-1" } });
  };
  server.use(
    ...keystone.handlers,
    http.get(`${NET}/v2.0/*`, record),
    http.get("http://elsewhere.test/*", record),
    http.get("http://override.test/*", record),
    http.get(`${keystone.authUrl}/users`, record),
  );
  const session = new Session({
    auth: new PasswordAuth({ authUrl: keystone.authUrl, username: "admin", password: PASSWORD, projectName: "admin" }),
    retries: false,
    logger,
    services,
  });
  return { keystone, session, tokens, network: new ServiceClient(session, { type: "network", version: "2" }) };
}

describe("where the token goes", () => {
  it("sends it to catalog endpoints and the auth URL, never to another host", async () => {
    const { logger, calls } = collectingLogger();
    const { keystone, session, tokens, network } = cloud(logger);
    await network.get("networks");
    await network.get("http://elsewhere.test/v2.0/networks?marker=x");
    await new ServiceClient(session, { type: "identity", discovery: false }).get("users");
    const token = keystone.issued[0]!;
    expect(tokens).toEqual([
      { url: `${NET}/v2.0/networks`, token },
      { url: "http://elsewhere.test/v2.0/networks?marker=x", token: null },
      { url: `${keystone.authUrl}/users`, token },
    ]);
    expect(calls.filter((c) => c.level === "warn").map((c) => c.args[0])).toEqual([
      "Not sending the token to http://elsewhere.test/v2.0/networks?marker=x: not an auth or catalog endpoint",
    ]);
  });

  it("knows a catalog origin however its URL is written, and no other host by its look", async () => {
    const { keystone, tokens, network } = cloud();
    // Neutron's origin with the scheme and host in capitals is still Neutron's.
    await network.get("HTTP://NETWORK.TEST:9696/v2.0/networks");
    // A host that starts like Neutron's is not Neutron.
    const lookalike = "http://network.test.elsewhere.test/v2.0/networks";
    server.use(
      http.get(lookalike, ({ request }) => {
        tokens.push({ url: request.url, token: request.headers.get("x-auth-token") });
        return HttpResponse.json({ networks: [] });
      }),
    );
    await network.get(lookalike);
    expect(tokens).toEqual([
      { url: `${NET}/v2.0/networks`, token: keystone.issued[0] },
      { url: lookalike, token: null },
    ]);
  });

  it("sends it to an explicit endpoint override", async () => {
    const { keystone, tokens, session } = cloud(undefined, {
      network: { endpointOverride: "http://override.test/v2.0" },
    });
    await new ServiceClient(session, { type: "network", discovery: false }).get("networks");
    expect(tokens).toEqual([{ url: "http://override.test/v2.0/networks", token: keystone.issued[0] }]);
  });
});

describe("what the logger sees", () => {
  it("gets a debug line for every request, and never the token or the password", async () => {
    const { logger, calls } = collectingLogger();
    const { keystone, network } = cloud(logger);
    const requests: string[] = [];
    server.events.on("request:start", ({ request }) => void requests.push(`${request.method} ${request.url}`));
    await network.get("networks");
    await network.get("networks?temp_url_sig=0123abcdef&name=x");
    keystone.revoke(keystone.issued[0]!);
    server.use(
      http.get(`${NET}/v2.0/ports`, ({ request }) => keystone.reject(request) ?? HttpResponse.json({ ports: [] })),
    );
    await network.get("ports");

    const debug = calls.filter((c) => c.level === "debug").map((c) => c.args[0] as string);
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(debug).toHaveLength(requests.length);
    expect(debug).toContain(`POST ${keystone.authUrl}/auth/tokens -> 201`);
    expect(debug).toContain(`GET ${NET}/v2.0/ports -> 401`);
    expect(debug).toContain(`GET ${NET}/v2.0/networks?temp_url_sig=%3Credacted%3E&name=x -> 200`);
    const everything = JSON.stringify(calls);
    expect(keystone.issued).toHaveLength(2);
    for (const secret of [...keystone.issued, PASSWORD, "0123abcdef"]) expect(everything).not.toContain(secret);
  });
});

describe("a refused password", () => {
  it("is an UnauthorizedError whose message, JSON, String(), inspection and stack hold no password", async () => {
    const keystone = fakeKeystone();
    server.use(...keystone.handlers);
    const wrong = "Wr0ng-But-Still-Secret";
    const session = sessionFor(keystone, {
      user: { id: "u-admin", name: "admin", password: wrong, projectName: "admin" },
    });
    const error = await session.authorize().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    const unauthorized = error as UnauthorizedError;
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.serverMessage).toBe("The request you have made requires authentication.");
    for (const text of [
      unauthorized.message,
      JSON.stringify(unauthorized),
      String(unauthorized),
      unauthorized.stack ?? "",
      inspect(unauthorized, { depth: 10 }),
    ]) {
      expect(text).not.toContain(wrong);
    }
    expect(unauthorized.cause).toBeUndefined();
  });
});

describe("a server message repeating the request's token", () => {
  it("reaches the error with the token taken out", async () => {
    const keystone = fakeKeystone({
      users: [{ id: "u1", name: "admin", password: PASSWORD, projectId: "p1", projectName: "admin" }],
    });
    const subject = "gAAAA-the-subject-token-0123456789";
    server.use(
      ...keystone.handlers,
      http.get(`${keystone.authUrl}/auth/tokens`, ({ request }) =>
        HttpResponse.json(
          {
            error: {
              code: 404,
              title: "Not Found",
              message: `Could not find token: ${request.headers.get("x-subject-token")}.`,
            },
          },
          { status: 404 },
        ),
      ),
    );
    const session = sessionFor(keystone, {
      user: { id: "u1", name: "admin", password: PASSWORD, projectName: "admin" },
    });
    const client = new ServiceClient(session, { type: "identity", version: "3" });
    const error = (await client.get("auth/tokens", { headers: { "X-Subject-Token": subject } }).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toContain("Could not find token: <redacted>.");
    for (const text of [error.message, String(error), JSON.stringify(error), error.stack ?? "", inspect(error)])
      expect(text).not.toContain(subject);
  });
});
