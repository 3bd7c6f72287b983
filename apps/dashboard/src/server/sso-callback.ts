// The two pages of single sign-on that come to the dashboard's own server: Keystone's WebSSO
// page POSTs the person's token to /websso (the trusted_dashboard), and the provider sends
// the person back to /oidc/callback with a PKCE login's code. Both answer with the app's page;
// the first also hands the page the token, which never goes to a log, a URL or storage.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { acceptWebSsoToken, WebSsoCallbackError } from "@openstack-ts/openstack";
import type { DashboardConfig } from "../app/config.js";
import { PKCE_CALLBACK_PATH, WEBSSO_PATH, WEBSSO_TOKEN_ELEMENT } from "../app/sso-config.js";

/** Keystone's form is one field of a few hundred characters; more is not Keystone's. */
const MAX_FORM_BYTES = 64 * 1024;

/** The app's page, its relative URLs resolved from the root (these pages are not at the root). */
async function appPage(appRoot: string, extraHead: string): Promise<string> {
  const html = await readFile(join(appRoot, "public/index.html"), "utf8");
  return html.replace(/<head>/, `<head>\n    <base href="/" />${extraHead}`);
}

/** The body of a Node request, or undefined past `MAX_FORM_BYTES`. */
async function bodyOf(request: IncomingMessage): Promise<Blob | undefined> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(new Uint8Array(chunk));
  }
  return new Blob(chunks);
}

/** The Node request as a fetch `Request`, what `acceptWebSsoToken` reads. */
async function fetchRequest(request: IncomingMessage, path: string): Promise<Request | undefined> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const each of value) headers.append(name, each);
  }
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(`http://dashboard${path}`, { method, headers });
  const body = await bodyOf(request);
  return body && new Request(`http://dashboard${path}`, { method, headers, body });
}

const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  // The page's own requests (the provider's, Keystone's) need not learn where it came from.
  "Referrer-Policy": "no-referrer",
};

/**
 * Answers the single sign-on pages; false for any other path (or when SSO is off), so the
 * static site serves it. Keystone's page is on the federation front's origin: only a post
 * from there (or from the auth URL's Keystone) is taken.
 */
export async function handleSso(
  request: IncomingMessage,
  response: ServerResponse,
  appRoot: string,
  config: DashboardConfig,
): Promise<boolean> {
  const path = new URL(request.url ?? "/", "http://dashboard").pathname;
  if (!config.sso || (path !== WEBSSO_PATH && path !== PKCE_CALLBACK_PATH)) return false;
  try {
    if (path === PKCE_CALLBACK_PATH) {
      if (request.method !== "GET") throw new WebSsoCallbackError("the provider's redirect is a GET", 405);
      response.writeHead(200, PAGE_HEADERS).end(await appPage(appRoot, ""));
      return true;
    }
    const keystoneOrigins = [new URL(config.sso.federationAuthUrl).origin, new URL(config.authUrl).origin];
    const fetched = await fetchRequest(request, path);
    if (!fetched) throw new WebSsoCallbackError(`WebSSO callback: the form is over ${MAX_FORM_BYTES} bytes`, 413);
    const token = await acceptWebSsoToken(fetched, { keystoneOrigins });
    // A Keystone token is [A-Za-z0-9_.=-] only (acceptWebSsoToken checks), so JSON of it is safe in a script element.
    const element = `\n    <script type="application/json" id="${WEBSSO_TOKEN_ELEMENT}">${JSON.stringify(token)}</script>`;
    response.writeHead(200, PAGE_HEADERS).end(await appPage(appRoot, element));
  } catch (error) {
    // The messages name the request (method, origin, content type), never the token.
    const status = error instanceof WebSsoCallbackError ? error.status : 500;
    const message = error instanceof Error ? error.message : "the single sign-on page failed";
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    response.end(`${message}\n`);
  }
  return true;
}
