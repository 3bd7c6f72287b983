import { ConfigError } from "../errors/sdk-errors.js";
import { requestIdOf, serverMessageOf } from "../http/error-body.js";
import { joinUrl } from "../http/path.js";
import { redactUrl } from "../log/logger.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { scopeBody, type ScopeOptions } from "./scope.js";
import { ScopeRefusedError } from "./scope-errors.js";
import { identityV3Url, tokenResultOf } from "./v3-tokens.js";

/** Where a re-scoped token may go: exactly one of project, domain, system or trust. */
export type RescopeTarget = Omit<ScopeOptions, "defaultDomainId"> & { defaultDomainId?: string | undefined };

/** A token to exchange: fixed, or asked for at each login (the current token of another session). */
export type TokenSource = string | ((signal?: AbortSignal) => Promise<string>);

export interface RescopedAuthOptions extends RescopeTarget {
  authUrl: string;
  /** The token that proves who the user is; its own scope does not matter (unscoped is the usual). */
  token: TokenSource;
}

const kinds = {
  project: ["projectId", "projectName"],
  domain: ["domainId", "domainName"],
  system: ["systemScope"],
  trust: ["trustId"],
} as const satisfies Record<string, readonly (keyof RescopeTarget)[]>;

/** The one kind of scope the target names; none, or two kinds at once, is a ConfigError. */
export function scopeKind(target: RescopeTarget): keyof typeof kinds {
  const given = (Object.keys(kinds) as (keyof typeof kinds)[]).filter((kind) =>
    kinds[kind].some((key) => target[key] !== undefined && target[key] !== ""),
  );
  if (given.length !== 1) {
    const keys = Object.values(kinds)
      .flat()
      .filter((key) => target[key] !== undefined && target[key] !== "");
    throw new ConfigError(
      `re-scoping needs exactly one of a project (projectId or projectName), a domain (domainId or domainName), ` +
        `systemScope or trustId; got ${keys.length > 0 ? keys.join(", ") : "none"}`,
    );
  }
  return given[0]!;
}

/** `project name demo (domain Default)`, for messages: never a secret, only where. */
export function describeScope(target: RescopeTarget): string {
  if (target.trustId) return `trust id ${target.trustId}`;
  if (target.systemScope) return `system ${target.systemScope}`;
  if (target.projectId) return `project id ${target.projectId}`;
  if (target.projectName) {
    const domain = target.projectDomainId ?? target.projectDomainName ?? target.defaultDomainId ?? "default";
    return `project name ${target.projectName} (domain ${domain})`;
  }
  return target.domainId ? `domain id ${target.domainId}` : `domain name ${target.domainName}`;
}

/**
 * A login by the `token` method to one scope: what a dashboard does once a person has
 * logged in (unscoped) and chosen a project, with no secret asked again. Each login (the
 * first, and each renewal) takes the source's token as it is then; given another session's
 * current token, a renewal follows that session's own re-login. A refusal is a
 * `ScopeRefusedError` naming the scope and carrying Keystone's message.
 */
export class RescopedAuth implements AuthPlugin {
  readonly authUrl: string;
  /** Where this plugin's tokens are scoped, as messages name it. */
  readonly scope: string;
  #token: TokenSource;
  #scope: Record<string, unknown>;

  constructor(options: RescopedAuthOptions) {
    if (!options.authUrl) throw new ConfigError("re-scoping needs authUrl");
    if (typeof options.token !== "function" && (typeof options.token !== "string" || options.token === ""))
      throw new ConfigError("re-scoping needs token: a token, or a function giving the current one");
    scopeKind(options);
    this.authUrl = options.authUrl;
    this.scope = describeScope(options);
    this.#token = options.token;
    this.#scope = scopeBody(options)!;
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const token = typeof this.#token === "function" ? await this.#token(signal) : this.#token;
    const url = joinUrl(await identityV3Url(this.authUrl, transport, signal), "auth/tokens");
    const auth = { identity: { methods: ["token"], token: { id: token } }, scope: this.#scope };
    const response = await transport.post(url, { auth }, signal, { unauthorizedAsResponse: true });
    if (response.status !== 401) return tokenResultOf(response);
    const body = await response.text().catch(() => "");
    // Keystone's messages name no token; the split is for a proxy that echoes the request.
    const serverMessage = serverMessageOf(body)?.split(token).join("<redacted>");
    throw new ScopeRefusedError(
      { status: 401, method: "POST", url: redactUrl(url), requestId: requestIdOf(response.headers), serverMessage },
      this.scope,
    );
  }
}
