import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import {
  IRONIC_MAX,
  JSON_PATCH,
  patchAction,
  ironicSort,
  jsonObject,
  links,
  maybeString,
  timestamps,
} from "../shared.js";
import { nodeActions } from "./node-actions.js";

const maybeBoolean = v.optional(v.nullable(v.boolean()));
const maybeObject = v.optional(v.nullable(jsonObject));

/** The interfaces a node's hardware type composes, each by its implementation's name (`fake`, `ipmitool`, …). */
const interfaces = {
  bios_interface: maybeString,
  boot_interface: maybeString,
  console_interface: maybeString,
  deploy_interface: maybeString,
  firmware_interface: maybeString,
  inspect_interface: maybeString,
  management_interface: maybeString,
  network_interface: maybeString,
  power_interface: maybeString,
  raid_interface: maybeString,
  rescue_interface: maybeString,
  storage_interface: maybeString,
  vendor_interface: maybeString,
};

/** A bare-metal node, fields as the Ironic v1 reference names them (the detailed view). */
export const Node = v.looseObject({
  uuid: v.string(),
  name: maybeString,
  driver: v.string(),
  driver_info: maybeObject,
  driver_internal_info: maybeObject,
  /** `enroll` → `manageable` → `available` → `active`, and the transient states between. */
  provision_state: v.string(),
  target_provision_state: maybeString,
  provision_updated_at: maybeString,
  /** `power on`, `power off`, or null until the conductor has read it. */
  power_state: maybeString,
  target_power_state: maybeString,
  maintenance: v.optional(v.boolean()),
  maintenance_reason: maybeString,
  fault: maybeString,
  last_error: maybeString,
  reservation: maybeString,
  console_enabled: v.optional(v.boolean()),
  instance_uuid: maybeString,
  instance_info: maybeObject,
  chassis_uuid: maybeString,
  allocation_uuid: maybeString,
  conductor: maybeString,
  conductor_group: v.optional(v.string()),
  resource_class: maybeString,
  properties: maybeObject,
  extra: maybeObject,
  traits: v.optional(v.nullable(v.array(v.string()))),
  owner: maybeString,
  lessee: maybeString,
  description: maybeString,
  protected: maybeBoolean,
  protected_reason: maybeString,
  retired: maybeBoolean,
  retired_reason: maybeString,
  automated_clean: maybeBoolean,
  boot_mode: maybeString,
  secure_boot: maybeBoolean,
  shard: maybeString,
  network_data: maybeObject,
  raid_config: maybeObject,
  target_raid_config: maybeObject,
  clean_step: maybeObject,
  deploy_step: maybeObject,
  inspection_started_at: maybeString,
  inspection_finished_at: maybeString,
  ...interfaces,
  ...timestamps,
  links,
  /** Links to the node's ports, port groups, states and volume (the detailed view). */
  ports: v.optional(v.array(v.unknown())),
  portgroups: v.optional(v.array(v.unknown())),
  states: v.optional(v.array(v.unknown())),
  volume: v.optional(v.array(v.unknown())),
});

/** The states a provision-state wait ends in with a failure, unless it waits for one of them. */
export const NODE_FAILURES = [
  "deploy failed",
  "clean failed",
  "inspect failed",
  "rescue failed",
  "unrescue failed",
  "adopt failed",
  "service failed",
  "error",
] as const;

/**
 * Nodes. Lists are the detailed view (`/v1/nodes/detail`), so every item has every field.
 * Updates are JSON patches of the changed top-level fields. A node's provision and power
 * states change through `setNodeProvisionState` and `setNodePowerState` (service-definition);
 * `waitForNode(node, { status: "available" })` polls `provision_state`.
 */
export const nodes = defineResource({
  service: baremetalService,
  path: "nodes",
  listPath: "nodes/detail",
  singular: "Node",
  plural: "Nodes",
  pluralKey: "nodes",
  idField: "uuid",
  markerField: "uuid",
  schema: Node,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: [
    "instance_uuid",
    "maintenance",
    "provision_state",
    "driver",
    "resource_class",
    "conductor_group",
    "fault",
    "owner",
    "lessee",
    "description",
    "conductor",
    "retired",
    "chassis_uuid",
    "shard",
  ],
  filters: { ...ironicSort, associated: v.boolean(), description_contains: v.string(), limit: v.number() },
  required: ["driver"],
  readOnly: [
    "uuid",
    "provision_state",
    "target_provision_state",
    "provision_updated_at",
    "power_state",
    "target_power_state",
    "maintenance",
    "maintenance_reason",
    "fault",
    "last_error",
    "reservation",
    "console_enabled",
    "driver_internal_info",
    "allocation_uuid",
    "conductor",
    "traits",
    "boot_mode",
    "secure_boot",
    "raid_config",
    "target_raid_config",
    "clean_step",
    "deploy_step",
    "inspection_started_at",
    "inspection_finished_at",
    "created_at",
    "updated_at",
    "links",
    "ports",
    "portgroups",
    "states",
    "volume",
  ],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  status: { field: "provision_state", failures: NODE_FAILURES },
  actions: { ...nodeActions, patchNode: patchAction("nodes/{node}", "uuid", Node) },
});
export type Node = Item<typeof nodes>;
