import { joinUrl } from "../http/path.js";
import { RECEIPT_HEADER } from "./auth-receipt.js";
import type { IdentityMethod } from "./identity-method.js";
import type { AuthResult, AuthTransport } from "./plugin.js";

/**
 * The v3 endpoint for an auth URL. Most clouds publish `…/v3`; given an unversioned URL,
 * Keystone's version document names it, as keystoneauth's generic plugins discover.
 */
export async function identityV3Url(authUrl: string, transport: AuthTransport, signal?: AbortSignal): Promise<string> {
  const trimmed = authUrl.replace(/\/+$/, "");
  if (/\/v3$/.test(trimmed)) return trimmed;
  const root = trimmed.replace(/\/v2\.0$/, "");
  try {
    const body = (await (await transport.get(root, signal)).json()) as {
      versions?: { values?: unknown[] } | unknown[];
    };
    const versions = Array.isArray(body.versions) ? body.versions : (body.versions?.values ?? []);
    for (const entry of versions as { id?: string; links?: { rel?: string; href?: string }[] }[]) {
      const href = entry.links?.find((link) => link.rel === "self")?.href;
      if (entry.id?.startsWith("v3") && href) {
        // Keep the auth URL's origin: the password goes only where the user pointed us.
        const found = new URL(href, `${root}/`);
        return new URL(found.pathname, `${root}/`).toString().replace(/\/+$/, "");
      }
    }
  } catch {
    // No usable version document: fall through to the conventional path.
  }
  return `${root}/v3`;
}

interface TokenBody {
  token?: {
    expires_at?: string | null;
    catalog?: AuthResult["catalog"];
    user?: AuthResult["user"];
    project?: AuthResult["project"];
    domain?: AuthResult["domain"];
    system?: AuthResult["system"];
    roles?: AuthResult["roles"];
  };
}

/**
 * POST /v3/auth/tokens and read the token from `X-Subject-Token`, the rest from the body.
 * A body whose `expires_at` is null ("never expires", says Keystone's reference) or absent
 * (its federated unscoped token sample) gives a result without `expiresAt`: a token that
 * does not expire on its own, never replaced before use, and still replaced after a 401.
 */
export async function issueToken(
  authUrl: string,
  transport: AuthTransport,
  auth: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<AuthResult> {
  const v3 = await identityV3Url(authUrl, transport, signal);
  return tokenResultOf(await transport.post(joinUrl(v3, "auth/tokens"), { auth }, signal));
}

/** The token of a successful `POST /v3/auth/tokens`: the secret from its header, the rest from its body. */
export async function tokenResultOf(response: Response): Promise<AuthResult> {
  const token = response.headers.get("x-subject-token") ?? undefined;
  const body = ((await response.json()) as TokenBody).token ?? {};
  const result: AuthResult = {};
  if (token) result.token = token;
  if (body.expires_at) result.expiresAt = new Date(body.expires_at);
  if (body.catalog) result.catalog = body.catalog;
  if (body.user) result.user = body.user;
  if (body.project) result.project = body.project;
  if (body.domain) result.domain = body.domain;
  if (body.system) result.system = body.system;
  if (body.roles) result.roles = body.roles;
  return result;
}

/**
 * One `POST /v3/auth/tokens` of a login that may meet multi-factor rules: the methods and
 * their secrets, the scope, the receipt of an earlier round. A 401 comes back as the answer
 * (it may carry a receipt), not as an error.
 */
export function postLogin(
  transport: AuthTransport,
  url: string,
  methods: readonly IdentityMethod[],
  scope: Record<string, unknown> | undefined,
  receipt: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const identity: Record<string, unknown> = { methods: methods.map((m) => m.name) };
  for (const method of methods) identity[method.name] = method.body;
  return transport.post(url, { auth: { identity, ...(scope && { scope }) } }, signal, {
    unauthorizedAsResponse: true,
    ...(receipt !== undefined && { headers: { [RECEIPT_HEADER]: receipt } }),
  });
}
