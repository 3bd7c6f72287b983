import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { baremetalService } from "./descriptor.js";
import {
  setNodePowerState,
  setNodeProvisionState,
  waitForNodePowerState,
  waitForNodeReservation,
  waitForNodesProvisionState,
} from "./nodes/node-states.js";

/**
 * Every Ironic resource, for the `conn.baremetal` façade, and the state changes of a node,
 * which are functions: each sends its target, and with `wait` polls the node until it settles.
 */
export const baremetal = defineService(baremetalService, resourcesIn(resources), {
  setNodeProvisionState,
  setNodePowerState,
  waitForNodesProvisionState,
  waitForNodePowerState,
  waitForNodeReservation,
});
