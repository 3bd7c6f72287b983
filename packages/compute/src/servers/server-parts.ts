import * as v from "valibot";
import { Links, Metadata, optionalNumber, optionalString } from "../common.js";

/** One address of a server on one network, in `addresses`. */
export const ServerAddress = v.looseObject({
  addr: v.string(),
  version: v.number(),
  "OS-EXT-IPS:type": optionalString,
  "OS-EXT-IPS-MAC:mac_addr": optionalString,
});

/**
 * The server's flavor: a reference (`id`, `links`) before 2.47, a copy of the flavor's
 * sizes from 2.47 on (`extra_specs` only for whom policy allows); `{}` when the flavor is
 * gone from the database.
 */
export const ServerFlavor = v.looseObject({
  id: optionalString,
  links: v.optional(Links),
  original_name: optionalString,
  vcpus: optionalNumber,
  ram: optionalNumber,
  disk: optionalNumber,
  ephemeral: optionalNumber,
  swap: optionalNumber,
  extra_specs: v.optional(Metadata),
});

/** Why a server is in ERROR (`details` only for admins, or for faults that are not 500s). */
export const ServerFault = v.looseObject({
  code: v.number(),
  created: v.string(),
  message: v.string(),
  details: optionalString,
});

/**
 * What a create answers inside `{ server }`: the new id, and the admin password Nova set
 * (absent when the cloud disables password injection). The full server comes from GET.
 */
export const ServerCreated = v.looseObject({
  id: v.string(),
  links: Links,
  adminPass: optionalString,
  "OS-DCF:diskConfig": optionalString,
  security_groups: v.optional(v.array(v.looseObject({ name: v.string() }))),
});

export type ServerCreated = v.InferOutput<typeof ServerCreated>;
