import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { canSee } from "../engine/crud.js";
import { uuid } from "../engine/ids.js";
import { microseconds } from "../engine/time.js";
import type { Row } from "../engine/types.js";
import { invalid, links, metadataFilter, notFound, shown, truthy } from "./cinder.js";
import { volumes } from "./volumes.js";

const SINCE: [string, string][] = [
  ["group_snapshot_id", "3.14"],
  ["user_id", "3.41"],
  ["consumes_quota", "3.65"],
];

export const snapshots: CollectionSpec = {
  state: "snapshots",
  path: "v3/:project_id/snapshots",
  key: "snapshot",
  pluralKey: "snapshots",
  detailList: true,
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "nova",
  order: "newest",
  unknownFilters: "match",
  filters: {
    name: "exact",
    status: "exact",
    volume_id: "exact",
    metadata: metadataFilter,
    project_id: { field: "os-extended-snapshot-attributes:project_id" },
  },
  access: { owner: ["os-extended-snapshot-attributes:project_id"], admin: "all_tenants" },
  statuses: { create: 202, delete: 202 },
  notFound: notFound("Snapshot"),
  badMarker: notFound("Snapshot"),
  build: (input, ctx) => {
    const volume = ctx.cloud.state.volumes.find((v) => v.id === input["volume_id"]);
    if (!volume || !canSee(volumes, volume, ctx, "get")) throw notFound("Volume")(String(input["volume_id"]));
    const ok = volume["status"] === "available" || (volume["status"] === "in-use" && truthy(String(input["force"])));
    if (!ok)
      throw invalid(
        "volume",
        `Volume ${volume.id} status must be available, but current status is: ${volume["status"]}.`,
      );
    const { force: _force, ...rest } = input;
    return {
      id: uuid(),
      created_at: microseconds(ctx.cloud.now()),
      updated_at: null,
      name: null,
      description: null,
      status: "creating",
      size: volume["size"],
      metadata: {},
      "os-extended-snapshot-attributes:progress": "0%",
      user_id: ctx.auth?.userId,
      group_snapshot_id: null,
      consumes_quota: true,
      ...rest,
    };
  },
  afterCreate: (item, ctx) =>
    ctx.cloud.later(() => {
      if (item["status"] === "creating")
        Object.assign(item, {
          status: "available",
          "os-extended-snapshot-attributes:progress": "100%",
          updated_at: microseconds(ctx.cloud.now()),
        });
    }),
  updatable: ["name", "description", "metadata", "display_name", "display_description"],
  unknownField: (names) =>
    new ApiError(
      400,
      `Invalid input for field/attribute snapshot. Additional properties are not allowed (${names.map((n) => `'${n}'`).join(", ")} was unexpected)`,
    ),
  touch: (item, ctx) => void (item["updated_at"] = microseconds(ctx.cloud.now())),
  view: (item, ctx) => ({ ...shown(item, ctx, SINCE, []), links: links(ctx, "snapshots", item.id) }),
  summary: (item, ctx) => shown(item, ctx, SINCE, []),
  remove: (item: Row) => {
    if (!["available", "error"].includes(item["status"]))
      throw invalid("snapshot", "Snapshot status must be available or error and must not be part of a group.");
    item["status"] = "deleting";
    return "later";
  },
};
