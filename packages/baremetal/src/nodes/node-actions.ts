import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { IRONIC_MAX, jsonObject, links, maybeString, timestamps } from "../shared.js";

/** One interface's answer in a validation: `result` true, false (with the reason) or null (not supported). */
const InterfaceValidation = v.looseObject({
  result: v.nullable(v.boolean()),
  reason: v.optional(v.nullable(v.string())),
});

/** A node's validation, by interface name (`boot`, `deploy`, `power`, …). */
export const NodeValidation = v.record(v.string(), InterfaceValidation);

export const BootDevice = v.looseObject({ boot_device: v.nullable(v.string()), persistent: v.nullable(v.boolean()) });

/** One BIOS setting as the conductor last read it from the node (the detailed view from 1.74). */
export const BiosSetting = v.looseObject({
  name: v.string(),
  value: v.nullable(v.string()),
  attribute_type: maybeString,
  allowable_values: v.optional(v.nullable(v.array(v.string()))),
  lower_bound: v.optional(v.nullable(v.number())),
  upper_bound: v.optional(v.nullable(v.number())),
  min_length: v.optional(v.nullable(v.number())),
  max_length: v.optional(v.nullable(v.number())),
  read_only: v.optional(v.nullable(v.boolean())),
  reset_required: v.optional(v.nullable(v.boolean())),
  unique: v.optional(v.nullable(v.boolean())),
  ...timestamps,
  links,
});

export const NodeConsole = v.looseObject({
  console_enabled: v.boolean(),
  /** The console's type and URL while enabled; null while disabled. */
  console_info: v.nullable(jsonObject),
});

/** The node's states at a glance (`GET /v1/nodes/{node}/states`). */
export const NodeStates = v.looseObject({
  power_state: v.nullable(v.string()),
  target_power_state: v.nullable(v.string()),
  provision_state: v.string(),
  target_provision_state: v.nullable(v.string()),
  provision_updated_at: v.nullable(v.string()),
  last_error: v.nullable(v.string()),
  console_enabled: v.boolean(),
  raid_config: v.optional(jsonObject),
  target_raid_config: v.optional(jsonObject),
  boot_mode: maybeString,
  secure_boot: v.optional(v.nullable(v.boolean())),
});

const at = { idField: "uuid", maxMicroversion: IRONIC_MAX } as const;

/**
 * The calls under one node that are not its fields: maintenance, boot device, validation,
 * traits, VIFs, BIOS settings, NMI, console. Each is `conn.baremetal.<name>({ node, … })`;
 * `node` is a node, its uuid or its name.
 */
