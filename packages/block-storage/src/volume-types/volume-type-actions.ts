import type { ActionSpec } from "@openstack-ts/core";

// Extra specs and encryption of a volume type (project access is in type-access.ts).
// Method names follow openstacksdk's block-storage proxy.
const extraSpecs = "types/{volume_type}/extra_specs";
const encryption = "types/{volume_type}/encryption";

export interface TypeEncryption {
  /** The encryptor: `luks` (or the class path of one). */
  provider?: string;
  cipher?: string | null;
  key_size?: number | null;
  control_location?: "front-end" | "back-end";
}

export const volumeTypeActions = {
  /** `{ extra_specs: { … } }`. */
  getTypeExtraSpecs: { method: "GET", path: extraSpecs, returns: "json" },
  /** Adds or changes the given keys, keeps the others: `{ extra_specs: { … } }` (what was set). */
  updateTypeExtraSpecs: {
    method: "POST",
    path: extraSpecs,
    body: (a: { extra_specs: Record<string, string> }) => ({ extra_specs: a.extra_specs }),
    returns: "json",
  },
  /** Removes one key. */
  deleteTypeExtraSpecs: { method: "DELETE", path: `${extraSpecs}/{key}` },
  /** The encryption spec, unwrapped (`{ encryption_id, provider, cipher, … }`); `{}` when the type has none. */
  getTypeEncryption: { method: "GET", path: encryption, returns: "json" },
  /** `{ encryption: { encryption_id, … } }`. */
  createTypeEncryption: {
    method: "POST",
    path: encryption,
    body: (a: { encryption: TypeEncryption & { provider: string } }) => ({ encryption: a.encryption }),
    returns: "json",
  },
  updateTypeEncryption: {
    method: "PUT",
    path: `${encryption}/{encryption_id}`,
    body: (a: { encryption: TypeEncryption }) => ({ encryption: a.encryption }),
    returns: "json",
  },
  deleteTypeEncryption: { method: "DELETE", path: `${encryption}/{encryption_id}` },
} as const satisfies Record<string, ActionSpec>;
