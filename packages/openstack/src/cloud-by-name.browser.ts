import type { ResolvedCloud } from "@openstack-ts/config";
import { ConfigError } from "@openstack-ts/core";

/** A browser has no clouds.yaml to read: say what to do instead. */
export function cloudByName(name: string): ResolvedCloud {
  throw new ConfigError(
    `A browser cannot read clouds.yaml for cloud '${name}': use fromConfig({ cloudName, cloudConfig }) with the file's text or contents`,
  );
}
