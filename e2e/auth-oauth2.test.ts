// Keystone's own OAuth 2.0 (issue 15), on the real Keystone (Zed serves /v3/OS-OAUTH2/token
// with no configuration): an application credential is the OAuth 2.0 client, its id and
// secret sent as HTTP Basic for a client_credentials grant. The access token is a Keystone
// token with the credential's scope; the SDK sends it as X-Auth-Token and as Authorization:
// Bearer, as keystoneauth's v3oauth2clientcredential sends its headers. Debian's keystoneauth
// (5.0) predates that plugin (5.1), so the comparison is with what the plugin does with 5.0's
// parts: the application credential login it makes, and the grant it sends, by hand.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { inspect } from "node:util";
import {
  Connection,
  type ConnectionOptions,
  fromConfig,
  OAuth2ClientRejectedError,
  OAuth2ClientCredentialAuth,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, demo, ONE_REGION, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const name = uniqueName("oauth2");
const password = `oauth2-password-${Math.random().toString(36).slice(2)}`;
const clientSecret = `oauth2-secret-${Math.random().toString(36).slice(2)}`;
const ENDPOINT = `${AUTH_URL}/OS-OAUTH2/token`;
let userId = "";
let demoId = "";
let clientId = "";

/** Every request's method, URL and the two token headers, as sent. */
function capturingFetch() {
  const sent: { method: string; url: string; token: string | null; authorization: string | null }[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: request.url,
      token: request.headers.get("x-auth-token"),
      authorization: request.headers.get("authorization"),
    });
    return globalThis.fetch(request);
  };
  return { fetch: fetchFn, sent };
}

const client = (options: Partial<ConnectionOptions> = {}) =>
  new Connection({
    authUrl: AUTH_URL,
    ...ONE_REGION,
    authPlugin: "v3oauth2clientcredential",
    oauth2ClientId: clientId,
    oauth2ClientSecret: clientSecret,
    ...options,
  } as ConnectionOptions);

beforeAll(async () => {
  const demo = await conn.identity.findProject("demo", { ignoreMissing: false });
  demoId = demo.id;
  const user = await conn.identity.createUser({ name, password, default_project_id: demo.id });
  userId = user.id;
  later(`user ${name}`, () => conn.identity.deleteUser(user));
  const member = await conn.identity.findRole("member", { ignoreMissing: false });
  await conn.identity.assignProjectRoleToUser({ project: demo, user, role: member });
  const owner = new Connection({
    authUrl: AUTH_URL,
    ...ONE_REGION,
    username: name,
    password,
    projectName: "demo",
  });
  const credential = await owner.identity.createApplicationCredential({
    user_id: userId,
    name,
    secret: clientSecret,
    // Named, not taken from the token: only what the user was given here.
    roles: [{ name: "member" }],
  });
  clientId = credential.id;
}, 120_000);

describe("v3oauth2clientcredential", () => {
  it("gets an access token for the application credential and calls services with it", async () => {
    const capture = capturingFetch();
    const login = client({ fetch: capture.fetch });
    const access = await login.session.access();
    expect(access.user?.id).toBe(userId);
    expect(access.project?.id).toBe(demoId);
    expect(access.roles?.map((r) => r.name)).toContain("member");
    expect(access.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await login.identity.getProject(demoId)).toMatchObject({ name: "demo" });
    expect(Array.isArray(await login.network.listNetworks({ limit: 1 }))).toBe(true);
    const grant = capture.sent.find((r) => r.method === "POST" && r.url === ENDPOINT)!;
    expect(grant.authorization).toBe(`Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`);
    // Neutron got the access token both ways; no password login was made.
    const neutron = capture.sent.find((r) => /:9696\/v2\.0\/networks/.test(r.url))!;
    expect(neutron.token).toBe(access.token);
    expect(neutron.authorization).toBe(`Bearer ${access.token}`);
    expect(capture.sent.filter((r) => r.method === "POST" && r.url.endsWith("/auth/tokens"))).toEqual([]);
  });

  it("gives the same user, project and roles as keystoneauth's login with the same application credential", async () => {
    const ours = await client().session.access();
    expect(python()).toEqual({
      grant: { token_type: "Bearer", expires_in: expect.any(Number) },
      keystoneauth: {
        user_id: ours.user?.id,
        project_id: ours.project?.id,
        roles: (ours.roles ?? []).map((r) => r.name).sort(),
        methods: ["application_credential"],
      },
      access_token: {
        user_id: ours.user?.id,
        project_id: ours.project?.id,
        roles: (ours.roles ?? []).map((r) => r.name).sort(),
        methods: ["application_credential"],
      },
    });
  });

  it("logs in from clouds.yaml, as keystoneauth 5.1's loader reads the keys", async () => {
    const cloudConfig = {
      clouds: {
        oauth2: {
          auth_type: "v3oauth2clientcredential",
          region_name: "RegionOne",
          auth: {
            auth_url: AUTH_URL,
            oauth2_endpoint: ENDPOINT,
            oauth2_client_id: clientId,
            oauth2_client_secret: clientSecret,
          },
        },
      },
    };
    const login = await fromConfig({ cloudName: "oauth2", cloudConfig, env: {} });
    expect(login.session.tokens.plugin).toBeInstanceOf(OAuth2ClientCredentialAuth);
    expect(await login.currentUserId).toBe(userId);
    expect(await login.currentProjectId).toBe(demoId);
    for (const form of [String(login.config), JSON.stringify(login.config), inspect(login, { depth: 4 })]) {
      expect(form).not.toContain(clientSecret);
    }
  });

  it("ends a wrong secret in OAuth2ClientRejectedError with Keystone's invalid_client, no secret in any form", async () => {
    const wrong = `${clientSecret}-wrong`;
    const error = await client({ oauth2ClientSecret: wrong })
      .authorize()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(OAuth2ClientRejectedError);
    const refused = error as OAuth2ClientRejectedError;
    expect(refused.status).toBe(401);
    expect(refused.error).toBe("invalid_client");
    expect(refused.serverMessage).toBe("The request you have made requires authentication.");
    expect(refused.message).toContain(`client ${clientId}`);
    for (const form of [String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: 5 })]) {
      expect(form).not.toContain(wrong);
      expect(form).not.toContain(Buffer.from(`${clientId}:${wrong}`).toString("base64"));
    }
  });
});

