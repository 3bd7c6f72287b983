// The seed example, as DESIGN.md writes it. Run against the loopback cloud with `pnpm example`.
import { Connection, fromConfig } from "@openstack-ts/openstack";

const conn = new Connection({
  authUrl: "http://127.0.0.1:5000/v3",
  projectName: "admin",
  username: "admin",
  password: "admin",
});

const projects = await conn.identity.listProjects(); // Project[]
console.log("projects:", projects.map((p) => p.name).join(", "));
for await (const p of conn.identity.listProjects()) console.log("  streamed:", p.name);

let network = await conn.network.findNetwork("jenkins"); // Network | null
if (network === null) network = await conn.network.createNetwork({ name: "jenkins" });
console.log("network jenkins:", network.id);

const token: string = await conn.authorize(); // throws HttpError on failure
console.log("token:", `${token.slice(0, 8)}… (${token.length} characters)`);

const conn2 = await fromConfig({ cloudName: "devstack" }); // clouds.yaml, like openstacksdk
console.log("devstack project:", await conn2.currentProjectId);
