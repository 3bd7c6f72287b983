import type { HttpErrorInit } from "../errors/http-error.js";
import { ConfigError } from "../errors/sdk-errors.js";
import { requestIdOf, serverMessageOf } from "../http/error-body.js";
import { REDACTED, redactUrl } from "../log/logger.js";
import { AuthReceipt, receiptOf } from "./auth-receipt.js";
import type { FactorOptions, SecondFactorArguments } from "./factor-options.js";
import type { IdentityMethod } from "./identity-method.js";
import {
  AuthReceiptExpiredError,
  AuthReceiptRequiredError,
  AuthRulesNotSatisfiedError,
  CredentialsRejectedError,
  describeUser,
  PasscodeRejectedError,
} from "./login-errors.js";
import type { AuthResult, AuthTransport } from "./plugin.js";
import { postLogin, tokenResultOf } from "./v3-tokens.js";

/** Enough rounds for any rule Keystone can hold (its methods are fewer); a guard against a loop. */
const MAX_ROUNDS = 5;

/**
 * The rounds of a login that met a 401 or came with a receipt (./factor-login.ts sends the
 * first one): on a receipt, asks `onSecondFactor` for the missing secret and sends it with
 * that receipt; every refusal ends in a typed error (./login-errors.ts). `first` is the
 * first round's answer when it was already sent.
 */
export async function factorRounds(
  url: string,
  transport: AuthTransport,
  request: { methods: readonly IdentityMethod[]; scope: Record<string, unknown> | undefined } & FactorOptions,
  signal: AbortSignal | undefined,
  now: () => number,
  first?: Response,
): Promise<AuthResult> {
  let receipt = typeof request.receipt === "string" ? new AuthReceipt(request.receipt) : request.receipt;
  let methods = request.methods;
  let answered = first;
  for (let round = 1; ; round++) {
    const init = (response: Response): HttpErrorInit => ({
      status: response.status,
      method: "POST",
      url: redactUrl(url),
      requestId: requestIdOf(response.headers),
    });
    if (receipt?.expiredAt(now())) {
      throw new AuthReceiptExpiredError({ status: 401, method: "POST", url: redactUrl(url) }, receipt.expiresAt, true);
    }
    const response = answered ?? (await postLogin(transport, url, methods, request.scope, receipt?.value, signal));
    answered = undefined;
    if (response.status !== 401) return tokenResultOf(response);
    const body = await response.text().catch(() => "");
    const issued = receiptOf(response.headers, body);
    if (!issued) throw refusal(body, init(response), methods, receipt);
    const completing = receipt !== undefined || methods.length > 1;
    const progressed =
      receipt === undefined || receipt.methods.length === 0 || issued.methods.length > receipt.methods.length;
    if (!request.onSecondFactor || !progressed || round >= MAX_ROUNDS) {
      throw completing
        ? new AuthRulesNotSatisfiedError(init(response), issued)
        : new AuthReceiptRequiredError(init(response), issued);
    }
    const { methods: done, requiredAuthMethods, missingMethods, user, expiresAt } = issued;
    const answer = await request.onSecondFactor({
      methods: done,
      requiredAuthMethods,
      missingMethods,
      user,
      expiresAt,
    });
    if (!answer) throw new AuthReceiptRequiredError(init(response), issued);
    methods = factorMethods(answer, issued.user?.id ? { id: issued.user.id } : userOf(methods));
    receipt = issued;
  }
}

/** The methods `onSecondFactor`'s answer stands for, for the receipt's user. */
function factorMethods(answer: SecondFactorArguments, user: Record<string, unknown>): IdentityMethod[] {
  const methods: IdentityMethod[] = [];
  if (typeof answer.password === "string")
    methods.push({ name: "password", body: { user: { ...user, password: answer.password } } });
  if (typeof answer.passcode === "string")
    methods.push({ name: "totp", body: { user: { ...user, passcode: answer.passcode } } });
  if (methods.length === 0) {
    throw new ConfigError(
      `onSecondFactor returned neither passcode nor password (keys: ${Object.keys(answer).join(", ") || "none"})`,
    );
  }
  return methods;
}

/** The receipt's user by id (Keystone checks the receipt is that user's), else as the first method named it. */
function userOf(methods: readonly IdentityMethod[]): Record<string, unknown> {
  const user = (methods[0]?.body["user"] ?? {}) as Record<string, unknown>;
  return user["id"] ? { id: user["id"] } : { name: user["name"], domain: user["domain"] };
}

/** The typed error for a 401 without a receipt, its server message stripped of the receipt. */
function refusal(
  body: string,
  init: HttpErrorInit,
  methods: readonly IdentityMethod[],
  receipt: AuthReceipt | undefined,
): Error {
  let serverMessage = serverMessageOf(body);
  if (serverMessage && receipt) serverMessage = serverMessage.split(receipt.value).join(REDACTED);
  const full: HttpErrorInit = { ...init, serverMessage };
  // Keystone names the receipt ("Could not find auth receipt") when it is the receipt it refuses.
  if (receipt && serverMessage && /auth receipt/i.test(serverMessage))
    return new AuthReceiptExpiredError(full, receipt.expiresAt);
  const names = methods.map((m) => m.name);
  const user = describeUser(receipt?.user ?? (userOf(methods) as { id?: string; name?: string }));
  return names.length === 1 && names[0] === "totp"
    ? new PasscodeRejectedError(full, names, user)
    : new CredentialsRejectedError(full, names, user);
}
