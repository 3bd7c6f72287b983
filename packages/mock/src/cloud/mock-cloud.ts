import { http, type HttpHandler } from "msw";
import type { Auth, Cloud, ServiceType } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { createPipeline } from "../engine/pipeline.js";
import { defaultRecords, defaultSeed, DEFAULT_CREDENTIALS, DEFAULT_IDS } from "./defaults.js";
import { catalogEntries, serviceUrls } from "./layout.js";
import { plant, type Seed } from "./seed.js";
import { emptyState, type MockState } from "./state.js";
import { ALL_SERVICES } from "./services.js";
import { issueToken, rolesOn } from "../identity/token-store.js";

export interface MockCloudOptions extends Seed {
  /** Where the cloud answers. Default `http://openstack.test`; the loopback server passes its own. */
  baseUrl?: string;
  /** Regions of the default catalog, each with public, internal and admin endpoints. Default `["RegionOne"]`. */
  catalogRegions?: readonly string[];
  /** The clock, in ms since the epoch: token expiry and state transitions follow it. Default `Date.now`. */
  now?: () => number;
  /** Token lifetime in ms. Default one hour, Keystone's default. */
  tokenLifetime?: number;
  /** How long passing states (BUILD, creating, deleting, …) last, in ms. Default 200. */
  delay?: number;
  /** Start from the default cloud (users, projects, catalog, flavors, …). Default true. */
  defaults?: boolean;
}

export interface MockCloud {
  /** The cloud's base URL; services live under it (Keystone at its root). */
  readonly baseUrl: string;
  /** Keystone's v3 URL, the `authUrl` to give a Connection. */
  readonly authUrl: string;
  /** Each service's root URL. */
  readonly urls: Readonly<Record<ServiceType, string>>;
  /** The catalog's services: type, name and endpoint URL (with `%(project_id)s`). */
  readonly catalog: readonly { type: string; name: string; url: string }[];
  /** Everything the cloud holds; read and change it freely. */
  readonly state: MockState;
  /** msw handlers for all of it: `setupServer(...cloud.handlers)` or `setupWorker(...cloud.handlers)`. */
  readonly handlers: HttpHandler[];
  /** Answers one request, without msw. */
  handle(request: Request): Promise<Response>;
  /** A `fetch` that only reaches this cloud: `new Connection({ …, fetch: cloud.fetch })`. */
  readonly fetch: typeof fetch;
  /** The default cloud's users and secrets (meaningful when `defaults` is on). */
  readonly credentials: typeof DEFAULT_CREDENTIALS & { applicationCredential: { id: string } };
  /** Stable ids of the default cloud's records. */
  readonly ids: typeof DEFAULT_IDS;
  /** A valid token for a user (by name) scoped to a project (by name; default the user's own). */
  tokenFor(username: string, projectName?: string): string;
  /** Applies the state transitions whose time has come (requests do this by themselves). */
  settle(): void;
}

/**
 * A stateful fake OpenStack: Keystone, Nova, Neutron, Glance, Cinder, Swift, Placement,
 * Designate, Octavia and Barbican under one base URL, seeded with `options` on top of the
 * default cloud.
 */
export function mockCloud(options: MockCloudOptions = {}): MockCloud {
  const {
    baseUrl: givenBase,
    catalogRegions = ["RegionOne"],
    now = Date.now,
    tokenLifetime = 3_600_000,
    delay = 200,
    defaults = true,
    ...seed
  } = options;
  const baseUrl = (givenBase ?? "http://openstack.test").replace(/\/+$/, "");
  const state = emptyState();
  const urls = serviceUrls(baseUrl);
  const pending: { at: number; apply: () => void }[] = [];
  const cloud: Cloud = {
    state,
    baseUrl,
    urls,
    now,
    tokenLifetime,
    delay,
    later: (apply, wait = delay) => void pending.push({ at: now() + wait, apply }),
    settle: () => {
      for (let due = nextDue(); due; due = nextDue()) due.apply();
    },
  };
  function nextDue() {
    const time = now();
    let index = -1;
    pending.forEach((entry, i) => {
      if (entry.at <= time && (index < 0 || entry.at < pending[index]!.at)) index = i;
    });
    return index < 0 ? undefined : pending.splice(index, 1)[0];
  }

  const services: readonly ServiceSpec[] = ALL_SERVICES;
  if (defaults) defaultRecords(state, baseUrl, catalogRegions);
  if (defaults) plant(cloud, services, defaultSeed(), () => seedIdentity(cloud));
  plant(cloud, services, seed, () => seedIdentity(cloud));

  const handle = createPipeline(cloud, services);
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).origin !== new URL(baseUrl).origin)
      throw new TypeError(`fetch failed: the mock cloud answers only ${baseUrl}`);
    return handle(request);
  }) as typeof fetch;

  return {
    baseUrl,
    authUrl: `${urls.identity}/v3`,
    urls,
    catalog: catalogEntries(baseUrl),
    state,
    handlers: [
      http.all(`${baseUrl}/*`, ({ request }) => handle(request)),
      http.all(baseUrl, ({ request }) => handle(request)),
    ],
    handle,
    fetch: fetchFn,
    credentials: {
      ...DEFAULT_CREDENTIALS,
      applicationCredential: { ...DEFAULT_CREDENTIALS.applicationCredential, id: DEFAULT_IDS.applicationCredential },
    },
    ids: DEFAULT_IDS,
    tokenFor: (username, projectName) => {
      const user = state.users.find((u) => u.name === username);
      if (!user) throw new Error(`mockCloud.tokenFor: no user ${username}`);
      const project = state.projects.find((p) =>
        projectName === undefined ? p.id === user["default_project_id"] : p.name === projectName,
      );
      if (!project) throw new Error(`mockCloud.tokenFor: no project ${projectName ?? "(the user's default)"}`);
      const roleIds = rolesOn(state, user.id, { projectId: project.id });
      return issueToken(cloud, { userId: user.id, methods: ["password"], projectId: project.id, roleIds }).id;
    },
    settle: cloud.settle,
  };
}

/** Seeds are stored as if the admin of the admin project (or the first project) had made them. */
function seedIdentity(cloud: Cloud): Auth {
  const { state } = cloud;
  const project = state.projects.find((p) => p.name === "admin") ?? state.projects[0];
  const user = state.users.find((u) => u.name === "admin") ?? state.users[0];
  return {
    token: "seed",
    userId: user?.id ?? "seed",
    userName: user?.name ?? "seed",
    domainId: "default",
    projectId: project?.id,
    scopeDomainId: undefined,
    system: false,
    roles: [{ id: "admin", name: "admin" }],
    isAdmin: true,
    applicationCredentialId: undefined,
  };
}
