import { UnauthorizedError, type HttpErrorInit } from "../errors/http-error.js";
import type { AuthReceipt } from "./auth-receipt.js";
import type { NamedRef } from "./plugin.js";

/** `'alice' (id u-1)`, or whatever part of the user is known. */
export function describeUser(user: NamedRef | { id?: string; name?: string } | undefined): string {
  if (!user) return "the user";
  if (user.name && user.id) return `'${user.name}' (id ${user.id})`;
  return user.name ? `'${user.name}'` : user.id ? `id ${user.id}` : "the user";
}

const rules = (list: readonly (readonly string[])[]): string =>
  list.length > 0 ? list.map((rule) => rule.join("+")).join(" or ") : "none given";

/** The request, to find it in Keystone's log: `POST …/auth/tokens returned 401 (request req-…)`. */
const where = (init: HttpErrorInit): string =>
  `${init.method} ${init.url} returned ${init.status}${init.requestId ? ` (request ${init.requestId})` : ""}`;

/**
 * Keystone accepted some factors, but the user's multi-factor rules need more: its 401
 * carried an auth receipt. Complete the login with the same plugin options plus
 * `receipt: error.receipt` and the missing method's arguments (a `passcode` for `totp`),
 * or give `onSecondFactor` so one call does both. The receipt never appears in the
 * message nor in any string form of the error.
 */
export class AuthReceiptRequiredError extends UnauthorizedError {
  override name = "AuthReceiptRequiredError";
  /** Methods Keystone accepted so far (`["password"]`). */
  readonly methods: readonly string[];
  /** The user's rules (`required_auth_methods`): each a set of methods that completes the login. */
  readonly requiredAuthMethods: readonly (readonly string[])[];
  /** For each rule not yet met, the methods it still needs. */
  readonly missingMethods: readonly (readonly string[])[];
  /** When the receipt stops being accepted. */
  readonly expiresAt: Date | undefined;
  readonly user: NamedRef | undefined;
  #receipt: AuthReceipt;

  constructor(init: HttpErrorInit, receipt: AuthReceipt) {
    super(init);
    this.#receipt = receipt;
    this.methods = receipt.methods;
    this.requiredAuthMethods = receipt.requiredAuthMethods;
    this.missingMethods = receipt.missingMethods;
    this.expiresAt = receipt.expiresAt;
    this.user = receipt.user;
    this.message =
      `Keystone needs another factor for ${describeUser(receipt.user)}: it accepted ${receipt.methods.join("+") || "some methods"}, ` +
      `and the user's rules are ${rules(receipt.requiredAuthMethods)} (missing: ${rules(receipt.missingMethods)}). ` +
      `Complete the login with the receipt (error.receipt) and the missing method, or give onSecondFactor; ` +
      `the receipt expires ${receipt.expiresAt?.toISOString() ?? "at a time Keystone did not say"}. ${where(init)}`;
  }

  /** The receipt to pass back as the `receipt` option. Its string forms are redacted. */
  get receipt(): AuthReceipt {
    return this.#receipt;
  }

  override toJSON(): Record<string, unknown> {
    const { methods, requiredAuthMethods, missingMethods, expiresAt, user } = this;
    return { ...super.toJSON(), methods, requiredAuthMethods, missingMethods, expiresAt, user };
  }
}

/**
 * The factors sent to complete a login (a receipt and another method, or several methods
 * in one request) were accepted, yet together they meet none of the user's rules. Keystone
 * answered with a new receipt, carried here: a rule of three methods may need one more.
 */
export class AuthRulesNotSatisfiedError extends AuthReceiptRequiredError {
  override name = "AuthRulesNotSatisfiedError";

  constructor(init: HttpErrorInit, receipt: AuthReceipt) {
    super(init, receipt);
    this.message =
      `Keystone accepted ${receipt.methods.join("+") || "the methods sent"} for ${describeUser(receipt.user)}, ` +
      `but they meet none of the user's rules: ${rules(receipt.requiredAuthMethods)} ` +
      `(still missing: ${rules(receipt.missingMethods)}). ${where(init)}`;
  }
}

/**
 * Keystone refused the receipt sent to complete a login: it expired (receipts live a few
 * minutes, Keystone's `[receipt] expiration`), or this Keystone did not issue it, or it
 * belongs to another user. The login must start again from the first factor.
 */
export class AuthReceiptExpiredError extends UnauthorizedError {
  override name = "AuthReceiptExpiredError";
  /** The receipt's expiry, when it was known. */
  readonly expiresAt: Date | undefined;

  constructor(init: HttpErrorInit, expiresAt: Date | undefined, checkedLocally = false) {
    super(init);
    this.expiresAt = expiresAt;
    const when = expiresAt
      ? `it expired at ${expiresAt.toISOString()}`
      : "expired, not issued by this Keystone, or for another user";
    this.message = checkedLocally
      ? `The auth receipt ${when}; not sent. Log in again from the first factor to get a new one`
      : `Keystone refused the auth receipt (${when}). Log in again from the first factor to get a new one. ${where(init)}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), expiresAt: this.expiresAt };
  }
}

/**
 * Keystone refused the credentials of a login, with no receipt: a secret is wrong, or the
 * user is unknown, disabled or has no credential of that kind. Keystone does not say which.
 */
export class CredentialsRejectedError extends UnauthorizedError {
  override name = "CredentialsRejectedError";
  /** The methods the refused request sent (`["password", "totp"]`). */
  readonly methods: readonly string[];

  constructor(init: HttpErrorInit, methods: readonly string[], user: string) {
    super(init);
    this.methods = methods;
    this.message = `Keystone refused the login of ${user} by ${methods.join("+")}: a secret is wrong, or the user is unknown, disabled or has no such credential. ${where(init)}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), methods: this.methods };
  }
}

/** The only secret sent was a TOTP passcode, and Keystone refused it. */
export class PasscodeRejectedError extends CredentialsRejectedError {
  override name = "PasscodeRejectedError";

  constructor(init: HttpErrorInit, methods: readonly string[], user: string) {
    super(init, methods, user);
    this.message =
      `Keystone refused the TOTP passcode of ${user}: it is wrong or from another 30-second window ` +
      `(check the clock of the device that made it), or the user has no TOTP credential. ${where(init)}`;
  }
}
