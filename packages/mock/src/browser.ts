// The fake cloud inside a browser page, through msw's service worker.
import { setupWorker, type SetupWorker } from "msw/browser";
import type { MockCloud } from "./cloud/mock-cloud.js";

export interface MockWorkerOptions {
  /** Where the app serves msw's worker (`openstack-ts-mock init <public-dir>` writes it). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Leave out msw's console lines. */
  quiet?: boolean;
}

/**
 * Starts msw's service worker with the cloud's handlers: the page's `fetch` to
 * `cloud.baseUrl` is answered by the fake cloud; every other request goes through.
 */
export async function startMockWorker(cloud: MockCloud, options: MockWorkerOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...cloud.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? "/mockServiceWorker.js" },
    onUnhandledRequest: "bypass",
    quiet: options.quiet ?? false,
  });
  return worker;
}
