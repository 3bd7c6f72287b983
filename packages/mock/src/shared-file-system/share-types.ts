import { stableUuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Route } from "../engine/types.js";
import { notFound } from "./manila.js";

/** The share type the real cloud's Manila is set up with, and every share here gets. */
export const DEFAULT_TYPE = {
  id: stableUuid("manila-share-type-default"),
  name: "default",
  extra_specs: {
    driver_handles_share_servers: "False",
    snapshot_support: "True",
    create_share_from_snapshot_support: "True",
    revert_to_snapshot_support: "True",
    mount_snapshot_support: "True",
  },
  required_extra_specs: { driver_handles_share_servers: "False" },
  "share_type_access:is_public": true,
  description: null,
  is_default: true,
} as const;

/** Manila's share types: the one default, under both of the names Manila answers with. */
export function shareTypeRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v2/types",
      handle: () => json({ volume_types: [DEFAULT_TYPE], share_types: [DEFAULT_TYPE] }),
    },
    {
      method: "GET",
      path: "v2/types/:id",
      handle: (ctx) =>
        ctx.params["id"] === "default" || ctx.params["id"] === DEFAULT_TYPE.id || ctx.params["id"] === DEFAULT_TYPE.name
          ? json({ volume_type: DEFAULT_TYPE, share_type: DEFAULT_TYPE })
          : notFound(),
    },
  ];
}
