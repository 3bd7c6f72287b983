// Every sample of Ironic's API reference for a resource or call this package declares, and
// the call that reads or sends it; and the samples of calls it does not declare, with why.
// Where the files come from: SOURCE.md.
import type { Body, RequestCase, ResponseCase } from "./sample-cases.js";

const S = "samples/";
const node = "6d85703a-565d-469a-96ce-30b6de53079d";
const ID = "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3";

export const responseCases: ResponseCase[] = [
  // nodes
  { file: `${S}node-show-response.json`, call: (f) => f.getNode(node) },
  { file: `${S}nodes-list-details-response.json`, call: (f) => f.listNodes(), key: "nodes" },
  { file: `${S}node-validate-response.json`, call: (f) => f.validateNode({ node }) },
  { file: `${S}node-get-state-response.json`, call: (f) => f.getNodeStates({ node }) },
  { file: `${S}node-get-boot-device-response.json`, call: (f) => f.getNodeBootDevice({ node }) },
  {
    file: `${S}node-get-supported-boot-devices-response.json`,
    call: (f) => f.getNodeSupportedBootDevices({ node }),
    key: "supported_boot_devices",
  },
  { file: `${S}node-traits-list-response.json`, call: (f) => f.listNodeTraits({ node }), key: "traits" },
  { file: `${S}node-vif-list-response.json`, call: (f) => f.listNodeVifs({ node }), key: "vifs" },
  { file: `${S}node-bios-list-response.json`, call: (f) => f.listNodeBiosSettings({ node }), key: "bios" },
  {
    file: `${S}node-bios-list-details-response.json`,
    call: (f) => f.listNodeBiosSettings({ node, detail: true }),
    key: "bios",
  },
  {
    file: `${S}node-bios-detail-response.json`,
    call: (f) => f.getNodeBiosSetting({ node, setting: "virtualization" }),
  },
  // a node's ports, port groups and volume resources: the same bodies as the lists by node
  { file: `${S}node-port-detail-response.json`, call: (f) => f.listPorts({ node }), key: "ports" },
  { file: `${S}node-portgroup-detail-response.json`, call: (f) => f.listPortGroups({ node }), key: "portgroups" },
  {
    file: `${S}node-volume-connector-detail-response.json`,
    call: (f) => f.listVolumeConnectors({ node }),
    key: "connectors",
  },
  { file: `${S}node-volume-target-detail-response.json`, call: (f) => f.listVolumeTargets({ node }), key: "targets" },
  // ports, port groups
  { file: `${S}port-list-detail-response.json`, call: (f) => f.listPorts(), key: "ports" },
  { file: `${S}portgroup-list-detail-response.json`, call: (f) => f.listPortGroups(), key: "portgroups" },
  { file: `${S}portgroup-port-detail-response.json`, call: (f) => f.listPorts({ portgroup: ID }), key: "ports" },
  // chassis
  { file: `${S}chassis-show-response.json`, call: (f) => f.getChassis(ID) },
  { file: `${S}chassis-list-details-response.json`, call: (f) => f.listChassis(), key: "chassis" },
  { file: `${S}chassis-list-response.json`, call: (f) => f.listChassis(), key: "chassis" },
  // drivers
  { file: `${S}driver-get-response.json`, call: (f) => f.getDriver("ipmi") },
  { file: `${S}drivers-list-detail-response.json`, call: (f) => f.listDrivers(), key: "drivers" },
  { file: `${S}drivers-list-response.json`, call: (f) => f.listDrivers(), key: "drivers" },
  { file: `${S}driver-property-response.json`, call: (f) => f.getDriverProperties({ driver: "ipmi" }) },
  {
    file: `${S}driver-logical-disk-properties-response.json`,
    call: (f) => f.getDriverRaidLogicalDiskProperties({ driver: "ipmi" }),
  },
  // allocations
  { file: `${S}allocation-show-response.json`, call: (f) => f.getAllocation(ID) },
  { file: `${S}allocations-list-response.json`, call: (f) => f.listAllocations(), key: "allocations" },
  // deploy templates
  { file: `${S}deploy-template-show-response.json`, call: (f) => f.getDeployTemplate(ID) },
  { file: `${S}deploy-template-detail-response.json`, call: (f) => f.listDeployTemplates(), key: "deploy_templates" },
  // volume connectors and targets
  { file: `${S}volume-connector-list-detail-response.json`, call: (f) => f.listVolumeConnectors(), key: "connectors" },
  { file: `${S}volume-connector-list-response.json`, call: (f) => f.listVolumeConnectors(), key: "connectors" },
  { file: `${S}volume-target-list-response.json`, call: (f) => f.listVolumeTargets(), key: "targets" },
  {
    file: `${S}node-volume-connector-list-response.json`,
    call: (f) => f.listVolumeConnectors({ node }),
    key: "connectors",
  },
  { file: `${S}node-volume-target-list-response.json`, call: (f) => f.listVolumeTargets({ node }), key: "targets" },
  { file: `${S}volume-target-list-detail-response.json`, call: (f) => f.listVolumeTargets(), key: "targets" },
  // conductors
  { file: `${S}conductor-show-response.json`, call: (f) => f.getConductor("compute1.localdomain") },
  { file: `${S}conductor-list-details-response.json`, call: (f) => f.listConductors(), key: "conductors" },
  { file: `${S}conductor-list-response.json`, call: (f) => f.listConductors(), key: "conductors" },
];

