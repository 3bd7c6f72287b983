// Second factors on the real Keystone (issue 15): a user with a TOTP credential logs in with
// v3totp alone; once its multi-factor rules ask for password and TOTP, a password alone ends
// in a receipt error that the receipt and a passcode complete, onSecondFactor completes in
// one call, v3multifactor sends both at once, and each refusal is its own typed error.
// Keystone accepts a passcode again within its window (it keeps no record of used ones), so
// the tests reuse one when they need to; freshPasscode only avoids a window's last seconds.
import { inspect } from "node:util";
import {
  AuthReceipt,
  AuthReceiptExpiredError,
  AuthReceiptRequiredError,
  AuthRulesNotSatisfiedError,
  Connection,
  type ConnectionOptions,
  fromConfig,
  PasscodeRejectedError,
  type SecondFactorChallenge,
} from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, recordingFetch, uniqueName } from "./support/cloud.js";
import { keystoneauth } from "./support/keystoneauth.js";
import { freshPasscode, newTotpSecret, wrongPasscode } from "./support/totp.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const name = uniqueName("mfa");
const password = `mfa-password-${Math.random().toString(36).slice(2)}`;
const secret = newTotpSecret();
let userId = "";
let projectId = "";

const as = (options: Partial<ConnectionOptions>) =>
  new Connection({
    authUrl: AUTH_URL,
    projectName: "demo",
    projectDomainId: "default",
    ...options,
  } as ConnectionOptions);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("the login succeeded");
    },
    (error: unknown) => error,
  );

/** Every string form of an error, none of which may hold a secret. */
const forms = (error: unknown) => [
  String(error),
  JSON.stringify(error),
  inspect(error, { showHidden: true, depth: 5 }),
];

beforeAll(async () => {
  const project = await conn.identity.findProject("demo", { ignoreMissing: false });
  projectId = project.id;
  const user = await conn.identity.createUser({ name, password, default_project_id: project.id });
  userId = user.id;
  later(`user ${name}`, () => conn.identity.deleteUser(user));
  const member = await conn.identity.findRole("member", { ignoreMissing: false });
  await conn.identity.assignProjectRoleToUser({ project, user, role: member });
  const credential = await conn.identity.createCredential({ type: "totp", user_id: user.id, blob: secret });
  later(`totp credential of ${name}`, () => conn.identity.deleteCredential(credential));
}, 60_000);

describe("v3totp alone (no multi-factor rules yet)", () => {
  it("logs in with a passcode, the user by id or by name and domain", async () => {
    const passcode = await freshPasscode(secret);
    const byId = as({ authPlugin: "v3totp", userId, passcode });
    const byName = as({ authPlugin: "v3totp", username: name, userDomainName: "Default", passcode });
    for (const login of [byId, byName]) {
      const access = await login.session.access();
      expect(access.user?.id).toBe(userId);
      expect(access.project?.id).toBe(projectId);
    }
    expect((await byId.identity.getUser(userId)).name).toBe(name);
  });

  it("gives the same user, project and roles as keystoneauth's v3totp", async () => {
    const passcode = await freshPasscode(secret, 10_000);
    const ours = await as({ authPlugin: "v3totp", userId, passcode }).session.access();
    const python = keystoneauth({
      auth_type: "v3totp",
      auth_url: AUTH_URL,
      user_id: userId,
      passcode,
      project_name: "demo",
      project_domain_id: "default",
    });
    expect(python).toEqual({
      user_id: ours.user?.id,
      project_id: ours.project?.id,
      roles: (ours.roles ?? []).map((role) => role.name).sort(),
      methods: ["totp"],
    });
  });

  it("ends a wrong passcode in PasscodeRejectedError, without the passcode in any form", async () => {
    const wrong = wrongPasscode(secret);
    const error = await rejection(as({ authPlugin: "v3totp", userId, passcode: wrong }).authorize());
    expect(error).toBeInstanceOf(PasscodeRejectedError);
    expect((error as Error).message).toMatch(/refused the TOTP passcode/);
    for (const form of forms(error)) expect(form).not.toContain(wrong);
  });
});