export const nodeActions = {
  /** Puts the node in maintenance: the conductor stops acting on it (power sync, …). */
  setNodeMaintenance: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/maintenance",
    body: (a: { reason?: string }) => (a.reason === undefined ? {} : { reason: a.reason }),
  },
  unsetNodeMaintenance: { ...at, method: "DELETE", path: "nodes/{node}/maintenance" },
  /** Each interface's verdict on whether the node can be deployed, managed, powered. */
  validateNode: { ...at, method: "GET", path: "nodes/{node}/validate", returns: "json", schema: NodeValidation },
  getNodeStates: { ...at, method: "GET", path: "nodes/{node}/states", returns: "json", schema: NodeStates },
  getNodeBootDevice: {
    ...at,
    method: "GET",
    path: "nodes/{node}/management/boot_device",
    returns: "json",
    schema: BootDevice,
  },
  /** Sets the device the node boots from next (`pxe`, `disk`, `cdrom`, …), once or `persistent`. */
  setNodeBootDevice: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/management/boot_device",
    body: (a: { boot_device: string; persistent?: boolean }) => ({
      boot_device: a.boot_device,
      persistent: a.persistent ?? false,
    }),
  },
  getNodeSupportedBootDevices: {
    ...at,
    method: "GET",
    path: "nodes/{node}/management/boot_device/supported",
    returns: "json",
    resultKey: "supported_boot_devices",
    schema: v.array(v.string()),
  },
  /** `bios` or `uefi` (1.76). */
  setNodeBootMode: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/states/boot_mode",
    requires: "1.76",
    body: (a: { target: "bios" | "uefi" }) => ({ target: a.target }),
  },
  /** Secure boot on or off (1.76). */
  setNodeSecureBoot: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/states/secure_boot",
    requires: "1.76",
    body: (a: { target: boolean }) => ({ target: a.target }),
  },
  /** Sends a non-maskable interrupt to the node (1.29), as a hung kernel's last call for a dump. */
  injectNmiToNode: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/management/inject_nmi",
    requires: "1.29",
    body: () => ({}),
  },
  listNodeTraits: {
    ...at,
    method: "GET",
    path: "nodes/{node}/traits",
    requires: "1.37",
    returns: "json",
    resultKey: "traits",
    schema: v.array(v.string()),
  },
  /** Replaces the node's traits with these (1.37). */
  setNodeTraits: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/traits",
    requires: "1.37",
    body: (a: { traits: readonly string[] }) => ({ traits: a.traits }),
  },
  addNodeTrait: { ...at, method: "PUT", path: "nodes/{node}/traits/{trait}", requires: "1.37" },
  removeNodeTrait: { ...at, method: "DELETE", path: "nodes/{node}/traits/{trait}", requires: "1.37" },
  /** The ids of the VIFs (Neutron ports) attached to the node's ports and port groups (1.28). */
  listNodeVifs: {
    ...at,
    method: "GET",
    path: "nodes/{node}/vifs",
    requires: "1.28",
    returns: "json",
    resultKey: "vifs",
    schema: v.array(v.looseObject({ id: v.string() })),
  },
  /** Attaches a Neutron port to a free port (or `port_uuid`/`portgroup_uuid`, 1.67) of the node (1.28). */
  attachVifToNode: {
    ...at,
    method: "POST",
    path: "nodes/{node}/vifs",
    requires: (a: { port_uuid?: string; portgroup_uuid?: string }) =>
      a.port_uuid !== undefined || a.portgroup_uuid !== undefined ? "1.67" : "1.28",
    idempotent: false,
    body: (a: { vif_id: string; port_uuid?: string; portgroup_uuid?: string }) => ({
      id: a.vif_id,
      ...(a.port_uuid !== undefined && { port_uuid: a.port_uuid }),
      ...(a.portgroup_uuid !== undefined && { portgroup_uuid: a.portgroup_uuid }),
    }),
  },
  detachVifFromNode: { ...at, method: "DELETE", path: "nodes/{node}/vifs/{vif_id}", requires: "1.28" },
  /** The BIOS settings the conductor cached from the node (1.40). */
  listNodeBiosSettings: {
    ...at,
    method: "GET",
    path: "nodes/{node}/bios",
    requires: "1.40",
    query: (a: { detail?: boolean }) => ({ detail: a.detail }),
    returns: "json",
    resultKey: "bios",
    schema: v.array(BiosSetting),
  },
  /** One BIOS setting by name (1.40); Ironic answers `{"<name>": {...}}`. */
  getNodeBiosSetting: {
    ...at,
    method: "GET",
    path: "nodes/{node}/bios/{setting}",
    requires: "1.40",
    returns: "json",
    schema: v.record(v.string(), BiosSetting),
  },
  /** The RAID layout the next cleaning builds (`logical_disks`, 1.12). */
  setNodeRaidConfig: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/states/raid",
    requires: "1.12",
    body: (a: { logical_disks: readonly Readonly<Record<string, unknown>>[] }) => ({ logical_disks: a.logical_disks }),
  },
  getNodeConsole: { ...at, method: "GET", path: "nodes/{node}/states/console", returns: "json", schema: NodeConsole },
  enableNodeConsole: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/states/console",
    body: () => ({ enabled: true }),
  },
  disableNodeConsole: {
    ...at,
    method: "PUT",
    path: "nodes/{node}/states/console",
    body: () => ({ enabled: false }),
  },
} as const satisfies Record<string, ActionSpec>;
