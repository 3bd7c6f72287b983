import type { AssignmentRecord, MockState } from "./state.js";
import { stableHexId, stableUuid } from "../engine/ids.js";
import type { Row } from "../engine/types.js";
import { catalogEntries } from "./layout.js";

/** The users and secrets of the default cloud, the same as e2e/cloud's real one. */
export const DEFAULT_CREDENTIALS = {
  admin: { username: "admin", password: "admin", projectName: "admin" },
  demo: { username: "demo", password: "demo-secret", projectName: "demo" },
  altDemo: { username: "alt_demo", password: "demo-secret", projectName: "alt_demo" },
  applicationCredential: { name: "ci-admin", secret: "appcred-secret" },
} as const;

/** Stable ids of the default cloud's records: tests and seeds may name them. */
export const DEFAULT_IDS = {
  projects: {
    admin: stableHexId("project:admin"),
    service: stableHexId("project:service"),
    demo: stableHexId("project:demo"),
    alt_demo: stableHexId("project:alt_demo"),
  },
  users: { admin: stableHexId("user:admin"), demo: stableHexId("user:demo"), alt_demo: stableHexId("user:alt_demo") },
  roles: { admin: stableHexId("role:admin"), member: stableHexId("role:member"), reader: stableHexId("role:reader") },
  applicationCredential: stableHexId("application-credential:ci-admin"),
  flavors: {
    "m1.tiny": stableUuid("flavor:m1.tiny"),
    "m1.small": stableUuid("flavor:m1.small"),
    "m1.medium": stableUuid("flavor:m1.medium"),
  },
} as const;

/**
 * What a fresh cloud holds, as devstack and e2e/cloud set it up: the Default domain;
 * projects admin, service, demo, alt_demo; users admin/admin (admin on admin, and on the
 * system), demo and alt_demo (member of their projects, password demo-secret); roles admin ⊃
 * member ⊃ reader; the application credential ci-admin (secret appcred-secret); the catalog in
 * the given regions. {@link defaultSeed} adds the rest through the services' own defaults.
 */
export function defaultRecords(state: MockState, baseUrl: string, regions: readonly string[]): void {
  const P = DEFAULT_IDS.projects;
  const U = DEFAULT_IDS.users;
  const R = DEFAULT_IDS.roles;
  state.domains.push({
    id: "default",
    name: "Default",
    description: "The default domain",
    enabled: true,
    tags: [],
    options: {},
  });
  const project = (id: string, name: string, description: string) => ({
    id,
    name,
    domain_id: "default",
    description,
    enabled: true,
    parent_id: "default",
    is_domain: false,
    tags: [],
    options: {},
  });
  state.projects.push(
    project(P.admin, "admin", "Bootstrap project for initializing the cloud."),
    project(P.service, "service", "service users"),
    project(P.demo, "demo", "non-admin test project"),
    project(P.alt_demo, "alt_demo", "second non-admin project"),
  );
  const user = (id: string, name: string, password: string, defaultProject: string) => ({
    id,
    name,
    domain_id: "default",
    enabled: true,
    password_expires_at: null,
    options: {},
    default_project_id: defaultProject,
    password,
  });
  state.users.push(
    user(U.admin, "admin", DEFAULT_CREDENTIALS.admin.password, P.admin),
    user(U.demo, "demo", DEFAULT_CREDENTIALS.demo.password, P.demo),
    user(U.alt_demo, "alt_demo", DEFAULT_CREDENTIALS.altDemo.password, P.alt_demo),
  );
  const role = (id: string, name: string): Row => ({
    id,
    name,
    domain_id: null,
    description: null,
    options: { immutable: true },
  });
  state.roles.push(role(R.admin, "admin"), role(R.member, "member"), role(R.reader, "reader"));
  state.roleInferences.push(
    { prior_role_id: R.admin, implied_role_id: R.member },
    { prior_role_id: R.member, implied_role_id: R.reader },
  );
  const grants: AssignmentRecord[] = [
    { role_id: R.admin, user_id: U.admin, project_id: P.admin },
    { role_id: R.admin, user_id: U.admin, system: "all" },
    { role_id: R.member, user_id: U.demo, project_id: P.demo },
    { role_id: R.member, user_id: U.alt_demo, project_id: P.alt_demo },
  ];
  state.roleAssignments.push(...grants);
  state.applicationCredentials.push({
    id: DEFAULT_IDS.applicationCredential,
    name: DEFAULT_CREDENTIALS.applicationCredential.name,
    description: "CI admin appcred",
    user_id: U.admin,
    project_id: P.admin,
    system: null,
    expires_at: null,
    unrestricted: false,
    access_rules: [],
    roles: [R.admin, R.member, R.reader].map((id) => ({ ...state.roles.find((r) => r.id === id)! })),
    secret: DEFAULT_CREDENTIALS.applicationCredential.secret,
  });
  for (const region of regions) state.regions.push({ id: region, description: "", parent_region_id: null });
  for (const entry of catalogEntries(baseUrl)) {
    const serviceId = stableHexId(`service:${entry.type}`);
    state.services.push({
      id: serviceId,
      type: entry.type,
      name: entry.name,
      description: entry.description,
      enabled: true,
    });
    for (const region of regions) {
      for (const iface of ["public", "internal", "admin"]) {
        state.endpoints.push({
          id: stableHexId(`endpoint:${entry.type}:${region}:${iface}`),
          interface: iface,
          region_id: region,
          service_id: serviceId,
          url: entry.url,
          enabled: true,
        });
      }
    }
  }
}

/** The default cloud's flavors, an external network, and an image to boot, as seed records. */
export function defaultSeed(): { flavors: Row[]; networks: Row[]; subnets: Row[]; images: Row[] } {
  const F = DEFAULT_IDS.flavors;
  return {
    flavors: [
      { id: F["m1.tiny"], name: "m1.tiny", ram: 512, disk: 1, vcpus: 1 },
      { id: F["m1.small"], name: "m1.small", ram: 2048, disk: 20, vcpus: 1 },
      { id: F["m1.medium"], name: "m1.medium", ram: 4096, disk: 40, vcpus: 2 },
    ],
    networks: [
      {
        id: stableUuid("network:public"),
        name: "public",
        "router:external": true,
        is_default: true,
        "provider:network_type": "flat",
        "provider:physical_network": "public",
        "provider:segmentation_id": null,
      },
    ],
    subnets: [
      {
        id: stableUuid("subnet:public"),
        name: "public-subnet",
        network_id: stableUuid("network:public"),
        ip_version: 4,
        cidr: "172.24.4.0/24",
        enable_dhcp: false,
      },
    ],
    images: [
      {
        id: stableUuid("image:cirros"),
        name: "cirros-0.6.2-x86_64-disk",
        disk_format: "qcow2",
        container_format: "bare",
        visibility: "public",
        data: "a stand-in for CirrOS 0.6.2",
      },
    ],
  };
}
