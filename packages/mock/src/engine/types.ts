import type { Row } from "./row.js";

export type { Row };

/** The services of the fake cloud, by catalog type. */
export type ServiceType =
  | "identity"
  | "compute"
  | "network"
  | "image"
  | "block-storage"
  | "object-store"
  | "placement"
  | "dns"
  | "orchestration"
  | "load-balancer"
  | "key-manager"
  | "message"
  | "baremetal"
  | "shared-file-system"
  | "workflow"
  | "instance-ha"
  | "baremetal-introspection"
  | "clustering"
  | "container-infrastructure-management"
  | "database";

/** Who a valid token speaks for. */
export interface Auth {
  readonly token: string;
  readonly userId: string;
  readonly userName: string;
  readonly domainId: string;
  readonly projectId: string | undefined;
  readonly scopeDomainId: string | undefined;
  readonly system: boolean;
  readonly roles: readonly { id: string; name: string }[];
  /** Holds the `admin` role in its scope (Keystone's and the services' default policy). */
  readonly isAdmin: boolean;
  readonly applicationCredentialId: string | undefined;
}

/** The parts of the cloud that request handlers use. */
export interface Cloud {
  readonly state: import("../cloud/state.js").MockState;
  /** Where the cloud lives, e.g. `http://127.0.0.1:5000`; services sit under it. */
  readonly baseUrl: string;
  /** Each service's root URL, without a trailing slash. */
  readonly urls: Readonly<Record<ServiceType, string>>;
  readonly now: () => number;
  readonly tokenLifetime: number;
  /** How long BUILD, creating, deleting and other passing states last, in ms. */
  readonly delay: number;
  /** Runs `apply` once `delay` (default: the cloud's) has passed: a state transition. */
  later(apply: () => void, delay?: number): void;
  /** Applies every transition whose time has come. */
  settle(): void;
}

/** One request, as a handler sees it. */
export interface Ctx {
  readonly cloud: Cloud;
  readonly request: Request;
  readonly method: string;
  readonly url: URL;
  readonly query: URLSearchParams;
  readonly params: Readonly<Record<string, string>>;
  /** The token's identity; undefined on routes that need no token. */
  readonly auth: Auth | undefined;
  /** The negotiated microversion, for services that have them. */
  readonly microversion: string | undefined;
  /** The service's root URL (no trailing slash). */
  readonly serviceUrl: string;
  /** The JSON body; a 400 in the service's words when it is not JSON. */
  body<T = Row>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

/** The identity a valid token gives; throws when the route needs one and it is missing. */
export function authOf(ctx: Ctx): Auth {
  if (!ctx.auth)
    throw new Error(`${ctx.method} ${ctx.url.pathname} needs a token but its route was declared without one`);
  return ctx.auth;
}

export type Handler = (ctx: Ctx) => Response | Promise<Response>;

export interface Route {
  /** An HTTP method, or several. */
  readonly method: string | readonly string[];
  /** Relative to the service's root: `v2.0/networks/:id`; `*name` takes the rest of the path. */
  readonly path: string;
  /** `none` for version documents and token requests. Default: a valid token is required. */
  readonly auth?: "required" | "none";
  readonly handle: Handler;
}
