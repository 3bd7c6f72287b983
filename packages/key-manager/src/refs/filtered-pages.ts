import { clientFor, type ServiceClient, type ServiceRequestOptions, type SessionOrClient } from "@openstack-ts/core";
import { keyManagerService } from "../descriptor.js";

/** Query parameters that move a walk along; every other one is a filter. */
const PAGING = new Set(["limit", "offset", "marker"]);

/**
 * A client for one list walk that keeps its filters on every page. Barbican's `next` links
 * carry only `limit` and `offset` (`/v1/secrets?limit=10&offset=10`): followed as they are,
 * a filtered list would go on with other items than those asked for. The first GET's
 * filters are remembered and put back on each later page that lacks them.
 */
export function filteringClient(target: SessionOrClient): ServiceClient {
  const client = clientFor(target, keyManagerService);
  let filters: [string, string][] | undefined;
  const get = (path: string, options?: ServiceRequestOptions) => {
    if (!/^https?:\/\//i.test(path)) return client.get(path, options);
    const url = new URL(path);
    if (filters === undefined) filters = [...url.searchParams].filter(([key]) => !PAGING.has(key));
    else for (const [key, value] of filters) if (!url.searchParams.has(key)) url.searchParams.append(key, value);
    return client.get(url.toString(), options);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "get") return get;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
