// The e2e cloud's OpenID Connect provider: panva's oidc-provider on 127.0.0.1:8900, with the
// people and clients of accounts.mjs. Started by e2e/cloud/services/oidc.sh:
//   node provider.mjs <state dir>     (keys are kept there, so a restart keeps them)
// With OIDC_TLS_PORT, tls.crt and tls.key in the state dir, the same provider answers over
// HTTPS on that port too: mod_auth_openidc calls an introspection endpoint only over HTTPS.
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { join } from "node:path";
import Provider from "oidc-provider";
import { CONFIDENTIAL_CLIENT, ISSUER, KEYSTONE_CLIENT, PUBLIC_CLIENT, USERS } from "./accounts.mjs";
import { interactions } from "./interactions.mjs";
import { PASSWORD_GRANT, PASSWORD_GRANT_PARAMETERS, passwordGrant } from "./password-grant.mjs";

const stateDir = process.argv[2] ?? ".";
mkdirSync(stateDir, { recursive: true });

/** The signing key and cookie keys, made once: tokens and sessions outlive a restart's keys otherwise. */
function keys() {
  const file = join(stateDir, "keys.json");
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: "jwk" }), kid: "loopback-rs256", use: "sig", alg: "RS256" };
    const cookies = [randomUUID(), randomUUID()];
    writeFileSync(file, JSON.stringify({ jwks: { keys: [jwk] }, cookies }), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

const { jwks, cookies } = keys();

/** A bare page of the provider's own (device flow). */
const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/** An account of accounts.mjs, with the claims its tokens and userinfo carry. */
async function findAccount(_ctx, sub) {
  const user = Object.hasOwn(USERS, sub) ? USERS[sub] : undefined;
  if (!user) return undefined;
  return {
    accountId: sub,
    claims: () => ({ sub, preferred_username: sub, name: user.name, email: user.email }),
  };
}

const provider = new Provider(ISSUER, {
  clients: [KEYSTONE_CLIENT, CONFIDENTIAL_CLIENT, PUBLIC_CLIENT],
  jwks,
  cookies: { keys: cookies },
  scopes: ["openid", "profile", "email", "offline_access"],
  claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    // Plain pages: the defaults load a web font from the internet, and this cloud is loopback only.
    deviceFlow: {
      enabled: true,
      userCodeInputSource: (ctx, form, _out, err) => {
        ctx.body = page(
          "Enter the code",
          `${err ? "<p role=alert>That code is wrong or expired.</p>" : ""}${form}<button type=submit form=op.deviceInputForm>Continue</button>`,
        );
      },
      userCodeConfirmSource: (ctx, form, client, _info, userCode) => {
        ctx.body = page(
          "Confirm the device",
          `<p>${client.clientId} shows the code <code>${userCode}</code>.</p>${form}<button type=submit form=op.deviceConfirmForm>Continue</button>`,
        );
      },
      successSource: (ctx) => {
        ctx.body = page("Signed in", "<p>You may close this window and return to your device.</p>");
      },
    },
    // Keystone's front (mod_auth_openidc, as client keystone) asks about any token; another client only about its own.
    introspection: {
      enabled: true,
      allowedPolicy: (_ctx, caller, token) =>
        caller.clientId === KEYSTONE_CLIENT.client_id || caller.clientId === token.clientId,
    },
    revocation: { enabled: true },
  },
  findAccount,
  // Who a token stands for, in the token itself (its introspection answer): the person's
  // name, or for client credentials the client's id. Keystone's mapping reads this claim.
  extraTokenClaims: (_ctx, token) => ({ preferred_username: token.accountId ?? `client:${token.clientId}` }),
  // First-party clients only: what a person logs in to is granted without a consent page.
  async loadExistingGrant(ctx) {
    const { client, session, provider: p } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (grantId) return p.Grant.find(grantId);
    const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope(ctx.oidc.params.scope ?? "openid");
    await grant.save();
    session.grantIdFor(client.clientId, grant.jti);
    return grant;
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { Grant: 3600, AccessToken: 3600, ClientCredentials: 3600, IdToken: 3600, DeviceCode: 600, Interaction: 600 },
});
provider.proxy = false;
// The provider's own failures, to its log: the error only, never the request's parameters.
provider.on("server_error", (_ctx, error) => console.error("server_error:", error));
provider.on("grant.error", (_ctx, error) => console.error("grant.error:", error.name, error.error_description ?? ""));
provider.registerGrantType(PASSWORD_GRANT, passwordGrant(USERS, findAccount), PASSWORD_GRANT_PARAMETERS);

const handleInteraction = interactions(provider, USERS);
const app = provider.callback();
const handle = async (req, res) => {
  if (await handleInteraction(req, res)) return;
  app(req, res);
};
const port = Number(new URL(ISSUER).port || 80);
// Idle connections live longer than any client's keep-alive (undici keeps them 4 s): a server
// closing first races a client reusing the socket, and the request fails "other side closed".
const keepAlive = (server) => Object.assign(server, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });
keepAlive(createServer(handle)).listen(port, "127.0.0.1", () =>
  console.log(`oidc-provider ${ISSUER} on 127.0.0.1:${port}`),
);
if (process.env.OIDC_TLS_PORT) {
  const tls = { cert: readFileSync(join(stateDir, "tls.crt")), key: readFileSync(join(stateDir, "tls.key")) };
  const tlsPort = Number(process.env.OIDC_TLS_PORT);
  keepAlive(createTlsServer(tls, handle)).listen(tlsPort, "127.0.0.1", () =>
    console.log(`and over HTTPS on 127.0.0.1:${tlsPort}`),
  );
}
