import type { PartialItem } from "@openstack-ts/core";
import * as v from "valibot";
import { Links, optionalNumber, optionalString } from "../common.js";
import type { servers } from "./server.js";
import { ServerFlavor } from "./server-parts.js";

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

/** A server in an unreachable cell, as list and get may return it (2.69+); `isPartial` tells. */
export type PartialServer = PartialItem<typeof servers>;
