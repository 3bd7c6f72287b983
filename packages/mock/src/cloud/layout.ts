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
  ];
}
