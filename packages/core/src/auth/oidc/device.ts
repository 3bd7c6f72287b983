import { ConfigError } from "../../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "../plugin.js";
import { endpointOf, readDiscovery } from "./discovery.js";
import { OidcProviderRefusedError } from "./errors.js";
import { federatedLogin } from "./federation.js";
import { publicPart } from "./grant-login.js";
import { checkClient, DEFAULT_OIDC_SCOPE, type OidcClientOptions } from "./options.js";
import { codeChallengeOf } from "./pkce.js";
import { requestTokens, tokenFor } from "./token-request.js";

/** What the person must do on another device: open the URI, type (or check) the code. */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  /** The URI with the code in it, when the provider gives one (for a QR code, say). */
  verificationUriComplete: string | undefined;
  expiresAt: Date;
}

export interface OidcDeviceAuthorizationAuthOptions extends OidcClientOptions {
  /** Shows the prompt to the person (prints it, say). The login waits for them after it returns. */
  onDeviceCode: (prompt: DeviceCodePrompt) => void | Promise<void>;
  /** The provider's device authorization endpoint; else the discovery document's. */
  deviceAuthorizationEndpoint?: string | undefined;
  /** `S256` to bind the device code to a PKCE verifier, as keystoneauth's `code_challenge_method`. */
  codeChallengeMethod?: string | undefined;
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const wait = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * `v3oidcdeviceauthz`: OAuth 2.0 device authorization (RFC 8628) for a program without a
 * browser: the provider's code is shown through `onDeviceCode`, the person approves it on
 * another device, and the program polls the token endpoint at the pace the provider sets
 * (slower on `slow_down`) until they do, refuse, or the code expires.
 */
export class OidcDeviceAuthorizationAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly identityProvider: string;
  readonly protocol: string;
  readonly clientId: string;
  #options: OidcClientOptions;
  #clientSecret: string | undefined;
  #onDeviceCode: OidcDeviceAuthorizationAuthOptions["onDeviceCode"];
  #deviceEndpoint: string | undefined;
  #pkce: boolean;

  constructor(options: OidcDeviceAuthorizationAuthOptions) {
    checkClient("v3oidcdeviceauthz", options);
    if (typeof options.onDeviceCode !== "function") {
      throw new ConfigError("v3oidcdeviceauthz needs onDeviceCode, to show the person the code and where to enter it");
    }
    const method = options.codeChallengeMethod;
    if (method !== undefined && method !== "S256") {
      throw new ConfigError(`v3oidcdeviceauthz: codeChallengeMethod must be S256, got '${method}'`);
    }
    this.authUrl = options.authUrl;
    this.identityProvider = options.identityProvider;
    this.protocol = options.protocol;
    this.clientId = options.clientId;
    const { onDeviceCode, deviceAuthorizationEndpoint, codeChallengeMethod: _m, ...rest } = options;
    this.#options = publicPart(rest);
    this.#clientSecret = options.clientSecret;
    this.#onDeviceCode = onDeviceCode;
    this.#deviceEndpoint = deviceAuthorizationEndpoint;
    this.#pkce = method === "S256";
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const { deviceEndpoint, tokenEndpoint } = await this.#endpoints(transport, signal);
    const client = { clientId: this.clientId, clientSecret: this.#clientSecret };
    const verifier = this.#pkce ? crypto.randomUUID() + crypto.randomUUID() : undefined;
    const challenge = verifier && { code_challenge: await codeChallengeOf(verifier), code_challenge_method: "S256" };
    const scope = this.#options.scope ?? DEFAULT_OIDC_SCOPE;
    const started = Date.now();
    const device = (await requestTokens(
      deviceEndpoint,
      { scope, ...challenge },
      client,
      transport,
      signal,
      "device authorization",
    )) as Record<string, unknown>;
    const deviceCode = String(device["device_code"] ?? "");
    const expiresAt = new Date(started + Number(device["expires_in"] ?? 600) * 1000);
    await this.#onDeviceCode({
      userCode: String(device["user_code"] ?? ""),
      verificationUri: String(device["verification_uri"] ?? ""),
      verificationUriComplete:
        typeof device["verification_uri_complete"] === "string" ? device["verification_uri_complete"] : undefined,
      expiresAt,
    });
    let interval = Number(device["interval"] ?? 5) * 1000;
    for (;;) {
      await wait(interval, signal);
      try {
        const grant = { grant_type: DEVICE_GRANT, device_code: deviceCode, code_verifier: verifier };
        const tokens = await requestTokens(tokenEndpoint, grant, client, transport, signal);
        const token = tokenFor(tokens, this.#options.accessTokenType ?? "access_token", tokenEndpoint);
        return federatedLogin(this.#options, token, transport, signal);
      } catch (error) {
        // Not yet approved: ask again, later when the provider says so (RFC 8628 §3.5).
        if (!(error instanceof OidcProviderRefusedError) || Date.now() >= expiresAt.getTime()) throw error;
        if (error.error === "slow_down") interval += 5000;
        else if (error.error !== "authorization_pending") throw error;
      }
    }
  }

  async #endpoints(transport: AuthTransport, signal: AbortSignal | undefined) {
    const given = this.#options.accessTokenEndpoint;
    if (this.#deviceEndpoint && given) return { deviceEndpoint: this.#deviceEndpoint, tokenEndpoint: given };
    const url = this.#options.discoveryEndpoint ?? "";
    const metadata = await readDiscovery(url, transport, signal);
    return {
      deviceEndpoint:
        this.#deviceEndpoint ??
        endpointOf(metadata, "device_authorization_endpoint", url, "deviceAuthorizationEndpoint"),
      tokenEndpoint: given ?? endpointOf(metadata, "token_endpoint", url, "accessTokenEndpoint"),
    };
  }
}
