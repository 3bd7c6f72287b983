import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const bs = conn.blockStorage;

let volume = await bs.createVolume({ size: 1, name: "data", metadata: { tier: "gold" } });
volume = await bs.waitForVolume(volume, { status: "available" }); // error, error_extending, … throw
await bs.extendVolume({ volume, new_size: 2 });
const snapshot = await bs.createSnapshot({ volume_id: volume.id, name: "before" });
await bs.waitForSnapshot(snapshot, { status: "available" });
for (const v of await bs.listVolumes({ metadata: JSON.stringify({ tier: "gold" }) }))
  console.log(v.id, v.size, v.status);
await bs.deleteVolumeCascade({ volume });
await bs.waitForDeleteVolume(volume);
