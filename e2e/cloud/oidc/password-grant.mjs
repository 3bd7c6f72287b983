// The resource owner password grant (RFC 6749 §4.3). oidc-provider leaves it out on purpose
// (OAuth 2.1 drops it), but keystoneauth's v3oidcpassword uses it, so the loopback provider
// registers it as a custom grant type: the client authenticates as for any grant (the token
// endpoint does that before this handler), the person by name and password.
import { timingSafeEqual } from "node:crypto";
import { errors } from "oidc-provider";

export const PASSWORD_GRANT = "password";
export const PASSWORD_GRANT_PARAMETERS = ["username", "password", "scope"];

const sameSecret = (given, known) => {
  const a = Buffer.from(String(given));
  const b = Buffer.from(known);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A handler for `provider.registerGrantType`, checking passwords against `users`; ID token claims from `findAccount`. */
export function passwordGrant(users, findAccount) {
  return async function passwordGrantHandler(ctx) {
    const { client, params, provider } = ctx.oidc;
    const user = Object.hasOwn(users, params.username ?? "") ? users[params.username] : undefined;
    // One answer for an unknown user and a wrong password: the caller learns neither.
    if (!user || !sameSecret(params.password ?? "", user.password)) {
      throw new errors.InvalidGrant("invalid resource owner credentials");
    }
    const allowed = new Set((client.scope ?? "openid").split(" "));
    const requested = (params.scope ?? "openid").split(" ").filter(Boolean);
    const scope = requested.filter((s) => allowed.has(s)).join(" ");

    const grant = new provider.Grant({ accountId: params.username, clientId: client.clientId });
    grant.addOIDCScope(scope);
    const grantId = await grant.save();

    const authTime = Math.floor(Date.now() / 1000);
    const at = new provider.AccessToken({ accountId: params.username, client, grantId, gty: PASSWORD_GRANT, scope });
    ctx.oidc.entity("AccessToken", at);
    const accessToken = await at.save();

    const body = { access_token: accessToken, token_type: at.tokenType, expires_in: at.expiration, scope };
    if (scope.split(" ").includes("openid")) {
      const account = await findAccount(ctx, params.username);
      const claims = await account.claims("id_token", scope, {}, []);
      const idToken = new provider.IdToken({ ...claims, amr: ["pwd"], auth_time: authTime }, { ctx });
      idToken.scope = scope;
      idToken.set("at_hash", accessToken);
      body.id_token = await idToken.issue({ use: "idtoken" });
    }
    ctx.body = body;
  };
}
