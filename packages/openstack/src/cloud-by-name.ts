import { loadCloudSync, type ResolvedCloud } from "@openstack-ts/config";

/**
 * The cloud `new Connection({ cloud })` names, from clouds.yaml, secure.yaml and `OS_*`,
 * read at once as openstacksdk does. Browser builds get ./cloud-by-name.browser.ts instead.
 */
export function cloudByName(name: string): ResolvedCloud {
  return loadCloudSync({ cloudName: name });
}
