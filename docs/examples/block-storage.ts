// Create a volume, wait until it is available, extend it, and delete it.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const cinder = conn.blockStorage;

let volume = await cinder.createVolume({ size: 1, name: "docs-data", metadata: { tier: "gold" } });
volume = await cinder.waitForVolume(volume, { status: "available" }); // "error" ends the wait with an error

await cinder.extendVolume({ volume, new_size: 2 });
volume = await cinder.waitForVolume(volume, { status: "available" });
console.log(volume.name, `${volume.size} GiB`, volume.status);

await cinder.deleteVolume(volume);
await cinder.waitForDeleteVolume(volume);
