import type { ServiceType } from "../engine/types.js";

/**
 * Where each service lives under the cloud's base URL: one origin for all (one port for the
 * loopback server, one CORS policy), Keystone at the root as on a real cloud's port 5000,
 * the others under a path, as devstack lays them out.
 */
export const PREFIXES: Readonly<Record<ServiceType, string>> = {
  identity: "",
  compute: "compute",
  network: "network",
  image: "image",
  "block-storage": "volume",
  "object-store": "object-store",
  placement: "placement",
  dns: "dns",
  orchestration: "heat-api",
  "load-balancer": "load-balancer",
  "key-manager": "key-manager",
  message: "messaging",
  baremetal: "baremetal",
  "shared-file-system": "share",
  workflow: "workflow",
  "instance-ha": "instance-ha",
  "baremetal-introspection": "baremetal-introspection",
  clustering: "clustering",
  "container-infrastructure-management": "container-infra",
  database: "database",
};

export function serviceUrls(baseUrl: string): Record<ServiceType, string> {
  const base = baseUrl.replace(/\/+$/, "");
  return Object.fromEntries(
    Object.entries(PREFIXES).map(([type, prefix]) => [type, prefix ? `${base}/${prefix}` : base]),
  ) as Record<ServiceType, string>;
}

/** The catalog's services: type, name, and endpoint URL (with Keystone's `%(project_id)s`). */
export function catalogEntries(baseUrl: string): { type: string; name: string; url: string; description: string }[] {
  const urls = serviceUrls(baseUrl);
  return [
    { type: "identity", name: "keystone", url: `${urls.identity}/v3`, description: "Keystone Identity Service" },
    { type: "compute", name: "nova", url: `${urls.compute}/v2.1`, description: "Nova Compute Service" },
    { type: "network", name: "neutron", url: urls.network, description: "Neutron Networking Service" },
    { type: "image", name: "glance", url: urls.image, description: "Glance Image Service" },
    {
      type: "block-storage",
      name: "cinder",
      url: `${urls["block-storage"]}/v3/%(project_id)s`,
      description: "Cinder Block Storage",
    },
    // The old alias, still in most catalogs.
    {
      type: "volumev3",
      name: "cinder-volumev3",
      url: `${urls["block-storage"]}/v3/%(project_id)s`,
      description: "Cinder Volume Service V3",
    },
    {
      type: "object-store",
      name: "swift",
      url: `${urls["object-store"]}/v1/AUTH_%(project_id)s`,
      description: "Swift Object Storage",
    },
    { type: "placement", name: "placement", url: urls.placement, description: "Placement Service" },
    { type: "dns", name: "designate", url: urls.dns, description: "Designate DNS Service" },
    {
      type: "orchestration",
      name: "heat",
      url: `${urls.orchestration}/v1/%(project_id)s`,
      description: "Heat Orchestration Service",
    },
    {
      type: "load-balancer",
      name: "octavia",
      url: urls["load-balancer"],
      description: "Octavia Load Balancing Service",
    },
    { type: "key-manager", name: "barbican", url: urls["key-manager"], description: "Barbican Key Manager Service" },
    // as devstack registers Zaqar: the alias, not the official type `message`
    { type: "messaging", name: "zaqar", url: urls.message, description: "Zaqar Messaging Service" },
    // as the real cloud registers them (e2e/cloud/seed.py): Ironic unversioned, Manila at v2 with
    // its old alias, Mistral as `workflowv2`, Masakari per project
    { type: "baremetal", name: "ironic", url: urls.baremetal, description: "Ironic Bare Metal Service" },
    {
      type: "shared-file-system",
      name: "manila",
      url: `${urls["shared-file-system"]}/v2`,
      description: "Manila Shared File Systems",
    },
    { type: "sharev2", name: "manilav2", url: `${urls["shared-file-system"]}/v2`, description: "Manila (v2 alias)" },
    { type: "workflowv2", name: "mistral", url: `${urls.workflow}/v2`, description: "Mistral Workflow Service" },
    {
      type: "instance-ha",
      name: "masakari",
      url: `${urls["instance-ha"]}/v1/%(project_id)s`,
      description: "Masakari Instance HA Service",
    },
    {
      type: "baremetal-introspection",
      name: "ironic-inspector",
      url: urls["baremetal-introspection"],
      description: "Ironic Inspector Bare Metal Introspection",
    },
    // as e2e/cloud/seed.py registers them: Senlin unversioned, Magnum at v1, Trove per project
    { type: "clustering", name: "senlin", url: urls.clustering, description: "Senlin Clustering Service" },
    {
      type: "container-infra",
      name: "magnum",
      url: `${urls["container-infrastructure-management"]}/v1`,
      description: "Magnum Container Infrastructure Service",
    },
    {
      type: "database",
      name: "trove",
      url: `${urls.database}/v1.0/%(project_id)s`,
      description: "Trove Database Service",
    },
  ];
}