const patchOf =
  (
    call:
      | "patchNode"
      | "patchPort"
      | "patchPortGroup"
      | "patchChassis"
      | "patchAllocation"
      | "patchDeployTemplate"
      | "patchVolumeConnector"
      | "patchVolumeTarget",
    field: string,
  ) =>
  (f: Parameters<RequestCase["call"]>[0], patch: Body) =>
    (f[call] as (args: Record<string, unknown>) => Promise<unknown>)({ [field]: ID, patch });

export const requestCases: RequestCase[] = [
  // creates, each answered with the reference's response
  {
    file: `${S}node-create-request-dynamic.json`,
    response: `${S}node-create-response.json`,
    call: (f, b) => f.createNode(b),
  },
  {
    file: `${S}node-create-request-classic.json`,
    call: (f, b) => f.createNode(b),
    response: `${S}node-create-response.json`,
  },
  {
    file: `${S}port-create-request.json`,
    response: `${S}port-create-response.json`,
    call: (f, { node_ident, ...b }) => f.createPort({ ...b, node_uuid: node_ident }),
    sent: ({ node_ident, ...b }) => ({ ...b, node_uuid: node_ident }),
    differs: "node_ident is 1.94's; Zed's Ironic (1.82) takes node_uuid, which the SDK sends",
  },
  {
    file: `${S}portgroup-create-request.json`,
    response: `${S}portgroup-create-response.json`,
    call: (f, b) => f.createPortGroup(b),
  },
  {
    file: `${S}chassis-create-request.json`,
    response: `${S}chassis-show-response.json`,
    call: (f, b) => f.createChassis(b),
  },
  {
    file: `${S}allocation-create-request.json`,
    response: `${S}allocation-create-response.json`,
    call: (f, b) => f.createAllocation(b),
  },
  {
    file: `${S}allocation-create-request-2.json`,
    response: `${S}allocation-create-response.json`,
    call: (f, b) => f.createAllocation(b),
  },
  {
    file: `${S}deploy-template-create-request.json`,
    response: `${S}deploy-template-create-response.json`,
    call: (f, b) => f.createDeployTemplate(b),
  },
  {
    file: `${S}volume-connector-create-request.json`,
    response: `${S}volume-connector-create-response.json`,
    call: (f, b) => f.createVolumeConnector(b),
  },
  {
    file: `${S}volume-target-create-request.json`,
    response: `${S}volume-target-create-response.json`,
    call: (f, b) => f.createVolumeTarget(b),
  },
  // JSON patches, sent as they are by patch<Resource>, answered with the updated item
  {
    file: `${S}node-update-driver-info-request.json`,
    response: `${S}node-update-driver-info-response.json`,
    call: patchOf("patchNode", "node"),
  },
  {
    file: `${S}node-update-driver.json`,
    response: `${S}node-update-driver-info-response.json`,
    call: patchOf("patchNode", "node"),
  },
  {
    file: `${S}port-update-request.json`,
    response: `${S}port-update-response.json`,
    call: patchOf("patchPort", "port"),
  },
  {
    file: `${S}portgroup-update-request.json`,
    response: `${S}portgroup-update-response.json`,
    call: patchOf("patchPortGroup", "port_group"),
  },
  {
    file: `${S}chassis-update-request.json`,
    response: `${S}chassis-update-response.json`,
    call: patchOf("patchChassis", "chassis"),
  },
  {
    file: `${S}allocation-update-request.json`,
    response: `${S}allocation-update-response.json`,
    call: patchOf("patchAllocation", "allocation"),
  },
  {
    file: `${S}deploy-template-update-request.json`,
    response: `${S}deploy-template-update-response.json`,
    call: patchOf("patchDeployTemplate", "deploy_template"),
  },
  {
    file: `${S}volume-connector-update-request.json`,
    response: `${S}volume-connector-update-response.json`,
    call: patchOf("patchVolumeConnector", "volume_connector"),
  },
  {
    file: `${S}volume-target-update-request.json`,
    response: `${S}volume-target-update-response.json`,
    call: patchOf("patchVolumeTarget", "volume_target"),
  },
  // node state changes and actions
  { file: `${S}node-set-manage-state.json`, call: (f, { target }) => f.setNodeProvisionState(node, target) },
  { file: `${S}node-set-available-state.json`, call: (f, { target }) => f.setNodeProvisionState(node, target) },
  { file: `${S}node-set-active-state.json`, call: (f, { target, ...b }) => f.setNodeProvisionState(node, target, b) },
  {
    file: `${S}node-set-active-state-deploy-steps.json`,
    call: (f, { target, ...b }) => f.setNodeProvisionState(node, target, b),
  },
  { file: `${S}node-set-clean-state.json`, call: (f, { target, ...b }) => f.setNodeProvisionState(node, target, b) },
  {
    file: `${S}node-set-provision-state.json`,
    call: (f, { target, ...b }) => f.setNodeProvisionState(node, target, b),
  },
  {
    file: `${S}node-set-service-state.json`,
    call: (f, { target, sevice_steps }) => f.setNodeProvisionState(node, target, { service_steps: sevice_steps }),
    sent: ({ sevice_steps, ...b }) => ({ ...b, service_steps: sevice_steps }),
    differs: "the sample misspells service_steps as sevice_steps; the SDK sends the name Ironic reads",
  },
  { file: `${S}node-set-power-off.json`, call: (f, { target }) => f.setNodePowerState(node, target) },
  {
    file: `${S}node-set-soft-power-off.json`,
    call: (f, { target, timeout }) => f.setNodePowerState(node, target, { powerTimeout: timeout }),
  },
  { file: `${S}node-maintenance-request.json`, call: (f, b) => f.setNodeMaintenance({ node, ...b }) },
  { file: `${S}node-set-boot-device.json`, call: (f, b) => f.setNodeBootDevice({ node, ...b }) },
  { file: `${S}node-set-boot-mode-bios.json`, call: (f, b) => f.setNodeBootMode({ node, ...b }) },
  { file: `${S}node-set-boot-mode-uefi.json`, call: (f, b) => f.setNodeBootMode({ node, ...b }) },
  { file: `${S}node-set-secure-boot-on.json`, call: (f, b) => f.setNodeSecureBoot({ node, ...b }) },
  { file: `${S}node-set-secure-boot-off.json`, call: (f, b) => f.setNodeSecureBoot({ node, ...b }) },
  { file: `${S}node-set-traits-request.json`, call: (f, b) => f.setNodeTraits({ node, ...b }) },
  { file: `${S}node-vif-attach-request.json`, call: (f, { id }) => f.attachVifToNode({ node, vif_id: id }) },
  { file: `${S}node-inject-nmi.json`, call: (f) => f.injectNmiToNode({ node }) },
  { file: `${S}node-set-raid-request.json`, call: (f, b) => f.setNodeRaidConfig({ node, ...b }) },
];

