// Boot a server from an image and a flavor, wait until it runs, reboot it, and delete it.
import { compute, fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const flavor = await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false });
const image = await conn.image.findImage("cirros", { ignoreMissing: false });

// The package's compute.createServer answers Nova's { id, adminPass }, typed.
const created = await compute.createServer(conn.compute, {
  name: "docs-web-1",
  flavorRef: flavor,
  imageRef: image,
  networks: "none",
});
const server = await conn.compute.waitForServer(created.id, { status: "ACTIVE" }); // ERROR ends the wait with an error
console.log(server.name, server.id, server.status);

await conn.compute.rebootServer({ server, type: "SOFT" });
await conn.compute.deleteServer(server);
await conn.compute.waitForDeleteServer(server);
