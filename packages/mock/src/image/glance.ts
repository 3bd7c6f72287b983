// Glance's wording, and how it shows an image.
import { ApiError } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** Fields only Glance sets; a create or patch naming them gets a 403. */
export const READ_ONLY = [
  "status",
  "checksum",
  "os_hash_algo",
  "os_hash_value",
  "size",
  "virtual_size",
  "created_at",
  "updated_at",
  "self",
  "file",
  "schema",
  "direct_url",
  "stores",
  "locations",
];

/** Fields every image has: they cannot be removed, only replaced. */
export const CORE = [
  "id",
  "name",
  "disk_format",
  "container_format",
  "visibility",
  "protected",
  "min_ram",
  "min_disk",
  "owner",
  "os_hidden",
  "tags",
  ...READ_ONLY,
];

export const DISK_FORMATS = ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"];
export const CONTAINER_FORMATS = ["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"];

export const readOnly = (name: string) => new ApiError(403, `Attribute '${name}' is read-only.`);

export const notFound = (id: string) => new ApiError(404, `No image found with ID ${id}`);

/** An image as Glance shows it: the stored fields and its links, `stores` once it has data. */
export function imageView(item: Row, _ctx?: Ctx): Row {
  const self = `/v2/images/${item.id}`;
  return {
    ...item,
    self,
    file: `${self}/file`,
    schema: "/v2/schemas/image",
    ...(item["status"] === "active" || item["status"] === "deactivated" ? { stores: "file" } : {}),
  };
}

/** Glance's check of a format field's value. */
export function checkFormat(field: "disk_format" | "container_format", value: unknown): void {
  const allowed = field === "disk_format" ? DISK_FORMATS : CONTAINER_FORMATS;
  if (value !== undefined && value !== null && !allowed.includes(String(value))) {
    throw new ApiError(
      400,
      `Invalid value '${String(value)}' for parameter '${field}': ${field.replace("_", " ")} must be one of ${JSON.stringify(allowed)}`,
    );
  }
}
