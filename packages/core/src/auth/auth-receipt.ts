import { REDACTED } from "../log/logger.js";
import type { NamedRef } from "./plugin.js";

/** The header Keystone puts a receipt in, and reads it back from. */
export const RECEIPT_HEADER = "Openstack-Auth-Receipt";

/** What Keystone says about a receipt in the body of its 401. */
export interface AuthReceiptDetails {
  /** The methods already satisfied (`["password"]`). */
  methods?: readonly string[] | undefined;
  /** The user's rules: each a list of methods that together complete the login. */
  requiredAuthMethods?: readonly (readonly string[])[] | undefined;
  expiresAt?: Date | undefined;
  user?: NamedRef | undefined;
}

/**
 * Keystone's proof that some factors of a multi-factor login were accepted. Pass it back
 * (option `receipt`) with the missing factor to complete the login. The receipt is a
 * credential: it is kept in a private field, which no string form of this object shows;
 * read `value` only to hand it on (to a browser session, say).
 */
export class AuthReceipt {
  readonly methods: readonly string[];
  readonly requiredAuthMethods: readonly (readonly string[])[];
  readonly expiresAt: Date | undefined;
  readonly user: NamedRef | undefined;
  #value: string;

  constructor(value: string, details: AuthReceiptDetails = {}) {
    this.#value = value;
    this.methods = details.methods ?? [];
    this.requiredAuthMethods = details.requiredAuthMethods ?? [];
    this.expiresAt = details.expiresAt;
    this.user = details.user;
  }

  /** The receipt itself, as sent in `Openstack-Auth-Receipt`. */
  get value(): string {
    return this.#value;
  }

  /** For each rule, the methods it still needs; rules already met are left out. */
  get missingMethods(): string[][] {
    const done = new Set(this.methods);
    return this.requiredAuthMethods.map((rule) => rule.filter((m) => !done.has(m))).filter((rest) => rest.length > 0);
  }

  /** Whether Keystone will refuse it by now (unknown expiry: not known to have expired). */
  expiredAt(now: number): boolean {
    return this.expiresAt !== undefined && this.expiresAt.getTime() <= now;
  }

  /** The value stays out: a private field is in no JSON or console form, and this string hides it too. */
  toString(): string {
    return `AuthReceipt(${REDACTED})`;
  }
}

interface ReceiptBody {
  receipt?: { methods?: unknown; expires_at?: unknown; user?: NamedRef };
  required_auth_methods?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/**
 * The receipt in a 401 from `POST /v3/auth/tokens` (its headers and body text), or undefined when the 401 has none
 * (the credentials themselves were refused). A body that cannot be read still gives the
 * receipt, with what could be read.
 */
export function receiptOf(headers: Headers, text: string): AuthReceipt | undefined {
  const value = headers.get(RECEIPT_HEADER);
  if (!value) return undefined;
  let body: ReceiptBody = {};
  try {
    body = (JSON.parse(text) as ReceiptBody | null) ?? {};
  } catch {
    // Not JSON: the header alone is still a receipt.
  }
  const expires = typeof body.receipt?.expires_at === "string" ? new Date(body.receipt.expires_at) : undefined;
  const rules = Array.isArray(body.required_auth_methods) ? body.required_auth_methods.map(strings) : [];
  return new AuthReceipt(value, {
    methods: strings(body.receipt?.methods),
    requiredAuthMethods: rules.filter((rule) => rule.length > 0),
    expiresAt: expires && !Number.isNaN(expires.getTime()) ? expires : undefined,
    user: body.receipt?.user,
  });
}
