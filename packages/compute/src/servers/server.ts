import { defineResource, sortFilters, tagFilters, type Item, type PartialItem } from "@openstack-ts/core";
import * as v from "valibot";
import { changeFilters, Links, Metadata, nullableString, optionalNumber, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";
import { createServerAction } from "./server-create.js";
import { serverConsoleActions } from "./server-consoles.js";
import { createServerImageAction } from "./server-image.js";
import { serverMetadataActions } from "./server-metadata.js";
import { ServerAddress, ServerFault, ServerFlavor } from "./server-parts.js";
import { serverStateActions } from "./server-state-actions.js";
import { serverTagActions } from "./server-tags.js";

/**
 * A server in a cell Nova cannot reach (from 2.69): what its API database still knows.
 * A list gives `id`, `status` (`UNKNOWN`) and `links`, plus `tenant_id`, `created` and
 * maybe `security_groups` in detail; a GET adds `user_id`, `image`, `flavor`, the zone,
 * `power_state` 0 and (2.71) `server_groups`. See Nova's api-guide, down_cells.rst.
 * `isPartial` tells one from a full `Server`.
 */
export const PartialServer = v.looseObject({
  id: v.string(),
  status: v.literal("UNKNOWN"),
  links: v.optional(Links),
  tenant_id: optionalString,
  created: optionalString,
  // "UNKNOWN" for some older servers.
  user_id: optionalString,
  // "" for a server booted from a volume.
  image: v.optional(v.union([v.looseObject({ id: v.string(), links: v.optional(Links) }), v.literal("")])),
  flavor: v.optional(ServerFlavor),
  "OS-EXT-AZ:availability_zone": optionalString,
  "OS-EXT-STS:power_state": optionalNumber,
  server_groups: v.optional(v.array(v.string())),
  security_groups: v.optional(v.array(v.looseObject({ name: v.string() }))),
});

/**
 * A Nova server, fields as the Compute API reference names them, up to microversion 2.90,
 * and the fields later ones added (optional; the API reference at 2.104 checked).
 *
 * From 2.69 on, a server whose cell cannot be reached comes back partial (only `id`,
 * `status` `UNKNOWN`, `links`, …): that is a `PartialServer`, declared below, and `name`,
 * which every full server has, tells the two apart. Admin-only fields (`OS-EXT-SRV-ATTR:*`,
 * `host_status`) and the ones later microversions added are optional.
 */
export const Server = v.looseObject({
  id: v.string(),
  status: v.string(),
  links: Links,
  tenant_id: v.string(),
  created: v.string(),
  name: v.string(),
  user_id: optionalString,
  updated: optionalString,
  metadata: v.optional(Metadata),
  hostId: optionalString,
  // "" for a server booted from a volume.
  image: v.optional(v.union([v.looseObject({ id: v.string(), links: v.optional(Links) }), v.literal("")])),
  flavor: v.optional(ServerFlavor),
  // Network name → its addresses; {} while the server builds.
  addresses: v.optional(v.record(v.string(), v.array(ServerAddress))),
  accessIPv4: optionalString,
  accessIPv6: optionalString,
  key_name: nullableString,
  config_drive: optionalString,
  progress: optionalNumber,
  fault: v.optional(ServerFault),
  security_groups: v.optional(v.array(v.looseObject({ name: v.string() }))),
  "OS-DCF:diskConfig": v.optional(v.picklist(["AUTO", "MANUAL"])),
  "OS-EXT-AZ:availability_zone": optionalString,
  "OS-EXT-STS:vm_state": optionalString,
  "OS-EXT-STS:task_state": nullableString,
  "OS-EXT-STS:power_state": optionalNumber,
  "OS-SRV-USG:launched_at": nullableString,
  "OS-SRV-USG:terminated_at": nullableString,
  "os-extended-volumes:volumes_attached": v.optional(
    v.array(v.looseObject({ id: v.string(), delete_on_termination: v.optional(v.boolean()) })),
  ),
  // Admin (extended server attributes); hostname for everyone from 2.90.
  "OS-EXT-SRV-ATTR:host": nullableString,
  "OS-EXT-SRV-ATTR:instance_name": nullableString,
  "OS-EXT-SRV-ATTR:hypervisor_hostname": nullableString,
  "OS-EXT-SRV-ATTR:hostname": nullableString,
  "OS-EXT-SRV-ATTR:reservation_id": nullableString,
  "OS-EXT-SRV-ATTR:launch_index": v.optional(v.nullable(v.number())),
  "OS-EXT-SRV-ATTR:kernel_id": nullableString,
  "OS-EXT-SRV-ATTR:ramdisk_id": nullableString,
  "OS-EXT-SRV-ATTR:root_device_name": nullableString,
  "OS-EXT-SRV-ATTR:user_data": nullableString,
  locked: v.optional(v.boolean()), // 2.9
  host_status: nullableString, // 2.16
  description: nullableString, // 2.19
  tags: v.optional(v.array(v.string())), // 2.26
  trusted_image_certificates: v.optional(v.nullable(v.array(v.string()))), // 2.63
  server_groups: v.optional(v.array(v.string())), // 2.71
  locked_reason: nullableString, // 2.73
  pinned_availability_zone: nullableString, // 2.96; changed by an update from 2.104
  // The hints the server was created with, each a value or a list of them (2.100).
  scheduler_hints: v.optional(v.record(v.string(), v.union([v.string(), v.array(v.string())]))),
});

/** A filter whose value is text. */
const text = v.string();

/**
 * Servers. Lists come from `servers/detail` (full servers, like openstacksdk's
 * `servers(details=True)`); filters go by Nova's wire names (`all_tenants` is openstacksdk's
 * `all_projects`, `uuid` its `id`, `ip` its `ipv4_address`, …). Names and descriptions
 * filter as regular expressions on Nova's side; `findServer` keeps exact matches only.
 *
 * `createServer` is an action: Nova wants scheduler hints beside the `server` envelope and
 * answers with a partial server (see {@link createServer} for a typed result). Every action
 * takes the server as `server`, an id or the server.
 */
export const servers = defineResource({
  service: computeService,
  path: "servers",
  listPath: "servers/detail",
  singular: "Server",
  plural: "Servers",
  key: "server",
  pluralKey: "servers",
  schema: Server,
  partial: PartialServer,
  verbs: ["list", "get", "find", "update", "delete", "waitFor"],
  query: [
    "name",
    "status",
    "image",
    "flavor",
    "user_id",
    "key_name",
    "description",
    "locked",
    "config_drive",
    "progress",
  ],
  // The filters Nova names apart from the fields (`host` for `OS-EXT-SRV-ATTR:host`, …).
  filters: {
    ...sortFilters,
    ...tagFilters,
    ...changeFilters,
    host: text,
    node: text,
    hostname: text,
    ip: text,
    ip6: text,
    project_id: text,
    all_tenants: v.boolean(),
    availability_zone: text,
    reservation_id: text,
    uuid: text,
    vm_state: text,
    task_state: text,
    power_state: v.number(),
    locked_by: text,
    launch_index: v.number(),
    launched_at: text,
    terminated_at: text,
    created_at: text,
    deleted: v.boolean(),
    soft_deleted: v.boolean(),
    access_ip_v4: text,
    access_ip_v6: text,
    auto_disk_config: v.boolean(),
    kernel_id: text,
    ramdisk_id: text,
    root_device_name: text,
  },
  // Only name, description, the access IPs and the disk config can change (PUT servers/{id}).
  readOnly: [
    "id",
    "status",
    "links",
    "tenant_id",
    "created",
    "user_id",
    "updated",
    "metadata",
    "hostId",
    "image",
    "flavor",
    "addresses",
    "key_name",
    "config_drive",
    "progress",
    "fault",
    "security_groups",
    "OS-EXT-AZ:availability_zone",
    "OS-EXT-STS:vm_state",
    "OS-EXT-STS:task_state",
    "OS-EXT-STS:power_state",
    "OS-SRV-USG:launched_at",
    "OS-SRV-USG:terminated_at",
    "os-extended-volumes:volumes_attached",
    "OS-EXT-SRV-ATTR:host",
    "OS-EXT-SRV-ATTR:instance_name",
    "OS-EXT-SRV-ATTR:hypervisor_hostname",
    "OS-EXT-SRV-ATTR:hostname",
    "OS-EXT-SRV-ATTR:reservation_id",
    "OS-EXT-SRV-ATTR:launch_index",
    "OS-EXT-SRV-ATTR:kernel_id",
    "OS-EXT-SRV-ATTR:ramdisk_id",
    "OS-EXT-SRV-ATTR:root_device_name",
    "OS-EXT-SRV-ATTR:user_data",
    "locked",
    "host_status",
    "tags",
    "trusted_image_certificates",
    "server_groups",
    "locked_reason",
    "scheduler_hints",
  ],
  // 2.91–2.93 changed other calls, not the server's representation.
  maxMicroversion: "2.90",
  status: { failures: ["ERROR"] },
  actions: {
    createServer: createServerAction,
    ...serverStateActions,
    createServerImage: createServerImageAction,
    ...serverConsoleActions,
    ...serverMetadataActions,
    ...serverTagActions,
  },
});

/** A Server as the API returns it (its declared fields; extra fields pass through at run time). */
export type Server = Item<typeof servers>;

/** A server in an unreachable cell, as list and get may return it (2.69+); `isPartial` tells. */
export type PartialServer = PartialItem<typeof servers>;
