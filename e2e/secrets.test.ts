// Secrets never reach a log line, an error (message, String(), JSON.stringify(), stack,
// inspection) or the string forms of a connection and its configuration: not a password, a
// token, an application credential's secret, a temp URL key or signature, a Barbican payload. Its own calls
// authenticate every way, fail every way, and use a temp URL, with debug logging on (through
// support/debug-log.ts, the logger a whole run gets with OPENSTACK_TS_DEBUG_LOG=<file>); then
// everything is scanned, and so is the debug log of the whole run, when there is one.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import {
  BadRequestError,
  ConflictError,
  Connection,
  type ConnectionOptions,
  fromConfig,
  HttpError,
  NetworkError,
  NotFoundError,
  objectStore,
  OpenStackError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FaultProxy } from "./faults/proxy.js";
import { admin, AUTH_URL, STATE, uniqueName } from "./support/cloud.js";
import { fileLogger } from "./support/debug-log.js";

/** Keystone's Fernet tokens, whoever they were issued to. */
const FERNET = /gAAAAA[A-Za-z0-9_-]{40,}/;
/** The loopback cloud's fixed secrets; `admin`'s password is a common word, so it is looked for as a value. */
const FIXED = ["demo-secret", "appcred-secret"];
const ADMIN_PASSWORD = /"password"\s*:\s*"admin"|password=admin\b/;

