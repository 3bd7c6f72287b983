// Secrets never reach a log line, an error (message, String(), JSON.stringify(), stack,
// inspection) or the string forms of a connection and its configuration: not a password, a
// token, an application credential's secret, a temp URL key or signature, a Barbican payload, a
// TOTP passcode, an auth receipt, an OAuth 2.0 client secret (and its Basic header), an OpenID
// Connect client secret or provider token. Its own calls
// authenticate every way, fail every way, and use a temp URL, with debug logging on (through
// support/debug-log.ts, the logger a whole run gets with OPENSTACK_TS_DEBUG_LOG=<file>); then
// everything is scanned, and so is the debug log of the whole run, when there is one.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import {
  type AuthReceiptRequiredError,
  BadRequestError,
  ConflictError,
  Connection,
  FederatedLoginRefusedError,
  type ConnectionOptions,
  fromConfig,
  HttpError,
  NetworkError,
  NotFoundError,
  objectStore,
  OidcProviderRefusedError,
  OpenStackError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FaultProxy } from "./faults/proxy.js";
import { admin, AUTH_URL, ONE_REGION, oidcAlice, STATE, uniqueName } from "./support/cloud.js";
import { fileLogger } from "./support/debug-log.js";
import {
  ADMIN_PASSWORD,
  FERNET,
  FIXED_SECRETS,
  randomSecret,
  scanForSecrets,
  watchingTokens,
} from "./support/secret-scan.js";
import { freshPasscode, newTotpSecret, wrongPasscode } from "./support/totp.js";

const name = uniqueName("secrets");
const password = randomSecret("Pw");
const appSecret = randomSecret("App");
const tempUrlKey = randomSecret("Key");
const payload = randomSecret("Payload");
const logFile =
  process.env["OPENSTACK_TS_DEBUG_LOG"] ?? join(mkdtempSync(join(tmpdir(), "openstack-ts-secrets-")), "debug.log");
const logger = fileLogger(logFile);

/** Every token Keystone issued to this file's connections, read off the wire. */
const issued = new Set<string>();
const watching = watchingTokens(issued);
/** Second factors, receipts and OAuth 2.0 client secrets this file's logins used or were given. */
const loginSecrets = new Set<string>();
const secrets = () => [password, appSecret, tempUrlKey, payload, ...FIXED_SECRETS, ...issued, ...loginSecrets];

const direct = new Connection({ ...admin, logger, fetch: watching });
const errors: unknown[] = [];
const texts: string[] = [];
let userId = "";
let credentialId = "";
const totpSecret = newTotpSecret();
let signature = "";
let secretRef = "";
let proxy: FaultProxy;

const as = (options: Partial<ConnectionOptions>) =>
  new Connection({ authUrl: AUTH_URL, logger, fetch: watching, retries: false, ...options } as ConnectionOptions);
const oidc = oidcAlice;
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
    for (const authPlugin of ["v3oidcpassword", "v3oidcclientcredentials"]) {
      expect(await as({ ...oidc, authPlugin }).authorize()).toMatch(FERNET);
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
    expect(await failure(() => as({ ...oidc, authPlugin: "v3oidcpassword", password }).authorize())).toBeInstanceOf(
      OidcProviderRefusedError,
    );
    expect(
      await failure(() => as({ ...oidc, authPlugin: "v3oidcaccesstoken", accessToken: password }).authorize()),
    ).toBeInstanceOf(FederatedLoginRefusedError);
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

  it("logs in by TOTP, through a receipt, by OAuth 2.0 and by re-scoping, and fails each way, with debug logging on", async () => {
    await direct.identity.createCredential({ type: "totp", user_id: userId, blob: totpSecret });
    loginSecrets.add(totpSecret);
    const totp = async () => {
      const passcode = await freshPasscode(totpSecret);
      loginSecrets.add(passcode);
      return passcode;
    };
    const scope = { projectName: "demo", projectDomainName: "Default" };
    // TOTP alone, then a wrong passcode.
    await as({ authPlugin: "v3totp", userId, passcode: await totp(), ...scope }).authorize();
    const wrong = wrongPasscode(totpSecret);
    loginSecrets.add(wrong);
    await failure(() => as({ authPlugin: "v3totp", userId, passcode: wrong, ...scope }).authorize());
    // Rules that need both: a password alone gets a receipt error, which a passcode completes.
    await direct.identity.updateUser(userId, {
      options: { multi_factor_auth_enabled: true, multi_factor_auth_rules: [["password", "totp"]] },
    });
    try {
      const receiptError = (await failure(() =>
        as({ userId, password, ...scope }).authorize(),
      )) as AuthReceiptRequiredError;
      loginSecrets.add(receiptError.receipt.value);
      await as({
        authPlugin: "v3totp",
        userId,
        passcode: await totp(),
        receipt: receiptError.receipt,
        ...scope,
      }).authorize();
      await as({ userId, password, onSecondFactor: async () => ({ passcode: await totp() }), ...scope }).authorize();
      // Re-scoping the token of a TOTP + password login: to the project, then where the user has no role.
      const unscoped = as({
        authPlugin: "v3multifactor",
        authMethods: ["v3password", "v3totp"],
        userId,
        password,
        passcode: await totp(),
      });
      expect(await unscoped.connectAs(scope).currentProjectId).toBeDefined();
      await failure(() => unscoped.connectAs({ systemScope: "all" }).authorize());
    } finally {
      await direct.identity.updateUser(userId, { options: { multi_factor_auth_enabled: false } });
    }
    // Keystone's OAuth 2.0, the application credential as client: a service call, then a wrong secret.
    loginSecrets.add(Buffer.from(`${credentialId}:${appSecret}`).toString("base64"));
    const oauth2 = as({
      authPlugin: "v3oauth2clientcredential",
      oauth2ClientId: credentialId,
      oauth2ClientSecret: appSecret,
      ...ONE_REGION,
    });
    expect((await oauth2.network.listNetworks({ name })).length).toBe(0);
    const wrongSecret = `${appSecret}-oauth2-wrong`;
    loginSecrets.add(wrongSecret);
    loginSecrets.add(Buffer.from(`${credentialId}:${wrongSecret}`).toString("base64"));
    await failure(() =>
      as({
        authPlugin: "v3oauth2clientcredential",
        oauth2ClientId: credentialId,
        oauth2ClientSecret: wrongSecret,
      }).authorize(),
    );
    scan(
      [String(oauth2), inspect(oauth2, { depth: 4 }), inspect(oauth2.session.tokens.plugin, { showHidden: true })],
      "an OAuth 2.0 connection",
    );
  }, 120_000);

  it("leaves no secret in any error's message, String(), JSON, stack or inspection", () => {
    expect(errors.length).toBeGreaterThanOrEqual(12);
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
  scanForSecrets(texts, where, [...secrets(), signature]);
}
