// Connect with a password, list what the cloud has, and tell a missing resource from other errors.
import { Connection, NotFoundError } from "@openstack-ts/openstack";

const conn = new Connection({
  authUrl: "http://127.0.0.1:5000/v3",
  projectName: "admin",
  username: "admin",
  password: "admin",
});

const projects = await conn.identity.listProjects(); // every page, as one array
console.log("projects:", projects.map((p) => p.name).join(", "));

for await (const network of conn.network.listNetworks()) {
  console.log("network:", network.name, network.status); // page by page, as they arrive
}

try {
  await conn.network.getNetwork("00000000-0000-0000-0000-000000000000");
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log("no such network:", error.message);
}
