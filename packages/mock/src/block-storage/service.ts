import { ApiError } from "../engine/api-error.js";
import { findItem } from "../engine/crud.js";
import { empty, json } from "../engine/respond.js";
import { microseconds } from "../engine/time.js";
import type { Cloud, Ctx, Route, Row } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { invalid, truthy } from "./cinder.js";
import { snapshots } from "./snapshots.js";
import { volumes } from "./volumes.js";

const MIN = "3.0";
const MAX = "3.70";

function versions(cloud: Cloud) {
  return {
    versions: [
      {
        id: "v3.0",
        status: "CURRENT",
        version: MAX,
        min_version: MIN,
        updated: "2022-08-31T00:00:00Z",
        links: [
          { rel: "describedby", type: "text/html", href: "https://docs.openstack.org/" },
          { rel: "self", href: `${cloud.urls["block-storage"]}/v3/` },
        ],
        "media-types": [{ base: "application/json", type: "application/vnd.openstack.volume+json;version=3" }],
      },
    ],
  };
}

/** Volume actions: extend (through `extending`), reset a status, set bootable. */
function volumeAction(ctx: Ctx, volume: Row, name: string, args: Row): void {
  switch (name) {
    case "os-extend": {
      const size = Number(args["new_size"]);
      if (volume["status"] !== "available")
        throw invalid(
          "volume",
          `Volume ${volume.id} status must be available to extend, but current status is: ${volume["status"]}.`,
        );
      if (!Number.isInteger(size) || size <= volume["size"])
        throw new ApiError(
          400,
          `Invalid input received: New size for extend must be greater than current size. (current: ${volume["size"]}, extended: ${args["new_size"]}).`,
        );
      volume["status"] = "extending";
      ctx.cloud.later(() =>
        Object.assign(volume, { status: "available", size, updated_at: microseconds(ctx.cloud.now()) }),
      );
      return;
    }
    case "os-reset_status":
      if (!ctx.auth?.isAdmin)
        throw new ApiError(
          403,
          "Policy doesn't allow volume_extension:volume_admin_actions:reset_status to be performed.",
        );
      Object.assign(volume, args);
      return;
    case "os-set_bootable":
      volume["bootable"] = String(truthy(String(args["bootable"])));
      return;
    default:
      throw new ApiError(400, `There is no such action: ${name}`);
  }
}

function routes(cloud: Cloud): Route[] {
  return [
    // The root answers 300 with the versions; /v3 (and /v3/) 200 with the same document.
    { method: "GET", path: "", auth: "none", handle: () => json(versions(cloud), 300) },
    { method: "GET", path: "v3", auth: "none", handle: () => json(versions(cloud)) },
    {
      method: "POST",
      path: "v3/:project_id/volumes/:id/action",
      handle: async (ctx) => {
        const volume = findItem(volumes, ctx);
        const body = await ctx.body();
        const name = Object.keys(body)[0] ?? "";
        volumeAction(ctx, volume, name, (body[name] as Row | null) ?? {});
        return empty(202);
      },
    },
  ];
}

/** Cinder under `/volume`, API at `/volume/v3/<project_id>`, microversions 3.0 to 3.70. */
export const blockStorageService: ServiceSpec = {
  type: "block-storage",
  prefix: "volume",
  errors: "nova",
  microversion: { name: "volume", min: MIN, max: MAX, style: "nova" },
  collections: [volumes, snapshots],
  routes,
};
