import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { microseconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";
import { invalid, links, metadataFilter, notFound, shown, truthy } from "./cinder.js";

const SINCE: [string, string][] = [
  ["group_id", "3.13"],
  ["provider_id", "3.21"],
  ["service_uuid", "3.48"],
  ["shared_targets", "3.48"],
  ["cluster_name", "3.61"],
  ["volume_type_id", "3.63"],
  ["consumes_quota", "3.65"],
];
const ADMIN_ONLY = ["os-vol-host-attr:host", "os-vol-mig-status-attr:migstat", "os-vol-mig-status-attr:name_id"];

/** Statuses a volume may be deleted in. */
const DELETABLE = ["available", "error", "error_restoring", "error_extending", "error_managing"];

export const IN_USE_MESSAGE =
  "Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.";

function build(input: Row, ctx: Ctx): Row {
  const { state } = ctx.cloud;
  const snapshot = input["snapshot_id"] ? state.snapshots.find((s) => s.id === input["snapshot_id"]) : undefined;
  if (input["snapshot_id"] && !snapshot) throw notFound("Snapshot")(String(input["snapshot_id"]));
  const source = input["source_volid"] ? state.volumes.find((v) => v.id === input["source_volid"]) : undefined;
  if (input["source_volid"] && !source) throw notFound("Volume")(String(input["source_volid"]));
  const image = input["imageRef"] ? state.images.find((i) => i.id === input["imageRef"]) : undefined;
  if (input["imageRef"] && !image)
    throw new ApiError(400, `Invalid image identifier or unable to access requested image.`);
  const size = input["size"] ?? snapshot?.["size"] ?? source?.["size"];
  if (!Number.isInteger(Number(size)) || Number(size) < 1)
    throw new ApiError(
      400,
      `Invalid input received: Volume size '${String(size)}' must be an integer and greater than 0.`,
    );
  const { imageRef: _image, ...rest } = input;
  return {
    id: uuid(),
    status: "creating",
    size: Number(size),
    availability_zone: "nova",
    created_at: microseconds(ctx.cloud.now()),
    updated_at: null,
    name: null,
    description: null,
    volume_type: "__DEFAULT__",
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    user_id: ctx.auth?.userId,
    bootable: image ? "true" : "false",
    encrypted: false,
    replication_status: null,
    consistencygroup_id: null,
    multiattach: false,
    attachments: [],
    migration_status: null,
    "os-vol-mig-status-attr:migstat": null,
    "os-vol-mig-status-attr:name_id": null,
    "os-vol-host-attr:host": "mock-cinder@lvm#lvm",
    group_id: null,
    provider_id: null,
    service_uuid: "6f06e5a4-5cc4-4e2e-b5fe-7a5aa3f7c9f1",
    shared_targets: true,
    cluster_name: null,
    volume_type_id: "a1b2c3d4-0000-4000-8000-000000000001",
    consumes_quota: true,
    ...(image && {
      volume_image_metadata: {
        image_id: image.id,
        image_name: image["name"],
        disk_format: image["disk_format"],
        container_format: image["container_format"],
      },
    }),
    ...rest,
  };
}

export const volumes: CollectionSpec = {
  state: "volumes",
  path: "v3/:project_id/volumes",
  key: "volume",
  pluralKey: "volumes",
  detailList: true,
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "nova",
  order: "newest",
  unknownFilters: "match",
  filters: {
    name: "exact",
    status: "exact",
    bootable: (item, [value]) => item["bootable"] === String(truthy(value)),
    availability_zone: "exact",
    metadata: metadataFilter,
    project_id: { field: "os-vol-tenant-attr:tenant_id" },
    volume_type: "exact",
    size: "exact",
  },
  access: { owner: ["os-vol-tenant-attr:tenant_id"], admin: "all_tenants" },
  statuses: { create: 202, delete: 202 },
  notFound: notFound("Volume"),
  badMarker: notFound("Volume"),
  consumes: ["imageRef"],
  build,
  afterCreate: (item, ctx) =>
    ctx.cloud.later(() => {
      if (item["status"] === "creating")
        Object.assign(item, { status: "available", updated_at: microseconds(ctx.cloud.now()) });
    }),
  updatable: ["name", "description", "metadata", "display_name", "display_description"],
  unknownField: (names) =>
    new ApiError(
      400,
      `Invalid input for field/attribute volume. Additional properties are not allowed (${names.map((n) => `'${n}'`).join(", ")} was unexpected)`,
    ),
  touch: (item, ctx) => void (item["updated_at"] = microseconds(ctx.cloud.now())),
  view: (item, ctx) => ({ ...shown(item, ctx, SINCE, ADMIN_ONLY), links: links(ctx, "volumes", item.id) }),
  summary: (item, ctx) => ({ id: item.id, name: item["name"], links: links(ctx, "volumes", item.id) }),
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    const cascade = truthy(ctx.query.get("cascade") ?? undefined);
    const snapshots = state.snapshots.filter((s) => s["volume_id"] === item.id);
    if (
      !DELETABLE.includes(item["status"]) ||
      (snapshots.length > 0 && !cascade) ||
      (item["attachments"] as Row[]).length > 0
    ) {
      throw invalid("volume", IN_USE_MESSAGE);
    }
    item["status"] = "deleting";
    ctx.cloud.later(() => void (state.snapshots = state.snapshots.filter((s) => s["volume_id"] !== item.id)));
    return "later";
  },
};