/**
 * Samples of the non-detailed lists: the SDK always lists the detailed view, so these bodies
 * (uuid, name and links only, no `driver` or `node_uuid`) are never answered to it. Each must
 * fail the resource's schema for exactly the fields it lacks.
 */
export const summaryLists: { file: string; key: string; lacks: string[] }[] = [
  { file: `${S}nodes-list-response.json`, key: "nodes", lacks: ["driver"] },
  { file: `${S}port-list-response.json`, key: "ports", lacks: ["node_uuid"] },
  { file: `${S}node-port-list-response.json`, key: "ports", lacks: ["node_uuid"] },
  { file: `${S}portgroup-list-response.json`, key: "portgroups", lacks: ["node_uuid"] },
  { file: `${S}node-portgroup-list-response.json`, key: "portgroups", lacks: ["node_uuid"] },
  { file: `${S}portgroup-port-list-response.json`, key: "ports", lacks: ["node_uuid"] },
  { file: `${S}deploy-template-list-response.json`, key: "deploy_templates", lacks: ["steps"] },
];

/** Samples of calls the package does not declare, and why. */
export const notDeclared: Record<string, string> = {
  [`${S}api-root-response.json`]: "the root document: read by core's version discovery (tested below)",
  [`${S}api-v1-root-response.json`]: "the v1 document: read by core's version discovery (tested below)",
  [`${S}lookup-node-response.json`]: "the ramdisk agent's lookup, not a user's call",
  [`${S}node-vendor-passthru-response.json`]: "vendor passthru: each driver's own methods",
  [`${S}node-firmware-components-list-response.json`]: "firmware components: 1.86, newer than Zed's 1.82",
  [`${S}node-history-list-response.json`]: "node history (1.78): not declared yet",
  [`${S}node-inventory-response.json`]: "node inventory (1.81): stored by inspection, which the loopback does not run",
  [`${S}node-indicators-list-response.json`]: "indicators (1.63): not declared yet",
  [`${S}node-indicators-get-state-response.json`]: "indicators (1.63): not declared yet",
  [`${S}node-indicators-set-state.json`]: "indicators (1.63): not declared yet",
  [`${S}node-vmedia-attach-request.json`]: "virtual media: 1.89, newer than Zed's 1.82",
  [`${S}node-volume-list-response.json`]: "a node's volume root: only links",
  [`${S}volume-list-response.json`]: "the volume root: only links",
  [`${S}shards-list-response.json`]: "shards: 1.82's, not declared yet",
};

/** Whole families of samples the package does not declare: by file name prefix, and why. */
export const notDeclaredFamilies: Record<string, string> = {
  "runbook-": "runbooks: 1.92, newer than Zed's 1.82",
  "inspection-rule-":
    "Ironic's own inspection rules: 1.96, newer than Zed's 1.82 (ironic-inspector's rules are its own API)",
};
