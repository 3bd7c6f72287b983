// Register an image, upload its data, download it back (checked against Glance's hash), delete it.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const image = await conn.image.createImage({ name: "docs-tiny", disk_format: "raw", container_format: "bare" });
const data = new TextEncoder().encode("not really a disk, but Glance does not mind");
await conn.image.uploadImage(image, data, { onUploadProgress: (p) => console.log(`sent ${p.transferredBytes} bytes`) });

const active = await conn.image.waitForImage(image, { status: "active" });
console.log(active.name, active.size, "bytes,", active.os_hash_algo);

const stream = await conn.image.downloadImage(active); // errors if the bytes are not what Glance hashed
console.log(await new Response(stream).text());

await conn.image.deleteImage(active);
