// The fake cloud every object-store test runs against. A fixtures file, so the package
// build leaves it (and msw) out.
import { clientFor, createFacade, type SessionOptions } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { objectStore } from "../src/service-definition.js";
import { objectStoreService } from "../src/descriptor.js";

export const SWIFT = "http://swift.test:8080";
/** The account URL the fake catalog gives (the fake Keystone's project is `p-admin`). */
export const ACCOUNT = `${SWIFT}/v1/AUTH_p-admin`;

/** `/info` as the loopback cloud's Swift 2.30 answers it (trimmed to what the SDK reads). */
export const infoBody = {
  swift: {
    version: "2.30.1",
    max_file_size: 5368709122,
    container_listing_limit: 10000,
    account_listing_limit: 10000,
    max_object_name_length: 1024,
  },
  slo: { max_manifest_segments: 1000, max_manifest_size: 8388608, min_segment_size: 1, yield_frequency: 10 },
  tempurl: {
    methods: ["GET", "HEAD", "PUT", "POST", "DELETE"],
    allowed_digests: ["sha1", "sha256", "sha512"],
    deprecated_digests: ["sha1"],
  },
  bulk_delete: { max_deletes_per_request: 10000, max_failed_deletes: 1000 },
  bulk_upload: { max_containers_per_extraction: 10000, max_failed_extractions: 1000 },
};

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Swift, the `conn.objectStore` façade over it, and the requests Swift
 * saw (`/info` included). `info` replaces the `/info` answer; `null` makes it a 404.
 */
export function swiftCloud() {
  const server = mockServer();
  const setup = (options: { info?: object | null; session?: Partial<SessionOptions> } = {}) => {
    const cloud = testCloud(server, {
      services: { "object-store": { url: ACCOUNT } },
      watch: SWIFT,
      ...(options.session && { session: options.session }),
    });
    const info = options.info === undefined ? infoBody : options.info;
    server.use(
      http.get(`${SWIFT}/info`, () =>
        info === null ? new HttpResponse("Not Found", { status: 404 }) : HttpResponse.json(info),
      ),
    );
    return { ...cloud, facade: createFacade(clientFor(cloud.session, objectStoreService), objectStore) };
  };
  return { server, setup };
}

/** Method and path (still encoded) of each request, for order checks. */
export function calls(seen: Request[]): string[] {
  return seen.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);
