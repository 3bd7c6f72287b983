import { joinUrl } from "../http/path.js";
import type { FactorOptions } from "./factor-options.js";
import type { IdentityMethod } from "./identity-method.js";
import type { AuthResult, AuthTransport } from "./plugin.js";
import { identityV3Url, postLogin, tokenResultOf } from "./v3-tokens.js";

export type {
  FactorOptions,
  SecondFactorArguments,
  SecondFactorCallback,
  SecondFactorChallenge,
} from "./factor-options.js";

/**
 * `POST /v3/auth/tokens` for a login that may need several factors: sends `methods` (with
 * the receipt, if given). A login Keystone accepts at once, the common case, needs nothing
 * more; a 401 or a receipt given loads the rounds that read receipts, ask
 * `onSecondFactor` and type every refusal (./factor-rounds.ts), on first use: most apps
 * never meet one (issue 17's budgets).
 */
export async function loginWithFactors(
  authUrl: string,
  transport: AuthTransport,
  request: { methods: readonly IdentityMethod[]; scope: Record<string, unknown> | undefined } & FactorOptions,
  signal?: AbortSignal,
  now: () => number = Date.now,
): Promise<AuthResult> {
  const url = joinUrl(await identityV3Url(authUrl, transport, signal), "auth/tokens");
  let first: Response | undefined;
  if (request.receipt === undefined) {
    first = await postLogin(transport, url, request.methods, request.scope, undefined, signal);
    if (first.status !== 401) return tokenResultOf(first);
  }
  const { factorRounds } = await import("./factor-rounds.js");
  return factorRounds(url, transport, request, signal, now, first);
}