describe("a service behind keystonemiddleware's oauth2_token filter", () => {
  let guarded: ChildProcess | undefined;
  afterAll(() => void guarded?.kill());

  it("takes the access token the SDK sends as Bearer, and refuses a token sent only as X-Auth-Token", async () => {
    const started = guardedEcho();
    guarded = started.child;
    const port = await started.port;
    const echo = `http://127.0.0.1:${port}/`;
    const seen = (await client({ echoEndpointOverride: echo })
      .service("echo")
      .get("")
      .then((r) => r.json())) as {
      user_id: string;
      project_id: string;
    };
    expect(seen).toMatchObject({ user_id: userId, project_id: demoId });
    const plain = new Connection({ ...demo, echoEndpointOverride: echo } as ConnectionOptions);
    const refused = await plain
      .service("echo")
      .get("")
      .then(
        () => undefined,
        (error: unknown) => error as { status?: number },
      );
    expect(refused?.status).toBe(401);
  });
});

/**
 * Debian's keystonemiddleware `oauth2_token` filter in front of an app that echoes who the
 * request is for, on a free loopback port; the filter validates tokens with admin's login.
 */
function guardedEcho(): { child: ChildProcess; port: Promise<number> } {
  const script = `
import json, sys
from wsgiref.simple_server import make_server, WSGIRequestHandler
from keystonemiddleware.oauth2_token import filter_factory
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"user_id": environ.get("HTTP_X_USER_ID"), "project_id": environ.get("HTTP_X_PROJECT_ID")}).encode()]
class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass
url = sys.argv[1]
conf = {"auth_type": "password", "auth_url": url, "username": "admin", "password": "admin", "project_name": "admin",
        "user_domain_name": "Default", "project_domain_name": "Default", "www_authenticate_uri": url}
server = make_server("127.0.0.1", 0, filter_factory({}, **conf)(app), handler_class=Quiet)
print(server.server_port, flush=True)
server.serve_forever()
`;
  const child = spawn("/usr/bin/python3", ["-c", script, AUTH_URL], {
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (data: Buffer) => resolve(Number.parseInt(data.toString(), 10)));
    child.once("exit", (code) => reject(new Error(`the oauth2_token echo exited (${code})`)));
  });
  return { child, port };
}

/**
 * In Debian's Python: keystoneauth's application credential login (the token its OAuth 2.0
 * plugin gets from /v3/auth/tokens), the client_credentials grant its get_headers sends
 * (requests with HTTP Basic), and that access token validated by keystoneclient.
 */
function python(): unknown {
  const script = `
import json, sys, requests
from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client
a = json.load(sys.stdin)
access = v3.ApplicationCredential(auth_url=a["auth_url"], application_credential_id=a["id"], application_credential_secret=a["secret"]).get_access(session.Session())
grant = requests.post(a["endpoint"], data={"grant_type": "client_credentials"}, auth=requests.auth.HTTPBasicAuth(a["id"], a["secret"])).json()
ks = client.Client(session=session.Session(auth=v3.ApplicationCredential(auth_url=a["auth_url"], application_credential_id=a["id"], application_credential_secret=a["secret"])))
data = ks.tokens.get_token_data(grant["access_token"])["token"]
def summary(user_id, project_id, roles, methods):
    return {"user_id": user_id, "project_id": project_id, "roles": sorted(roles), "methods": methods}
print(json.dumps({
    "grant": {"token_type": grant["token_type"], "expires_in": grant["expires_in"]},
    "keystoneauth": summary(access.user_id, access.project_id, access.role_names, access._data["token"]["methods"]),
    "access_token": summary(data["user"]["id"], data["project"]["id"], [r["name"] for r in data["roles"]], data["methods"]),
}))
`;
  const input = { auth_url: AUTH_URL, endpoint: ENDPOINT, id: clientId, secret: clientSecret };
  const run = spawnSync("/usr/bin/python3", ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`keystoneauth failed: ${run.stderr.slice(-800)}`);
  return JSON.parse(run.stdout);
}
