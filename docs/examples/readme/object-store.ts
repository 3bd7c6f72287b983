import { fromConfig, objectStore } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const swift = conn.objectStore;

await objectStore.createContainer(swift, "photos", { metadata: { owner: "jane" } });
for await (const container of swift.listContainers({ prefix: "pho" })) console.log(container.name, container.bytes);

await objectStore.uploadObject(swift, "photos", "2024/notes.txt", new Blob(["a day at the beach"]), {
  contentType: "text/plain",
  onUploadProgress: ({ percent }) => console.log(`${Math.round(percent * 100)}%`),
});
const download = await objectStore.streamObject(swift, "photos", "2024/notes.txt");
console.log(download.metadata.contentLength, await new Response(download.body).text());

const temp = { container: "photos", object: "2024/notes.txt", expiresIn: 3600 };
console.log(await objectStore.generateTempUrl(swift, temp)); // a URL anyone may GET for an hour
