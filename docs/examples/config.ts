// A clouds.yaml and a secure.yaml, resolved as openstacksdk resolves them. They are given as
// text here, as a browser would hold them; in Node, Deno and Bun, leave them out to read the files.
import { fromConfig } from "@openstack-ts/openstack";

const cloudConfig = `
clouds:
  devstack:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
`;
const secureConfig = `
clouds:
  devstack:
    auth:
      password: admin
`;

const conn = await fromConfig({ cloudName: "devstack", cloudConfig, secureConfig });
console.log(String(conn.config)); // what was chosen, without the password
console.log(conn.config?.sources["auth.password"]); // where a value came from
console.log("project id:", await conn.currentProjectId);
