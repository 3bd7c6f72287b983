// A container, an object with a slash in its name, a listing by prefix, a download, and clean-up.
import { createContainer, deleteContainer, deleteObject, downloadObject, fromConfig, isObjectSubdir, listObjects, uploadObject } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const swift = conn.objectStore;

await createContainer(swift, "docs-photos", { metadata: { owner: "docs" } });
await uploadObject(swift, "docs-photos", "2024/beach day.txt", "sand and sea", { contentType: "text/plain" });

for await (const entry of listObjects(swift, "docs-photos", { prefix: "2024/" })) {
  if (!isObjectSubdir(entry)) console.log(entry.name, entry.bytes, "bytes");
}
const bytes = await downloadObject(swift, "docs-photos", "2024/beach day.txt"); // checked against Swift's MD5
console.log(new TextDecoder().decode(bytes));

await deleteObject(swift, "docs-photos", "2024/beach day.txt");
await deleteContainer(swift, "docs-photos");
