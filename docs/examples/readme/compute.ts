import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const flavor = await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false });
const { server } = (await conn.compute.createServer({
  name: "web-1",
  flavorRef: flavor, // an id or the flavor
  imageRef: "70a599e0-31e7-49b7-b260-868f441e862b",
  networks: "auto",
  user_data: "#cloud-config\npackages: [nginx]\n", // text: encoded to base64 here
  "os:scheduler_hints": { group: "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9" },
})) as { server: { id: string } };
await conn.compute.waitForServer(server.id, { status: "ACTIVE" }); // ERROR ends the wait
await conn.compute.rebootServer({ server: server.id, type: "SOFT" });
for await (const s of conn.compute.listServers({ all_tenants: true, status: "ACTIVE" })) console.log(s.name);
