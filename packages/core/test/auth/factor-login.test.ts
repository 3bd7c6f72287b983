// The multi-factor login through a real Session on msw: Keystone's receipt 401, its
// completion, onSecondFactor, and each refusal's typed error, with no secret in any form.
import { http, HttpResponse } from "msw";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { AuthReceipt } from "../../src/auth/auth-receipt.js";
import {
  AuthReceiptExpiredError,
  AuthReceiptRequiredError,
  AuthRulesNotSatisfiedError,
  CredentialsRejectedError,
  PasscodeRejectedError,
} from "../../src/auth/login-errors.js";
import { PasswordAuth } from "../../src/auth/password.js";
import type { AuthPlugin } from "../../src/auth/plugin.js";
import { TotpAuth } from "../../src/auth/totp.js";
import { UnauthorizedError } from "../../src/errors/http-error.js";
import { redactHeaders } from "../../src/log/logger.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const server = mockServer();
const AUTH_URL = "http://keystone.test/v3";
const RECEIPT = "gAAAAABreceipt-value-that-is-a-credential";
const PASSWORD = "pa55-word-secret";
const PASSCODE = "024680";
const EXPIRES = "2099-07-05T08:39:23.000000Z";
const USER = { id: "u-1", name: "alice", domain: { id: "default", name: "Default" } };
const RULES = [["password", "totp"]];

interface Seen {
  methods: string[];
  receipt: string | null;
  body: { auth: { identity: Record<string, { user?: Record<string, unknown> }> } };
}

/**
 * Keystone with one user whose rules need password and TOTP: a receipt for each accepted
 * method short of a rule (methods carried over from the receipt), 401 without one for a
 * wrong secret, and `receiptValid` false for a receipt it no longer reads.
 */
function keystone(options: { receiptValid?: boolean; rules?: string[][] } = {}) {
  const seen: Seen[] = [];
  const rules = options.rules ?? RULES;
  server.use(
    http.post(`${AUTH_URL}/auth/tokens`, async ({ request }) => {
      const body = (await request.json()) as Seen["body"] & { auth: { identity: { methods: string[] } } };
      const methods = body.auth.identity.methods;
      const receipt = request.headers.get("openstack-auth-receipt");
      seen.push({ methods, receipt, body });
      const refused = (message = "The request you have made requires authentication.") =>
        HttpResponse.json({ error: { code: 401, title: "Unauthorized", message } }, { status: 401 });
      const identity = body.auth.identity;
      if (methods.includes("password") && identity["password"]?.user?.["password"] !== PASSWORD) return refused();
      if (methods.includes("totp") && identity["totp"]?.user?.["passcode"] !== PASSCODE) return refused();
      if (receipt && (options.receiptValid === false || receipt !== RECEIPT)) {
        return refused(`Could not find auth receipt: ${receipt}.`);
      }
      const done = new Set([...(receipt ? ["password"] : []), ...methods]);
      if (!rules.some((rule) => rule.every((m) => done.has(m)))) {
        return HttpResponse.json(
          {
            receipt: { methods: [...done], expires_at: EXPIRES, issued_at: "2018-07-05T08:34:23Z", user: USER },
            required_auth_methods: rules,
          },
          { status: 401, headers: { "Openstack-Auth-Receipt": RECEIPT, "X-Openstack-Request-Id": "req-1" } },
        );
      }
      return HttpResponse.json(
        { token: { methods: [...done], expires_at: "2099-01-01T00:00:00Z", user: USER } },
        { status: 201, headers: { "X-Subject-Token": `token-${seen.length}` } },
      );
    }),
  );
  return seen;
}

const sessionWith = (auth: AuthPlugin) => new Session({ auth, retries: false });
const password = (extra: object = {}) =>
  new PasswordAuth({ authUrl: AUTH_URL, username: "alice", userDomainName: "Default", password: PASSWORD, ...extra });
const totp = (extra: object = {}) => new TotpAuth({ authUrl: AUTH_URL, userId: "u-1", passcode: PASSCODE, ...extra });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the login succeeded"),
    (error: unknown) => error,
  );
const forms = (value: unknown) => [
  String(value),
  JSON.stringify(value),
  inspect(value, { showHidden: true, depth: 6 }),
];

