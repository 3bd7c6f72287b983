import type { TokenManager } from "../auth/token-manager.js";
import type { Logger } from "../log/logger.js";

// Its own file so the steps (request-headers, fetch-step, retry) and request-way.ts, which
// puts them in order, all depend on it and not on each other in a circle.
/** What the steps take from the session that owns them. */
export interface SessionParts {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  /** Per attempt, in ms; also the longest quiet spell of a body. `false` for none. */
  readonly timeout: number | false;
  readonly globalRequestId: string | undefined;
  readonly userAgent: string | undefined;
  /** The auth URL, the token's catalog, an endpoint override: where the token may go. */
  isTrusted(url: string): boolean;
  noteRequestId(id: string): void;
  /** The runtime's fetch, or the one the session was given. */
  fetch(request: Request, init?: RequestInit): Promise<Response>;
}
