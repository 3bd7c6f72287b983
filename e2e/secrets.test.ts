// Secrets never reach a log line, an error (message, String(), JSON.stringify(), stack,
// inspection) or the string forms of a connection and its configuration: not a password, a
// token, an application credential's secret, a temp URL key or signature, a Barbican payload,
// an OpenID Connect client secret or provider token. Its own calls authenticate every way,
// fail every way, and use a temp URL, with debug logging on (through support/debug-log.ts, the
// logger a whole run gets with OPENSTACK_TS_DEBUG_LOG=<file>); then everything is scanned, and
// so is the debug log of the whole run, when there is one. The second factors, receipts and
// OAuth 2.0 logins are secrets-logins.test.ts's.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import {
  BadRequestError,
  ConflictError,
  FederatedLoginRefusedError,
  fromConfig,
  HttpError,
  NetworkError,
  NotFoundError,
  objectStore,
  OidcProviderRefusedError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FaultProxy } from "./faults/proxy.js";
import { oidcAlice as oidc, STATE } from "./support/cloud.js";
import { ADMIN_PASSWORD, FERNET, randomSecret } from "./support/secret-scan.js";
import { itLeavesNoSecretInErrors, secretsUser, secretsWatch } from "./support/secrets-watch.js";

const watch = secretsWatch("secrets");
const { name, password, appSecret, direct, as, failure, scan, issued } = watch;
const tempUrlKey = randomSecret("Key");
const payload = randomSecret("Payload");
watch.known.add(tempUrlKey).add(payload);
let userId = "";
let credentialId = "";
let secretRef = "";
let proxy: FaultProxy;

beforeAll(async () => {
  proxy = await FaultProxy.start([5000]);
  ({ userId, credentialId } = await secretsUser(watch));
  await objectStore.createContainer(direct.session, name);
  await objectStore.uploadObject(direct.session, name, "shared", "shared by temp URL");
  await objectStore.setContainerTempUrlKey(direct.session, name, tempUrlKey);
  const url = await objectStore.generateTempUrl(direct.session, {
    container: name,
    object: "shared",
    expiresIn: 300,
    key: tempUrlKey,
  });
  watch.known.add(new URL(url).searchParams.get("temp_url_sig")!);
  expect(await (await direct.objectStore.get(url, { anonymous: true })).text()).toBe("shared by temp URL");
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
  });

  itLeavesNoSecretInErrors(watch, 12);

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
    const log = readFileSync(watch.logFile, "utf8");
    const lines = log.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    // The log saw what was sent: the temp URL (its signature redacted), and token re-authentication.
    expect(log).toContain("temp_url_sig=%3Credacted%3E");
    expect(log).toMatch(/"level":"debug","message":"POST http:\/\/127\.0\.0\.1:\d+\/v3\/auth\/tokens -> 201"/);
    scan(lines, "the debug log");
    expect(log).not.toMatch(ADMIN_PASSWORD);
  });
});
