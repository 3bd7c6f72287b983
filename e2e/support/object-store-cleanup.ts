import { objectStore, type ServiceClient } from "@openstack-ts/openstack";

/** Deletes containers with everything in them; what is already gone is fine. */
export async function removeContainers(swift: ServiceClient, names: readonly string[]): Promise<void> {
  for (const container of names) {
    let objects: Awaited<ReturnType<typeof objectStore.listObjects>> = [];
    try {
      objects = await objectStore.listObjects(swift, container);
    } catch {
      continue; // already gone
    }
    const locations = objects.flatMap((entry) =>
      objectStore.isObjectSubdir(entry) ? [] : [{ container, object: entry.name }],
    );
    if (locations.length > 0) await objectStore.bulkDelete(swift, locations);
    await objectStore.deleteContainer(swift, container);
  }
}
