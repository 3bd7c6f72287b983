import type { ActionSpec } from "@openstack-ts/core";

/**
 * What can be done to an image besides its verbs, named as openstacksdk's image proxy
 * names them. Each takes `{ image }` (an id or the image) and answers nothing (204).
 */
export const imageActions = {
  /** Makes the data unavailable to non-admins (admin only). */
  deactivateImage: { method: "POST", path: "images/{image}/actions/deactivate" },
  reactivateImage: { method: "POST", path: "images/{image}/actions/reactivate" },
  /** Adds one tag (`{ image, tag }`); adding a tag the image has is not an error. */
  addTag: { method: "PUT", path: "images/{image}/tags/{tag}" },
  /** Removes one tag (`{ image, tag }`); a tag the image lacks is a 404. */
  removeTag: { method: "DELETE", path: "images/{image}/tags/{tag}" },
} as const satisfies Record<string, ActionSpec>;
