import { DEFAULT_IDS, startMockServer, type MockServer, type Seed } from "@openstack-ts/mock/server";

/**
 * What the fake cloud holds beside its defaults (users admin/admin and demo/demo-secret, the
 * flavors, a public network, a CirrOS image), so every view has something to show: all of it
 * in the admin project (but demo-net, in demo), as if its admin had made it.
 */
export function demoSeed(): Seed {
  const tiny = DEFAULT_IDS.flavors["m1.tiny"];
  // Seeds refer to each other by id, so these two get fixed ones.
  const privateNetwork = "6b9f2c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d";
  const image = "0e2a5b7c-9d1f-4a3b-8e6c-5f4d3c2b1a09";
  return {
    // admin is a member of demo too, so logging in as admin offers two projects to pick from.
    roleAssignments: [{ role_id: "member", user_id: "admin", project_id: "demo" }],
    images: [
      {
        id: image,
        name: "debian-12-genericcloud",
        disk_format: "qcow2",
        container_format: "bare",
        visibility: "public",
        data: "a stand-in for Debian 12",
      },
    ],
    networks: [
      { id: privateNetwork, name: "private" },
      { name: "demo-net", project_id: "demo" },
    ],
    subnets: [{ name: "private-subnet", network_id: privateNetwork, ip_version: 4, cidr: "10.0.0.0/24" }],
    servers: [
      { name: "web-1", flavorRef: tiny, imageRef: image, networks: "auto" },
      { name: "db-1", flavorRef: tiny, imageRef: image, networks: "auto" },
    ],
    volumes: [
      { name: "db-data", size: 10 },
      { name: "scratch", size: 1 },
    ],
    containers: [{ name: "backups" }, { name: "website" }],
    objects: [
      { container: "backups", name: "2024-06-01/db.sql.gz", data: "a nightly dump" },
      { container: "backups", name: "2024-06-02/db.sql.gz", data: "another nightly dump" },
      { container: "website", name: "index.html", data: "<h1>hello</h1>", content_type: "text/html" },
    ],
    // Its payload is read only when "Show payload" is pressed.
    secrets: [{ name: "db-password", payload: "correct horse battery staple", payload_content_type: "text/plain" }],
    stacks: [
      {
        stack_name: "web-config",
        template: {
          heat_template_version: "2018-08-31",
          description: "A generated password and a greeting, to show a stack's resources and events",
          resources: {
            password: { type: "OS::Heat::RandomString", properties: { length: 16 } },
            greeting: { type: "OS::Heat::Value", properties: { value: "hello" } },
          },
        },
      },
    ],
  };
}

/** The fake OpenStack on a free port of 127.0.0.1, seeded for the dashboard's views. */
export function startFakeCloud(): Promise<MockServer> {
  return startMockServer({ host: "127.0.0.1", ...demoSeed() });
}
