// The provider's login page: what a person sees when a browser (WebSSO through Keystone,
// PKCE from the dashboard) or the device flow sends them to the provider. A form of name and
// password, checked against the provider's users; no consent page (first-party clients: what
// they ask is granted).
import { timingSafeEqual } from "node:crypto";

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const page = (uid, clientId, message) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - loopback OpenID Connect provider</title></head>
<body><h1>Sign in</h1><p>to continue to <b>${escapeHtml(clientId)}</b></p>
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label>Username <input name="login" autofocus required></label>
<label>Password <input name="password" type="password" required></label>
<button type="submit">Sign in</button></form></body></html>`;

const sameSecret = (given, known) => {
  const a = Buffer.from(String(given));
  const b = Buffer.from(known);
  return a.length === b.length && timingSafeEqual(a, b);
};

async function formOf(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/** A request handler for /interaction/<uid>[/login]; answers true when it took the request. */
export function interactions(provider, users) {
  return async (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url, "http://x").pathname);
    if (!match) return false;
    try {
      const details = await provider.interactionDetails(req, res);
      const clientId = details.params.client_id;
      // Consent (asked of native clients, say): granted as asked, every client here is first-party.
      if (req.method === "GET" && details.prompt.name === "consent") {
        const grant = details.grantId
          ? await provider.Grant.find(details.grantId)
          : new provider.Grant({ accountId: details.session.accountId, clientId });
        if (details.prompt.details.missingOIDCScope)
          grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(" "));
        if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return true;
      }
      if (req.method === "GET" && !match[2]) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        res.end(page(details.uid, clientId));
        return true;
      }
      if (req.method === "POST" && match[2]) {
        const form = await formOf(req);
        const login = form.get("login") ?? "";
        const user = Object.hasOwn(users, login) ? users[login] : undefined;
        if (!user || !sameSecret(form.get("password") ?? "", user.password)) {
          res.writeHead(401, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
          res.end(page(details.uid, clientId, "Wrong username or password."));
          return true;
        }
        await provider.interactionFinished(req, res, { login: { accountId: login, amr: ["pwd"] } });
        return true;
      }
      res.writeHead(405).end();
    } catch (error) {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(`interaction failed: ${error.name}`);
    }
    return true;
  };
}
