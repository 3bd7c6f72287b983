import { bulkDelete, deleteContainer, isObjectSubdir, listObjects, type ServiceClient } from "@openstack-ts/openstack";

/** Deletes containers with everything in them; what is already gone is fine. */
export async function removeContainers(swift: ServiceClient, names: readonly string[]): Promise<void> {
  for (const container of names) {
    let objects: Awaited<ReturnType<typeof listObjects>> = [];
    try {
      objects = await listObjects(swift, container);
    } catch {
      continue; // already gone
    }
    const locations = objects.flatMap((entry) => (isObjectSubdir(entry) ? [] : [{ container, object: entry.name }]));
    if (locations.length > 0) await bulkDelete(swift, locations);
    await deleteContainer(swift, container);
  }
}
