import { Connection, fromConfig } from "@openstack-ts/openstack";

const conn = new Connection({
  authUrl: "http://127.0.0.1:5000/v3",
  projectName: "admin",
  username: "admin",
  password: "admin",
});

const projects = await conn.identity.listProjects(); // Project[], every page
for await (const server of conn.compute.listServers()) console.log(server.name); // or page by page

let network = await conn.network.findNetwork("jenkins"); // Network | null
if (network === null) network = await conn.network.createNetwork({ name: "jenkins" });

const fromClouds = await fromConfig({ cloudName: "devstack" }); // clouds.yaml, as openstacksdk reads it
console.log(projects.length, network.id, await fromClouds.authorize());
