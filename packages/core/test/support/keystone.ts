// A Keystone just large enough for core's own tests, written for them (not the fake cloud of
// @openstack-ts/mock, which itself builds on core): password logins, a catalog of the
// services a test names, their version documents, and tokens a test can revoke.
import { http, HttpResponse, type HttpHandler } from "msw";
import { PasswordAuth, Session, type SessionOptions } from "../../src/index.js";

export interface KeystoneUser {
  id: string;
  name: string;
  password: string;
  projectId?: string;
  projectName?: string;
}

export interface CatalogService {
  /** The endpoint's URL, the same for the public, internal and admin interfaces. */
  url: string;
  /** Default RegionOne. */
  region?: string;
  /** A version document answered at `url` (none: the test answers discovery itself). */
  document?: unknown;
}

export interface FakeKeystone {
  readonly authUrl: string;
  readonly handlers: HttpHandler[];
  /** `tokens` per login, `discovery:<type>` per version document served. */
  readonly counts: Map<string, number>;
  /** Every token issued, oldest first. */
  readonly issued: string[];
  revoke(token: string): void;
  /** The 401 Keystone would send for a request without a live token; undefined when it has one. */
  reject(request: Request): Response | undefined;
}

const ADMIN: KeystoneUser = {
  id: "u-admin",
  name: "admin",
  password: "secret",
  projectId: "p-admin",
  projectName: "admin",
};

const unauthorized = () =>
  HttpResponse.json(
    { error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." } },
    { status: 401 },
  );

export function fakeKeystone(
  options: { authUrl?: string; users?: KeystoneUser[]; services?: Record<string, CatalogService> } = {},
): FakeKeystone {
  const authUrl = options.authUrl ?? "http://keystone.test/v3";
  const users = options.users ?? [ADMIN];
  const identity = { version: { id: "v3.14", status: "stable", links: [{ rel: "self", href: `${authUrl}/` }] } };
  const services: Record<string, CatalogService> = {
    identity: { url: authUrl, document: identity },
    ...options.services,
  };
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const live = new Set<string>();
  const issued: string[] = [];

  const catalog = Object.entries(services).map(([type, service]) => ({
    type,
    id: `service-${type}`,
    endpoints: ["public", "internal", "admin"].map((iface) => ({
      interface: iface,
      region: service.region ?? "RegionOne",
      region_id: service.region ?? "RegionOne",
      url: service.url,
    })),
  }));

  const login = http.post(`${authUrl}/auth/tokens`, async ({ request }) => {
    bump("tokens");
    const body = (await request.json()) as {
      auth?: { identity?: { password?: { user?: { name?: string; id?: string; password?: string } } } };
    };
    const asked = body.auth?.identity?.password?.user;
    const user = users.find(
      (u) => (asked?.id ? u.id === asked.id : u.name === asked?.name) && u.password === asked?.password,
    );
    if (!user) return unauthorized();
    // Long and distinctive, so a test that looks for it in logs cannot find it by chance.
    const token = `core-test-token-${issued.length + 1}-${user.id}-0f3a9c`;
    issued.push(token);
    live.add(token);
    const now = Date.now();
    return HttpResponse.json(
      {
        token: {
          methods: ["password"],
          issued_at: new Date(now).toISOString(),
          expires_at: new Date(now + 3_600_000).toISOString(),
          user: { id: user.id, name: user.name, domain: { id: "default", name: "Default" } },
          project: {
            id: user.projectId ?? "p-admin",
            name: user.projectName ?? "admin",
            domain: { id: "default", name: "Default" },
          },
          roles: [{ id: "r-admin", name: "admin" }],
          catalog,
        },
      },
      { status: 201, headers: { "X-Subject-Token": token } },
    );
  });

  const documents = Object.entries(services).flatMap(([type, service]) =>
    service.document === undefined
      ? []
      : [
          http.get(service.url, () => {
            bump(`discovery:${type}`);
            return HttpResponse.json(service.document as Record<string, unknown>);
          }),
        ],
  );

  return {
    authUrl,
    handlers: [login, ...documents],
    counts,
    issued,
    revoke: (token) => void live.delete(token),
    reject: (request) => (live.has(request.headers.get("x-auth-token") ?? "") ? undefined : unauthorized()),
  };
}

/** Neutron's root document: one version, v2.0, at `<url>/v2.0/`. */
export function networkDocument(url: string) {
  return { versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${url}/v2.0/` }] }] };
}

/** A session logged in to `keystone` (as admin unless `user` says otherwise), retries off so a test sees every request. */
export function sessionFor(
  keystone: FakeKeystone,
  options: Partial<SessionOptions> & { user?: KeystoneUser } = {},
): Session {
  const { user = ADMIN, ...rest } = options;
  return new Session({
    auth: new PasswordAuth({
      authUrl: keystone.authUrl,
      username: user.name,
      password: user.password,
      projectName: user.projectName,
    }),
    retries: false,
    ...rest,
  });
}
