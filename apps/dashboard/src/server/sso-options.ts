import type { SsoConfig } from "../app/sso-config.js";

/** The command-line options of single sign-on, in `parseArgs`'s terms (options.ts adds them). */
export const SSO_ARGS = {
  "sso-auth-url": { type: "string" },
  "identity-provider": { type: "string" },
  protocol: { type: "string" },
  "oidc-discovery": { type: "string" },
  "oidc-client-id": { type: "string" },
} as const;

export const SSO_USAGE = `  --sso-auth-url URL       Keystone behind its federation front (e.g. http://127.0.0.1:5080/v3): offers
                           "Log in with your organisation" (WebSSO); needs --identity-provider.
  --identity-provider ID   Keystone's identity provider for single sign-on (e.g. loopback-oidc).
  --protocol NAME          its federation protocol (default openid).
  --oidc-discovery URL     the provider's discovery document, and
  --oidc-client-id ID      its public client: also offers the login with PKCE in the page.`;

type SsoValues = { [K in keyof typeof SSO_ARGS]?: string | undefined };

const httpUrl = (value: string, option: string): string => {
  if (!/^https?:\/\/[^/]/.test(value)) throw new Error(`--${option} must be an http(s) URL, got '${value}'`);
  return value.replace(/\/+$/, "");
};

/**
 * Single sign-on from the parsed options, or undefined when none was asked for. An option
 * given without the ones it needs is an error, never dropped.
 */
export function ssoOptions(values: SsoValues): SsoConfig | undefined {
  const url = values["sso-auth-url"];
  const given = (Object.keys(SSO_ARGS) as (keyof SsoValues)[]).filter((key) => values[key] !== undefined);
  if (url === undefined) {
    if (given.length > 0) throw new Error(`--${given[0]} needs --sso-auth-url (Keystone behind its federation front)`);
    return undefined;
  }
  const identityProvider = values["identity-provider"];
  if (!identityProvider) throw new Error("--sso-auth-url needs --identity-provider (Keystone's id of the provider)");
  const discovery = values["oidc-discovery"];
  const clientId = values["oidc-client-id"];
  if ((discovery === undefined) !== (clientId === undefined))
    throw new Error("--oidc-discovery and --oidc-client-id go together: the provider and its public client");
  return {
    federationAuthUrl: httpUrl(url, "sso-auth-url"),
    identityProvider,
    protocol: values.protocol || "openid",
    ...(discovery !== undefined && { discoveryEndpoint: httpUrl(discovery, "oidc-discovery"), clientId }),
  };
}
