import { REDACTED } from "@openstack-ts/core";
import { connectionOptions, type ConnectionOptionsFromConfig } from "./connection-options.js";
import type { AuthConfig, ResolvedCloudFields, ServiceConfig } from "./types.js";

/** Auth arguments (and other settings) that are never printed. */
const SECRET_KEY =
  /^(password|token|auth_?token|passcode|secret|application_?credential_?secret|client_?secret|oauth2_?client_?secret|access_?token|access_?secret|consumer_?secret|code)$/i;

/** What `new ResolvedCloud` takes: the resolved fields, which the constructor copies and freezes. */
export type ResolvedCloudInit = ResolvedCloudFields;

/**
 * One cloud region, resolved: everything a Connection needs, and where each value came from.
 * Its fields are `ResolvedCloudFields` (types.ts): connection-options.ts reads them without
 * importing this class, so the imports go one way, from here to there. Its string and JSON forms (and Node's console output) never show a secret; the secrets
 * themselves are on `auth`, to be handed to the auth plugin.
 */
export class ResolvedCloud implements ResolvedCloudFields {
  readonly name: string;
  readonly regionName: string | undefined;
  readonly authType: string;
  readonly auth: Readonly<AuthConfig>;
  readonly interface: string | undefined;
  readonly services: Readonly<Record<string, Readonly<ServiceConfig>>>;
  readonly verify: boolean;
  readonly cacert: string | undefined;
  readonly cert: string | undefined;
  readonly key: string | undefined;
  readonly apiTimeout: number | undefined;
  readonly connectRetries: number | undefined;
  readonly statusCodeRetries: number | undefined;
  readonly profile: string | undefined;
  readonly sources: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly config: Readonly<Record<string, unknown>>;

  constructor(init: ResolvedCloudInit) {
    this.name = init.name;
    this.regionName = init.regionName;
    this.authType = init.authType;
    this.auth = withRedactedForms(Object.freeze({ ...init.auth }));
    this.interface = init.interface;
    this.services = Object.freeze(
      Object.fromEntries(Object.entries(init.services).map(([type, s]) => [type, Object.freeze({ ...s })])),
    );
    this.verify = init.verify;
    this.cacert = init.cacert;
    this.cert = init.cert;
    this.key = init.key;
    this.apiTimeout = init.apiTimeout;
    this.connectRetries = init.connectRetries;
    this.statusCodeRetries = init.statusCodeRetries;
    this.profile = init.profile;
    this.sources = Object.freeze({ ...init.sources });
    this.warnings = Object.freeze([...init.warnings]);
    this.config = withRedactedForms(Object.freeze({ ...init.config }));
  }

  /**
   * The options for `new Connection(...)` this configuration means. A method, so a
   * Connection given a resolved cloud needs no code of this package in its own bundle.
   */
  toConnectionOptions(): ConnectionOptionsFromConfig {
    return connectionOptions(this);
  }

  /** A copy safe to log or serialize: secrets are replaced. */
  toJSON(): Record<string, unknown> {
    // Every field, in declaration order, with the two that may hold secrets redacted.
    return { ...(this as ResolvedCloudFields), auth: redact(this.auth), config: redact(this.config) };
  }

  /** `cloud 'prod', region RegionOne: password auth at https://keystone.example.com/v3, interface public`. */
  toString(): string {
    const where = this.regionName ? `, region ${this.regionName}` : "";
    const at = typeof this.auth.authUrl === "string" ? ` at ${this.auth.authUrl}` : "";
    return `cloud '${this.name}'${where}: ${this.authType} auth${at}, interface ${this.interface ?? "public"}`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): Record<string, unknown> {
    return this.toJSON();
  }
}

/** Whether a setting or auth argument (either spelling) holds a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** The object with every secret-named value replaced, recursively. */
export function redact(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEY.test(key) && inner !== null && inner !== undefined && inner !== "") out[key] = REDACTED;
    else
      out[key] =
        inner && typeof inner === "object" && !Array.isArray(inner) ? redact(inner as Record<string, unknown>) : inner;
  }
  return out;
}

/** Gives a frozen object redacting `toJSON` and console forms, without adding enumerable keys. */
function withRedactedForms<T extends object>(object: T): T {
  const copy = Object.create(Object.getPrototypeOf(object) as object, {
    toJSON: { value: () => redact(object as Record<string, unknown>) },
    toString: { value: () => JSON.stringify(redact(object as Record<string, unknown>)) },
    [Symbol.for("nodejs.util.inspect.custom")]: { value: () => redact(object as Record<string, unknown>) },
  }) as T;
  return Object.freeze(Object.assign(copy, object));
}
