import { readFile } from "node:fs/promises";
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const image = await conn.image.createImage({ name: "cirros", disk_format: "qcow2", container_format: "bare" });
// A stream is sent as it is read (a browser's File can go as it is: every browser sends a Blob).
const file = new Blob([await readFile("cirros.qcow2")]);
await conn.image.uploadImage(image, file.stream(), {
  size: file.size,
  onUploadProgress: (p) => console.log(p.percent),
});

// Custom properties: a new one is added, an existing one replaced, null removes it.
await conn.image.updateImage(image.id, { hw_disk_bus: "scsi", os_distro: null });

// The stream fails with ChecksumMismatchError after its last chunk if the data is not what Glance hashed.
const data = await conn.image.downloadImage(image.id);
console.log((await new Response(data).arrayBuffer()).byteLength);