const name = uniqueName("secrets");
const random = () => `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const password = `Pw-${random()}`;
const appSecret = `App-${random()}`;
const tempUrlKey = `Key-${random()}`;
const payload = `Payload-${random()}`;
const logFile =
  process.env["OPENSTACK_TS_DEBUG_LOG"] ?? join(mkdtempSync(join(tmpdir(), "openstack-ts-secrets-")), "debug.log");
const logger = fileLogger(logFile);

/** Every token Keystone issued to this file's connections, read off the wire. */
const issued = new Set<string>();
const watching: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const token = response.headers.get("x-subject-token");
  if (token) issued.add(token);
  return response;
};
const secrets = () => [password, appSecret, tempUrlKey, payload, ...FIXED, ...issued];

const direct = new Connection({ ...admin, logger, fetch: watching });
const errors: unknown[] = [];
const texts: string[] = [];
let userId = "";
let credentialId = "";
let signature = "";
let secretRef = "";
let proxy: FaultProxy;

const as = (options: Partial<ConnectionOptions>) =>
  new Connection({ authUrl: AUTH_URL, logger, fetch: watching, retries: false, ...options } as ConnectionOptions);
const failure = async (call: () => Promise<unknown>) => {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  errors.push(error);
  return error;
};

beforeAll(async () => {
  proxy = await FaultProxy.start([5000]);
  const project = (await direct.identity.findProject("demo"))!;
  const member = (await direct.identity.findRole("member"))!;
  userId = (await direct.identity.createUser({ name, password, default_project_id: project.id })).id;
  await direct.identity.assignProjectRoleToUser({ project, user: userId, role: member });
  const user = as({ username: name, password, projectName: "demo" });
  const credential = await user.identity.createApplicationCredential({ user_id: userId, name, secret: appSecret });
  credentialId = credential.id;
  await objectStore.createContainer(direct.session, name);
  await objectStore.uploadObject(direct.session, name, "shared", "shared by temp URL");
  await objectStore.setContainerTempUrlKey(direct.session, name, tempUrlKey);
  const url = await objectStore.generateTempUrl(direct.session, {
    container: name,
    object: "shared",
    expiresIn: 300,
    key: tempUrlKey,
  });
  signature = new URL(url).searchParams.get("temp_url_sig")!;
  texts.push(await (await direct.objectStore.get(url, { anonymous: true })).text());
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  if (userId) await direct.identity.deleteUser(userId);
  await objectStore.deleteObject(direct.session, name, "shared").catch(() => undefined);
  await objectStore.deleteContainer(direct.session, name).catch(() => undefined);
  if (secretRef) await direct.keyManager.deleteSecret(secretRef).catch(() => undefined);
});

describe("secrets", () => {
  it("authenticates every way, with debug logging on", async () => {
    const byPassword = as({ username: name, password, projectName: "demo" });
    const byCredential = as({
      authPlugin: "v3applicationcredential",
      applicationCredentialId: credentialId,
      applicationCredentialSecret: appSecret,
    });
    const token = await byPassword.authorize();
    const byToken = as({ authPlugin: "token", token, projectName: "demo", projectDomainName: "Default" });
    for (const conn of [byPassword, byCredential, byToken]) {
      expect((await conn.network.listNetworks({ name })).length).toBe(0);
    }
    expect(await byCredential.authorize()).toMatch(FERNET);
    expect(issued.size).toBeGreaterThanOrEqual(3);
  });

  it("stores a Barbican payload and reads it back, with debug logging on; no string form shows it", async () => {
    const secret = await direct.keyManager.createSecret({ name, payload });
    secretRef = secret.secret_ref;
    const read = await direct.keyManager.getSecretPayload(secret);
    expect(read.text()).toBe(payload);
    const bytes = await direct.keyManager.getSecretPayload(secret.id, { contentType: "text/plain" });
    scan(
      [String(read), JSON.stringify({ read, bytes }), inspect(read, { showHidden: true, depth: 10 })],
      "a payload read",
    );
    // Storing it again is refused (409): an error of a request that carried it.
    expect(await failure(() => direct.keyManager.updateSecret(secret, payload))).toBeInstanceOf(ConflictError);
    expect(
      await failure(() => direct.keyManager.createSecret({ name, payload, payload_content_type: "text/bogus" })),
    ).toBeInstanceOf(BadRequestError);
  });

  it("fails every way, each failure one of the SDK's errors", async () => {
    const token = await as({ username: name, password, projectName: "demo" }).authorize();
    expect(
      await failure(() => as({ username: name, password: `${password}-wrong`, projectName: "demo" }).authorize()),
    ).toBeInstanceOf(UnauthorizedError);
    expect(
      await failure(() =>
        as({
          authPlugin: "v3applicationcredential",
          applicationCredentialId: credentialId,
          applicationCredentialSecret: `${appSecret}-wrong`,
        }).authorize(),
      ),
    ).toBeInstanceOf(UnauthorizedError);
    await direct.identity.deleteToken(token);
    // Keystone answers a revoked token with 404, repeating it ("Could not find token: …").
    expect(
      await failure(() =>
        as({ authPlugin: "token", token, projectName: "demo", projectDomainName: "Default" }).authorize(),
      ),
    ).toBeInstanceOf(HttpError);
    expect(await failure(() => direct.identity.getToken(token))).toBeInstanceOf(NotFoundError);
    expect(await failure(() => direct.network.getNetwork("00000000-0000-4000-8000-000000000000"))).toBeInstanceOf(
      NotFoundError,
    );
    expect(
      await failure(() =>
        as({ authUrl: "http://127.0.0.1:9/v3", username: name, password, projectName: "demo" }).authorize(),
      ),
    ).toBeInstanceOf(NetworkError);
    proxy.inject({ method: "POST", path: /auth\/tokens/, fault: { kind: "withhold" } });
    expect(
      await failure(() =>
        as({ authUrl: proxy.authUrl, username: name, password, projectName: "demo", timeout: 1000 }).authorize(),
      ),
    ).toBeInstanceOf(TimeoutError);
    proxy.inject({
      method: "POST",
      path: /auth\/tokens/,
      fault: { kind: "replace-body", body: `<html>${password}</html>` },
    });
    expect(
      await failure(() => as({ authUrl: proxy.authUrl, username: name, password, projectName: "demo" }).authorize()),
    ).toBeInstanceOf(ResponseValidationError);
    for (const error of errors) expect(error).toBeInstanceOf(OpenStackError);
  });

  it("leaves no secret in any error's message, String(), JSON, stack or inspection", () => {
    expect(errors.length).toBeGreaterThanOrEqual(8);
    for (const error of errors) {
      const e = error as Error;
      scan(
        [e.message, String(e), JSON.stringify(e), e.stack ?? "", inspect(e, { depth: 10, showHidden: true })],
        `${e.name}: ${e.message}`,
      );
    }
  });

  it("leaves no secret in the string forms of a connection and its configuration", async () => {
    const env = { OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)) };
    for (const cloudName of ["local", "local-demo", "local-appcred"]) {
      const conn = await fromConfig({ cloudName, env });
      await conn.authorize();
      const config = conn.config;
      expect(config).toBeDefined();
      scan(
        [
          String(config),
          JSON.stringify(config),
          inspect(config, { depth: 10 }),
          inspect(conn, { depth: 4 }),
          inspect(conn.session, { depth: 4 }),
        ],
        `conn.config of ${cloudName}`,
      );
      expect(JSON.stringify(config)).not.toMatch(ADMIN_PASSWORD);
    }
  });

  it("leaves no secret in the debug log", () => {
    const log = readFileSync(logFile, "utf8");
    const lines = log.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    // The log saw what was sent: the temp URL (its signature redacted), and token re-authentication.
    expect(log).toContain("temp_url_sig=%3Credacted%3E");
    expect(log).toMatch(/"level":"debug","message":"POST http:\/\/127\.0\.0\.1:\d+\/v3\/auth\/tokens -> 201"/);
    scan(lines, "the debug log");
    expect(log).not.toMatch(ADMIN_PASSWORD);
  });
});

/** Fails naming the first text that holds a secret of this run or any Keystone token. */
function scan(texts: string[], where: string): void {
  const known = [...secrets(), signature].filter((s) => s.length >= 8);
  for (const text of texts) {
    for (const secret of known) {
      if (text.includes(secret))
        throw new Error(`${where} holds a secret (${secret.slice(0, 6)}…): ${text.slice(0, 300)}`);
    }
    const token = FERNET.exec(text);
    if (token) throw new Error(`${where} holds a Keystone token (${token[0].slice(0, 10)}…): ${text.slice(0, 300)}`);
  }
}