describe("a user whose rules require password and TOTP", () => {
  beforeAll(async () => {
    await conn.identity.updateUser(userId, {
      options: { multi_factor_auth_enabled: true, multi_factor_auth_rules: [["password", "totp"]] },
    });
  });

  const passwordLogin = (extra: Partial<ConnectionOptions> = {}) =>
    as({ authPlugin: "password", username: name, userDomainName: "Default", password, ...extra });

  it("answers a password alone with AuthReceiptRequiredError: the rules, what is missing, the expiry", async () => {
    const error = await rejection(passwordLogin().authorize());
    expect(error).toBeInstanceOf(AuthReceiptRequiredError);
    const receiptError = error as AuthReceiptRequiredError;
    expect(receiptError.status).toBe(401);
    expect(receiptError.methods).toEqual(["password"]);
    expect(receiptError.requiredAuthMethods.map((rule) => [...rule].sort())).toEqual([["password", "totp"]]);
    expect(receiptError.missingMethods).toEqual([["totp"]]);
    expect(receiptError.user?.id).toBe(userId);
    expect(receiptError.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(receiptError.receipt.value.length).toBeGreaterThan(20);
    expect(receiptError.message).toMatch(/missing: totp/);
    for (const form of [...forms(error), String(receiptError.receipt), JSON.stringify(receiptError.receipt)]) {
      expect(form).not.toContain(receiptError.receipt.value);
      expect(form).not.toContain(password);
    }
  });

  it("completes the login with the receipt and a passcode (v3totp), as an object or as its value", async () => {
    const first = (await rejection(passwordLogin().authorize())) as AuthReceiptRequiredError;
    const passcode = await freshPasscode(secret);
    for (const receipt of [first.receipt, first.receipt.value]) {
      const completed = as({ authPlugin: "v3totp", userId, passcode, receipt });
      const access = await completed.session.access();
      expect(access.user?.id).toBe(userId);
      expect(access.project?.id).toBe(projectId);
    }
  });

  it("completes in one call with onSecondFactor, one login for concurrent callers", async () => {
    const recorder = recordingFetch();
    const challenges: SecondFactorChallenge[] = [];
    const login = passwordLogin({
      fetch: recorder.fetch,
      onSecondFactor: async (challenge) => {
        challenges.push(challenge);
        return { passcode: await freshPasscode(secret) };
      },
    });
    const tokens = await Promise.all([login.authorize(), login.authorize(), login.currentUserId]);
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[2]).toBe(userId);
    expect(challenges).toHaveLength(1);
    expect(challenges[0]).toMatchObject({ methods: ["password"], missingMethods: [["totp"]] });
    expect(recorder.count("POST", /\/v3\/auth\/tokens$/)).toBe(2);
    expect((await login.identity.getUser(userId)).id).toBe(userId);
  });

  it("ends a wrong passcode sent with the receipt in PasscodeRejectedError", async () => {
    const first = (await rejection(passwordLogin().authorize())) as AuthReceiptRequiredError;
    const wrong = wrongPasscode(secret);
    const error = await rejection(
      as({ authPlugin: "v3totp", userId, passcode: wrong, receipt: first.receipt }).authorize(),
    );
    expect(error).toBeInstanceOf(PasscodeRejectedError);
    for (const form of forms(error)) {
      expect(form).not.toContain(wrong);
      expect(form).not.toContain(first.receipt.value);
    }
  });

  it("ends a receipt Keystone cannot read, or one past its expiry, in AuthReceiptExpiredError", async () => {
    const first = (await rejection(passwordLogin().authorize())) as AuthReceiptRequiredError;
    // One character changed in the middle: Keystone's Fernet check fails as for an expired one.
    const value = first.receipt.value;
    const middle = Math.floor(value.length / 2);
    const altered = value.slice(0, middle) + (value[middle] === "A" ? "B" : "A") + value.slice(middle + 1);
    const passcode = await freshPasscode(secret);
    const refused = await rejection(as({ authPlugin: "v3totp", userId, passcode, receipt: altered }).authorize());
    expect(refused).toBeInstanceOf(AuthReceiptExpiredError);
    expect((refused as Error).message).toMatch(/refused the auth receipt/);
    for (const form of forms(refused)) expect(form).not.toContain(altered);
    // A receipt known to have expired is not even sent.
    const recorder = recordingFetch();
    const expired = new AuthReceipt(value, { methods: ["password"], expiresAt: new Date(Date.now() - 1000) });
    const local = await rejection(
      as({ authPlugin: "v3totp", userId, passcode, receipt: expired, fetch: recorder.fetch }).authorize(),
    );
    expect(local).toBeInstanceOf(AuthReceiptExpiredError);
    expect(recorder.count("POST", /auth\/tokens/)).toBe(0);
  });

  it("ends a second factor that meets no rule in AuthRulesNotSatisfiedError", async () => {
    // The person answers with the password again instead of a passcode.
    const login = passwordLogin({ onSecondFactor: () => ({ password }) });
    const error = await rejection(login.authorize());
    expect(error).toBeInstanceOf(AuthRulesNotSatisfiedError);
    expect((error as AuthRulesNotSatisfiedError).missingMethods).toEqual([["totp"]]);
    expect((error as Error).message).toMatch(/meet none of the user's rules/);
  });

  it("logs in with v3multifactor, password and passcode in one request", async () => {
    const recorder = recordingFetch();
    const passcode = await freshPasscode(secret);
    const login = as({
      authPlugin: "v3multifactor",
      authMethods: ["v3password", "v3totp"],
      username: name,
      userDomainName: "Default",
      password,
      passcode,
      fetch: recorder.fetch,
    });
    const access = await login.session.access();
    expect(access.user?.id).toBe(userId);
    expect(access.project?.id).toBe(projectId);
    expect(recorder.count("POST", /auth\/tokens/)).toBe(1);
  });

  it("logs in from clouds.yaml with auth_type v3multifactor, the passcode given at connect time", async () => {
    const cloudConfig = {
      clouds: {
        mfa: {
          auth_type: "v3multifactor",
          region_name: "RegionOne",
          auth: {
            auth_url: AUTH_URL,
            auth_methods: ["v3password", "v3totp"],
            username: name,
            user_domain_name: "Default",
            password,
            project_name: "demo",
            project_domain_name: "Default",
          },
        },
      },
    };
    const login = await fromConfig({
      cloudName: "mfa",
      cloudConfig,
      env: {},
      connection: { passcode: () => freshPasscode(secret) },
    });
    expect(await login.currentUserId).toBe(userId);
    expect(await login.currentProjectId).toBe(projectId);
  });

  it("gives the same user, project and roles as keystoneauth's v3multifactor, and the same receipt for a password", async () => {
    const passcode = await freshPasscode(secret, 10_000);
    const ours = await as({
      authPlugin: "v3multifactor",
      authMethods: ["v3password", "v3totp"],
      userId,
      password,
      passcode,
    }).session.access();
    const python = keystoneauth({
      auth_url: AUTH_URL,
      auth_methods: ["v3password", "v3totp"],
      user_id: userId,
      password,
      passcode,
      project_name: "demo",
      project_domain_id: "default",
    });
    expect(python).toEqual({
      user_id: ours.user?.id,
      project_id: ours.project?.id,
      roles: (ours.roles ?? []).map((role) => role.name).sort(),
      methods: ["password", "totp"],
    });
    // And the receipt keystoneauth gets for a password alone names the same rules.
    const receipt = keystoneauth({
      auth_url: AUTH_URL,
      user_id: userId,
      password,
      project_name: "demo",
      project_domain_id: "default",
      auth_type: "v3password",
    });
    expect(receipt).toMatchObject({
      missing_auth_methods: { methods: ["password"], required: [["password", "totp"]] },
    });
  });
});
