// Second factors, receipts and OAuth 2.0 never reach a log line or an error: a TOTP secret
// and its passcodes, an auth receipt, an OAuth 2.0 client secret and its Basic header, the
// tokens of re-scoped logins. A user logs in by TOTP, through a receipt, by both factors at
// once and re-scoped, and by OAuth 2.0, and fails each way, with debug logging on; then every
// error is scanned. secrets.test.ts scans the whole run's debug log, these lines included.
import { inspect } from "node:util";
import type { AuthReceiptRequiredError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ONE_REGION } from "./support/cloud.js";
import { itLeavesNoSecretInErrors, secretsUser, secretsWatch } from "./support/secrets-watch.js";
import { freshPasscode, newTotpSecret, wrongPasscode } from "./support/totp.js";

const watch = secretsWatch("secret-logins");
const { name, password, appSecret, direct, as, failure, scan } = watch;
const totpSecret = newTotpSecret();
let userId = "";
let credentialId = "";

beforeAll(async () => {
  ({ userId, credentialId } = await secretsUser(watch));
}, 120_000);

afterAll(async () => {
  if (userId) await direct.identity.deleteUser(userId);
});

describe("secrets of second factors and OAuth 2.0", () => {
  it("logs in by TOTP, through a receipt, by OAuth 2.0 and by re-scoping, and fails each way, with debug logging on", async () => {
    await direct.identity.createCredential({ type: "totp", user_id: userId, blob: totpSecret });
    watch.known.add(totpSecret);
    const totp = async () => {
      const passcode = await freshPasscode(totpSecret);
      watch.known.add(passcode);
      return passcode;
    };
    const scope = { projectName: "demo", projectDomainName: "Default" };
    // TOTP alone, then a wrong passcode.
    await as({ authPlugin: "v3totp", userId, passcode: await totp(), ...scope }).authorize();
    const wrong = wrongPasscode(totpSecret);
    watch.known.add(wrong);
    await failure(() => as({ authPlugin: "v3totp", userId, passcode: wrong, ...scope }).authorize());
    // Rules that need both: a password alone gets a receipt error, which a passcode completes.
    await direct.identity.updateUser(userId, {
      options: { multi_factor_auth_enabled: true, multi_factor_auth_rules: [["password", "totp"]] },
    });
    try {
      const receiptError = (await failure(() =>
        as({ userId, password, ...scope }).authorize(),
      )) as AuthReceiptRequiredError;
      watch.known.add(receiptError.receipt.value);
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
    watch.known.add(Buffer.from(`${credentialId}:${appSecret}`).toString("base64"));
    const oauth2 = as({
      authPlugin: "v3oauth2clientcredential",
      oauth2ClientId: credentialId,
      oauth2ClientSecret: appSecret,
      ...ONE_REGION,
    });
    expect((await oauth2.network.listNetworks({ name })).length).toBe(0);
    const wrongSecret = `${appSecret}-oauth2-wrong`;
    watch.known.add(wrongSecret);
    watch.known.add(Buffer.from(`${credentialId}:${wrongSecret}`).toString("base64"));
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

  itLeavesNoSecretInErrors(watch, 4);
});
