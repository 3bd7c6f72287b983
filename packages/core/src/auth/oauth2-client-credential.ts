import { ConfigError } from "../errors/sdk-errors.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { requestIdOf } from "../http/error-body.js";
import { joinUrl } from "../http/path.js";
import { redactUrl } from "../log/logger.js";
import { oauth2Error, type OAuth2ErrorBody } from "./oauth2-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { tokenResultOf, identityV3Url } from "./v3-tokens.js";

export interface OAuth2ClientCredentialAuthOptions {
  authUrl: string;
  /** The token endpoint; default `<identity v3>/OS-OAUTH2/token`, where Keystone serves it. */
  oauth2Endpoint?: string | undefined;
  /** The application credential's id. */
  oauth2ClientId: string;
  /** The application credential's secret. */
  oauth2ClientSecret: string;
}

/** Scope keys this plugin refuses: the token's scope is the application credential's, set when it was made. */
const SCOPE_KEYS = [
  "projectId",
  "projectName",
  "projectDomainId",
  "projectDomainName",
  "domainId",
  "domainName",
  "systemScope",
  "trustId",
] as const;

/** `user:secret` as HTTP Basic sends it: UTF-8, then base64 (btoa alone takes only Latin-1). */
function basic(id: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${id}:${secret}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Keystone's own OAuth 2.0 client credentials grant (`v3oauth2clientcredential`): the
 * client is an application credential, its id and secret sent as HTTP Basic to
 * `/v3/OS-OAUTH2/token` (Keystone Zed and later). The access token Keystone returns is one
 * of its tokens, scoped as the credential is: its details (catalog, user, project, roles,
 * expiry) come from validating it, and it is sent as `X-Auth-Token` and as
 * `Authorization: Bearer`, which services behind keystonemiddleware's `oauth2_token` read.
 */
export class OAuth2ClientCredentialAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly clientId: string;
  #endpoint: string | undefined;
  #secret: string;

  constructor(options: OAuth2ClientCredentialAuthOptions) {
    if (!options.authUrl) throw new ConfigError("oauth2 client credential auth needs authUrl");
    if (!options.oauth2ClientId)
      throw new ConfigError("oauth2 client credential auth needs oauth2ClientId (the application credential's id)");
    if (!options.oauth2ClientSecret)
      throw new ConfigError(
        "oauth2 client credential auth needs oauth2ClientSecret (the application credential's secret)",
      );
    const scoped = SCOPE_KEYS.filter((key) => (options as unknown as Record<string, unknown>)[key] !== undefined);
    if (scoped.length > 0) {
      throw new ConfigError(
        `oauth2 client credential auth takes no scope (got ${scoped.join(", ")}): the token is scoped as the application credential is`,
      );
    }
    this.authUrl = options.authUrl;
    this.clientId = options.oauth2ClientId;
    this.#endpoint = options.oauth2Endpoint;
    this.#secret = options.oauth2ClientSecret;
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const v3 = await identityV3Url(this.authUrl, transport, signal);
    const endpoint = this.#endpoint ?? joinUrl(v3, "OS-OAUTH2/token");
    const response = await transport.post(endpoint, undefined, signal, {
      form: { grant_type: "client_credentials" },
      headers: { Authorization: basic(this.clientId, this.#secret) },
      answerStatuses: [400, 401, 403, 404],
    });
    const init = {
      status: response.status,
      method: "POST",
      url: redactUrl(endpoint),
      requestId: requestIdOf(response.headers),
    };
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!response.ok) throw oauth2Error(init, errorBody(body), this.clientId);
    const accessToken = body?.["access_token"];
    if (typeof accessToken !== "string" || accessToken === "") {
      throw new ResponseValidationError({ ...init, field: "access_token", problem: "no access token in the answer" });
    }
    // A Keystone token: its own details, as any token's, from validating it with itself.
    const validated = await transport.get(joinUrl(v3, "auth/tokens"), signal, {
      headers: { "X-Auth-Token": accessToken, "X-Subject-Token": accessToken },
    });
    const result = await tokenResultOf(validated);
    return { ...result, token: accessToken, bearer: true };
  }
}

function errorBody(body: Record<string, unknown> | undefined): OAuth2ErrorBody {
  const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  return { error: text(body?.["error"]), errorDescription: text(body?.["error_description"]) };
}
