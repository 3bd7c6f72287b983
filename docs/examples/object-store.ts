// A container, an object with a slash in its name, a listing by prefix, a download, and clean-up.
import { fromConfig, objectStore } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const swift = conn.objectStore;

await objectStore.createContainer(swift, "docs-photos", { metadata: { owner: "docs" } });
await objectStore.uploadObject(swift, "docs-photos", "2024/beach day.txt", "sand and sea", {
  contentType: "text/plain",
});

for await (const entry of objectStore.listObjects(swift, "docs-photos", { prefix: "2024/" })) {
  if (!objectStore.isObjectSubdir(entry)) console.log(entry.name, entry.bytes, "bytes");
}
const bytes = await objectStore.downloadObject(swift, "docs-photos", "2024/beach day.txt"); // checked against Swift's MD5
console.log(new TextDecoder().decode(bytes));

await objectStore.deleteObject(swift, "docs-photos", "2024/beach day.txt");
await objectStore.deleteContainer(swift, "docs-photos");
