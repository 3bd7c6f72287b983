import type { baremetal } from "@openstack-ts/openstack";

/** A provision action the nodes view offers: Ironic's target, the button's words, what the notice says meanwhile. */
export interface ProvisionAction {
  target: "manage" | "provide" | "active" | "deleted";
  label: string;
  doing: string;
}

const MANAGE: ProvisionAction = { target: "manage", label: "Manage", doing: "Managing" };
const PROVIDE: ProvisionAction = { target: "provide", label: "Provide", doing: "Providing" };
const DEPLOY: ProvisionAction = { target: "active", label: "Deploy", doing: "Deploying" };
const UNDEPLOY: ProvisionAction = { target: "deleted", label: "Undeploy", doing: "Undeploying" };

/**
 * The actions Ironic's state machine accepts from each stable state, of the four the view
 * offers. A failed step is left the way Ironic allows: a failed clean or inspection back to
 * manageable, a failed deploy undeployed or deployed again. A state moving on its own
 * (deploying, cleaning, wait call-back, …) offers nothing: the conductor holds the node.
 */
const BY_STATE: Readonly<Record<string, readonly ProvisionAction[]>> = {
  enroll: [MANAGE],
  manageable: [PROVIDE],
  available: [DEPLOY, MANAGE],
  active: [UNDEPLOY],
  "deploy failed": [UNDEPLOY, DEPLOY],
  "clean failed": [MANAGE],
  "inspect failed": [MANAGE],
  error: [UNDEPLOY],
};

export function provisionActionsFor(provisionState: string): readonly ProvisionAction[] {
  return BY_STATE[provisionState.toLowerCase()] ?? [];
}

/** A power action: Ironic's target and the button's words. */
export interface PowerAction {
  target: "power on" | "power off";
  label: string;
  doing: string;
}

const ON: PowerAction = { target: "power on", label: "Power on", doing: "Powering on" };
const OFF: PowerAction = { target: "power off", label: "Power off", doing: "Powering off" };

/**
 * The power action that changes something: off when on, on when off. A node whose power
 * state the conductor has not read yet (null) or is changing (`target_power_state`) gets
 * both and neither respectively: the first is for a person who knows better, the second
 * would only be refused as locked.
 */
export function powerActionsFor(
  node: Pick<baremetal.Node, "power_state" | "target_power_state">,
): readonly PowerAction[] {
  if (node.target_power_state) return [];
  if (node.power_state === "power on") return [OFF];
  if (node.power_state === "power off") return [ON];
  return [ON, OFF];
}
