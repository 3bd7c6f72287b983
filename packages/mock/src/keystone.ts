import { http, HttpResponse, type HttpHandler } from "msw";

export interface FakeUser {
  id: string;
  name: string;
  password: string;
  domainId?: string;
  /** Project the user's tokens are scoped to when asked for. */
  projectId?: string;
  projectName?: string;
}

export interface FakeApplicationCredential {
  id: string;
  name: string;
  secret: string;
  userId: string;
}

export interface FakeService {
  /** The catalog URL (all three interfaces, region RegionOne unless `region` says otherwise). */
  url: string;
  region?: string;
  /** A discovery document served at `documentUrl` (default: `url`), counted per service type. */
  document?: unknown;
  documentUrl?: string;
}

export interface FakeKeystoneOptions {
  /** Default `http://keystone.test/v3`. */
  authUrl?: string;
  services?: Record<string, FakeService>;
  users?: FakeUser[];
  applicationCredentials?: FakeApplicationCredential[];
  /** Token lifetime in ms. Default one hour. */
  tokenLifetime?: number;
  now?: () => number;
}

export interface FakeKeystone {
  readonly authUrl: string;
  readonly handlers: HttpHandler[];
  /** Requests counted by kind: `tokens` for POST /auth/tokens, `discovery:<type>` per document. */
  readonly counts: Map<string, number>;
  /** Tokens issued so far, oldest first. */
  readonly issued: string[];
  /** Makes a token invalid, as `DELETE /v3/auth/tokens` would. */
  revoke(token: string): void;
  /** A 401 response when the request's token is missing or not valid, else undefined. */
  reject(request: Request): Response | undefined;
}

export const ADMIN: FakeUser = {
  id: "u-admin",
  name: "admin",
  password: "secret",
  domainId: "default",
  projectId: "p-admin",
  projectName: "admin",
};

const unauthorized = () =>
  HttpResponse.json(
    { error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." } },
    { status: 401 },
  );

/**
 * A Keystone that issues tokens for password, token and application-credential auth, with
 * a catalog of the given services, and serves their discovery documents. Enough of a
 * cloud for any unit test: add the resource handlers the test is about.
 */
export function fakeKeystone(options: FakeKeystoneOptions = {}): FakeKeystone {
  const authUrl = (options.authUrl ?? "http://keystone.test/v3").replace(/\/+$/, "");
  const users = options.users ?? [ADMIN];
  const credentials = options.applicationCredentials ?? [];
  const lifetime = options.tokenLifetime ?? 3_600_000;
  const now = options.now ?? Date.now;
  const services: Record<string, FakeService> = {
    identity: { url: authUrl, document: identityDocument(authUrl) },
    ...options.services,
  };
  const valid = new Map<string, FakeUser>();
  const counts = new Map<string, number>();
  const issued: string[] = [];
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

  const catalog = Object.entries(services).map(([type, service], index) => ({
    type,
    id: `svc-${index}`,
    name: type,
    endpoints: ["public", "internal", "admin"].map((iface) => ({
      id: `ep-${index}-${iface}`,
      interface: iface,
      region: service.region ?? "RegionOne",
      region_id: service.region ?? "RegionOne",
      url: service.url,
    })),
  }));

  const issue = (user: FakeUser, scoped: boolean) => {
    const token = `fake-token-${issued.length + 1}-${user.id}`;
    issued.push(token);
    valid.set(token, user);
    const body = {
      token: {
        methods: ["password"],
        expires_at: new Date(now() + lifetime).toISOString(),
        issued_at: new Date(now()).toISOString(),
        user: { id: user.id, name: user.name, domain: { id: user.domainId ?? "default", name: "Default" } },
        ...(scoped && {
          project: {
            id: user.projectId ?? "p-admin",
            name: user.projectName ?? "admin",
            domain: { id: "default", name: "Default" },
          },
          catalog,
          roles: [{ id: "r-admin", name: "admin" }],
        }),
      },
    };
    return HttpResponse.json(body, { status: 201, headers: { "X-Subject-Token": token } });
  };

  const handlers: HttpHandler[] = [
    http.post(`${authUrl}/auth/tokens`, async ({ request }) => {
      count("tokens");
      const { auth } = (await request.json()) as { auth: { identity: Record<string, any>; scope?: unknown } };
      const method = auth.identity["methods"]?.[0];
      const scoped = auth.scope !== undefined;
      if (method === "password") {
        const u = auth.identity["password"].user;
        const user = users.find((x) => (u.id ? x.id === u.id : x.name === u.name) && x.password === u.password);
        return user ? issue(user, scoped) : unauthorized();
      }
      if (method === "token") {
        const user = valid.get(auth.identity["token"].id);
        return user ? issue(user, scoped) : unauthorized();
      }
      if (method === "application_credential") {
        const c = auth.identity["application_credential"];
        const credential = credentials.find((x) => (c.id ? x.id === c.id : x.name === c.name) && x.secret === c.secret);
        const user = credential && users.find((x) => x.id === credential.userId);
        return user ? issue(user, true) : unauthorized();
      }
      return HttpResponse.json({ error: { code: 400, message: `unknown method ${method}` } }, { status: 400 });
    }),
    ...Object.entries(services).flatMap(([type, service]) =>
      service.document === undefined
        ? []
        : [
            http.get(service.documentUrl ?? service.url, () => {
              count(`discovery:${type}`);
              return HttpResponse.json(service.document as Record<string, unknown>);
            }),
          ],
    ),
  ];

  return {
    authUrl,
    handlers,
    counts,
    issued,
    revoke: (token) => void valid.delete(token),
    reject: (request) => (valid.has(request.headers.get("x-auth-token") ?? "") ? undefined : unauthorized()),
  };
}

function identityDocument(authUrl: string) {
  return { version: { id: "v3.14", status: "stable", links: [{ rel: "self", href: `${authUrl}/` }] } };
}

/** Neutron's root document: one version, v2.0, at `<url>/v2.0/`. */
export function networkDocument(url: string) {
  return {
    versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${url.replace(/\/+$/, "")}/v2.0/` }] }],
  };
}
