import { defineResource, type Item, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import {
  labels,
  links,
  MAGNUM_MAX,
  magnumSort,
  maybeBoolean,
  maybeNumber,
  maybeString,
  SERVER_SET,
  timestamps,
  type UuidRef,
  uuidOf,
} from "../shared.js";
import { sendPatch } from "../patch.js";

/** The container orchestration engine a template's clusters run. */
export const Coe = v.picklist(["kubernetes", "swarm", "swarm-mode", "mesos", "dcos"]);

/**
 * A cluster template: what every cluster made from it starts with (image, flavors, network,
 * driver settings as labels), fields as the Magnum v1 reference names them. `coe`, `image_id`
 * and `external_network_id` are required on create; the image must carry the `os_distro`
 * property of a driver (`fedora-coreos`, …), which Magnum checks.
 */
export const ClusterTemplate = v.looseObject({
  uuid: v.string(),
  name: maybeString,
  coe: Coe,
  image_id: v.string(),
  flavor_id: maybeString,
  master_flavor_id: maybeString,
  keypair_id: maybeString,
  external_network_id: maybeString,
  fixed_network: maybeString,
  fixed_subnet: maybeString,
  network_driver: maybeString,
  volume_driver: maybeString,
  dns_nameserver: maybeString,
  apiserver_port: maybeNumber,
  docker_volume_size: maybeNumber,
  docker_storage_driver: maybeString,
  cluster_distro: maybeString,
  /** `vm` or `bm`. */
  server_type: maybeString,
  http_proxy: maybeString,
  https_proxy: maybeString,
  no_proxy: maybeString,
  insecure_registry: maybeString,
  registry_enabled: maybeBoolean,
  tls_disabled: maybeBoolean,
  /** Visible to every project (admin only). */
  public: maybeBoolean,
  /** Left out of other projects' lists (admin only). */
  hidden: maybeBoolean,
  master_lb_enabled: maybeBoolean,
  floating_ip_enabled: maybeBoolean,
  /** A comma-separated list. */
  tags: maybeString,
  labels,
  project_id: maybeString,
  user_id: maybeString,
  ...timestamps,
  links,
});

/**
 * Cluster templates. Lists are the detailed view (`clustertemplates/detail`), items go by
 * uuid (a GET also takes the name), and pages by the last item's uuid. `updateClusterTemplate`
 * sends Magnum's JSON patch; a template some cluster uses refuses most changes (400) and its
 * delete (409).
 */
export const clusterTemplates = defineResource({
  service: containerInfrastructureManagementService,
  path: "clustertemplates",
  listPath: "clustertemplates/detail",
  singular: "ClusterTemplate",
  plural: "ClusterTemplates",
  pluralKey: "clustertemplates",
  idField: "uuid",
  markerField: "uuid",
  schema: ClusterTemplate,
  verbs: ["list", "get", "find", "create", "delete"],
  filters: { ...magnumSort, limit: v.number() },
  required: ["coe", "image_id"],
  readOnly: SERVER_SET,
  maxMicroversion: MAGNUM_MAX,
});
export type ClusterTemplate = Item<typeof clusterTemplates>;

/** What a template's update may change: its fields, `null` to remove one. */
export type ClusterTemplateUpdate = {
  readonly [K in Exclude<keyof v.InferInput<typeof ClusterTemplate>, (typeof SERVER_SET)[number]>]?:
    | v.InferInput<typeof ClusterTemplate>[K]
    | null;
};

/**
 * Changes a template by Magnum's JSON patch (`replace`, `remove` for `null`). A template some
 * cluster uses refuses most changes (400).
 */
export function updateClusterTemplate(
  target: SessionOrClient,
  template: UuidRef,
  fields: ClusterTemplateUpdate,
  options: { readonly signal?: AbortSignal } = {},
): Promise<ClusterTemplate> {
  return sendPatch(
    "updateClusterTemplate",
    target,
    "clustertemplates/{template}",
    { template: uuidOf(template) },
    fields,
    ClusterTemplate,
    SERVER_SET,
    options.signal,
  );
}
