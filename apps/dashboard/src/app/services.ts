import { EndpointNotFoundError } from "@openstack-ts/openstack";

/** What `offeredServices` asks: the session's endpoint lookup (`conn.session.endpointFor`). */
export interface EndpointLookup {
  endpointFor(serviceType: string): Promise<string>;
}

/**
 * The service types of `wanted` that the cloud offers this project: those the SDK finds an
 * endpoint for, as it would for a call (catalog, aliases, interface, region, overrides). Only
 * a catalog without the service hides it: any other failure (Keystone down, a region to
 * choose) keeps it, so that its view says what went wrong instead of a tab going missing.
 */
export async function offeredServices(session: EndpointLookup, wanted: readonly string[]): Promise<Set<string>> {
  const answers = await Promise.all(
    wanted.map((type) =>
      session.endpointFor(type).then(
        () => type,
        (error: unknown) => (error instanceof EndpointNotFoundError ? undefined : type),
      ),
    ),
  );
  return new Set(answers.filter((type): type is string => type !== undefined));
}