describe("a login Keystone answers with an auth receipt", () => {
  it("rejects with AuthReceiptRequiredError: rules, missing methods, expiry, user; the receipt in no string form", async () => {
    keystone();
    const error = await failure(sessionWith(password()).authorize());
    expect(error).toBeInstanceOf(AuthReceiptRequiredError);
    expect(error).toBeInstanceOf(UnauthorizedError);
    const e = error as AuthReceiptRequiredError;
    expect(e).toMatchObject({ status: 401, requestId: "req-1", methods: ["password"], requiredAuthMethods: RULES });
    expect(e.missingMethods).toEqual([["totp"]]);
    expect(e.expiresAt).toEqual(new Date(EXPIRES));
    expect(e.user?.id).toBe("u-1");
    expect(e.receipt.value).toBe(RECEIPT);
    expect(e.message).toMatch(/another factor for 'alice' \(id u-1\).*missing: totp.*2099-07-05/);
    expect(redactHeaders(new Headers({ "Openstack-Auth-Receipt": RECEIPT }))).toEqual({
      "openstack-auth-receipt": "<redacted>",
    });
    for (const form of [...forms(e), ...forms(e.receipt)]) {
      expect(form).not.toContain(RECEIPT);
      expect(form).not.toContain(PASSWORD);
    }
  });

  it("completes with the receipt (object or value) and the passcode, sent as Openstack-Auth-Receipt", async () => {
    const seen = keystone();
    const first = (await failure(sessionWith(password()).authorize())) as AuthReceiptRequiredError;
    expect(await sessionWith(totp({ receipt: first.receipt })).authorize()).toBe("token-2");
    expect(await sessionWith(totp({ receipt: RECEIPT })).authorize()).toBe("token-3");
    expect(seen.map((s) => [s.methods, s.receipt])).toEqual([
      [["password"], null],
      [["totp"], RECEIPT],
      [["totp"], RECEIPT],
    ]);
  });

  it("asks onSecondFactor once, for concurrent callers too, and completes in the same call", async () => {
    const seen = keystone();
    const asked: unknown[] = [];
    const session = sessionWith(
      password({
        onSecondFactor: async (challenge: unknown) => {
          asked.push(challenge);
          return { passcode: PASSCODE };
        },
      }),
    );
    const tokens = await Promise.all([session.authorize(), session.authorize(), session.authorize()]);
    expect(new Set(tokens)).toEqual(new Set(["token-2"]));
    expect(asked).toEqual([
      {
        methods: ["password"],
        requiredAuthMethods: RULES,
        missingMethods: [["totp"]],
        user: USER,
        expiresAt: new Date(EXPIRES),
      },
    ]);
    // The second factor names the receipt's user by id: Keystone checks the receipt is that user's.
    expect(seen[1]).toMatchObject({ methods: ["totp"], receipt: RECEIPT });
    expect(seen[1]!.body.auth.identity["totp"]).toEqual({ user: { id: "u-1", passcode: PASSCODE } });
  });

  it("ends with the receipt error when onSecondFactor gives nothing (the person cancelled)", async () => {
    const seen = keystone();
    const error = await failure(sessionWith(password({ onSecondFactor: () => undefined })).authorize());
    expect(error).toBeInstanceOf(AuthReceiptRequiredError);
    expect(error).not.toBeInstanceOf(AuthRulesNotSatisfiedError);
    expect(seen).toHaveLength(1);
  });

  it("ends a wrong passcode in PasscodeRejectedError, a wrong password in CredentialsRejectedError", async () => {
    keystone();
    const wrong = await failure(sessionWith(totp({ passcode: "000000", receipt: RECEIPT })).authorize());
    expect(wrong).toBeInstanceOf(PasscodeRejectedError);
    expect((wrong as PasscodeRejectedError).methods).toEqual(["totp"]);
    expect((wrong as Error).message).toMatch(/refused the TOTP passcode of id u-1/);
    for (const form of forms(wrong)) expect(form).not.toContain(RECEIPT);
    const viaCallback = await failure(
      sessionWith(password({ onSecondFactor: () => ({ passcode: "000000" }) })).authorize(),
    );
    expect(viaCallback).toBeInstanceOf(PasscodeRejectedError);
    const badPassword = await failure(sessionWith(password({ password: "nope" })).authorize());
    expect(badPassword).toBeInstanceOf(CredentialsRejectedError);
    expect(badPassword).not.toBeInstanceOf(PasscodeRejectedError);
    expect((badPassword as Error).message).toMatch(/refused the login of 'alice' by password/);
    expect(forms(badPassword).join(" ")).not.toContain("nope");
  });

  it("ends a receipt Keystone refuses in AuthReceiptExpiredError, its echo of the receipt redacted", async () => {
    keystone({ receiptValid: false });
    const error = await failure(sessionWith(totp({ receipt: RECEIPT })).authorize());
    expect(error).toBeInstanceOf(AuthReceiptExpiredError);
    expect((error as AuthReceiptExpiredError).serverMessage).toBe("Could not find auth receipt: <redacted>.");
    for (const form of forms(error)) expect(form).not.toContain(RECEIPT);
  });

  it("does not send a receipt known to have expired", async () => {
    const seen = keystone();
    const expired = new AuthReceipt(RECEIPT, { methods: ["password"], expiresAt: new Date(Date.now() - 1) });
    const error = await failure(sessionWith(totp({ receipt: expired })).authorize());
    expect(error).toBeInstanceOf(AuthReceiptExpiredError);
    expect((error as Error).message).toMatch(/expired at .*not sent/);
    expect(seen).toHaveLength(0);
  });

  it("ends factors that meet no rule in AuthRulesNotSatisfiedError, carrying the new receipt", async () => {
    keystone({ rules: [["password", "totp", "application_credential"]] });
    const error = await failure(sessionWith(totp({ receipt: RECEIPT })).authorize());
    expect(error).toBeInstanceOf(AuthRulesNotSatisfiedError);
    const e = error as AuthRulesNotSatisfiedError;
    expect(e.missingMethods).toEqual([["application_credential"]]);
    expect(e.message).toMatch(/accepted password\+totp .* meet none of the user's rules/);
    // The same answer again (no progress) stops onSecondFactor from being asked for ever.
    keystone();
    let asked = 0;
    const again = await failure(
      sessionWith(
        password({
          onSecondFactor: () => {
            asked++;
            return { password: PASSWORD };
          },
        }),
      ).authorize(),
    );
    expect(again).toBeInstanceOf(AuthRulesNotSatisfiedError);
    expect(asked).toBe(1);
  });
});
