import { json, text } from "../engine/respond.js";
import type { Ctx, Row } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { addContainer, containerRoutes } from "./containers.js";
import { objectRoutes } from "./objects.js";
import { putObject } from "./objects-store.js";

/** What /info publishes: the limits and middlewares the SDK reads (Swift 2.30's values). */
const INFO = {
  swift: {
    version: "2.30.1",
    strict_cors_mode: true,
    policies: [{ name: "Policy-0", aliases: "Policy-0", default: true }],
    allow_account_management: true,
    account_autocreate: true,
    max_file_size: 5368709122,
    max_meta_name_length: 128,
    max_meta_value_length: 256,
    max_meta_count: 90,
    max_meta_overall_size: 4096,
    max_header_size: 8192,
    max_object_name_length: 1024,
    container_listing_limit: 10000,
    account_listing_limit: 10000,
    max_account_name_length: 256,
    max_container_name_length: 256,
    extra_header_count: 0,
  },
  slo: {
    max_manifest_segments: 1000,
    max_manifest_size: 8388608,
    yield_frequency: 10,
    min_segment_size: 1,
    allow_async_delete: false,
  },
  bulk_delete: { max_deletes_per_request: 10000, max_failed_deletes: 1000 },
};

const accountFor = (input: Row, ctx: Ctx) => String(input["account"] ?? `AUTH_${ctx.auth?.projectId}`);

/** Swift under `/object-store`: `/info`, and the API at `/object-store/v1/AUTH_<project_id>`. */
export const objectStoreService: ServiceSpec = {
  type: "object-store",
  prefix: "object-store",
  errors: "swift",
  requestIds: "swift",
  routes: () => [
    {
      method: "GET",
      path: "info",
      auth: "none",
      handle: () => json(INFO, 200, { "Content-Type": "application/json; charset=UTF-8" }),
    },
    { method: "GET", path: "healthcheck", auth: "none", handle: () => text("OK", 200, "text/plain") },
    ...containerRoutes(),
    ...objectRoutes(),
  ],
  // Seeds: `containers: [{ name }]`, `objects: [{ container, name, data, content_type? }]` (in the admin's account unless `account` is given).
  seeders: {
    containers: (input, ctx) => {
      const account = accountFor(input, ctx);
      const container = addContainer(ctx, account, String(input["name"]));
      Object.assign(container["metadata"], input["metadata"] ?? {});
    },
    objects: (input, ctx) => {
      const account = accountFor(input, ctx);
      const container = String(input["container"]);
      if (!ctx.cloud.state.containers.some((c) => c["account"] === account && c["name"] === container))
        addContainer(ctx, account, container);
      const data =
        typeof input["data"] === "string"
          ? new TextEncoder().encode(input["data"])
          : ((input["data"] as Uint8Array | undefined) ?? new Uint8Array());
      const object = putObject(
        ctx,
        { account, container, name: String(input["name"]) },
        data,
        input["content_type"] as string | undefined,
      );
      Object.assign(object["metadata"], input["metadata"] ?? {});
    },
  },
};
