import { compareMicroversions, type Session } from "@openstack-ts/core";

/**
 * The highest microversion whose answers the schemas here understand: Zed's Ironic
 * Inspector (11.x) offers 1.18 (introspection rules with `scope`, unprocessed data).
 */
export const INSPECTOR_MAX = "1.18";

/** The inspector's own microversion header; it reads no `OpenStack-API-Version`. */
export const VERSION_HEADER = "X-OpenStack-Ironic-Inspector-API-Version";

const KEY = "baremetal-introspection:microversion";

/**
 * The inspector's root document names its newest microversion as the version's id
 * (`{"versions": [{"id": "1.18", …}]}`), not as `version`/`max_version` as Nova or Ironic
 * do, so core's negotiation sees no range. The package negotiates itself, once per session:
 * min(INSPECTOR_MAX, the server's newest). Without the header the inspector would answer
 * at its own newest, whose fields the schemas may not know.
 */
async function negotiate(session: Session, signal?: AbortSignal): Promise<string | undefined> {
  const root = await session.endpointFor("baremetal-introspection");
  const offered = (await session.discover(root, signal)).filter((version) => version.major === 1);
  const newest = offered
    .map((version) => `${version.major}.${version.minor}`)
    .sort(compareMicroversions)
    .pop();
  if (newest === undefined) return undefined;
  return compareMicroversions(newest, INSPECTOR_MAX) < 0 ? newest : INSPECTOR_MAX;
}

/** The headers every inspector request of a session carries (the descriptor's `sessionHeaders`). */
export async function sessionHeaders(session: Session, signal?: AbortSignal): Promise<Record<string, string>> {
  // The promise is kept, not its value: concurrent first calls share one discovery. A failed
  // one is forgotten, so the next call tries again.
  const cache = session.perSession(KEY, () => ({ pending: undefined as Promise<string | undefined> | undefined }));
  cache.pending ??= negotiate(session, signal).catch((error: unknown) => {
    cache.pending = undefined;
    throw error;
  });
  const version = await cache.pending;
  return version === undefined ? {} : { [VERSION_HEADER]: version };
}
