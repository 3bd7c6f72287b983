import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { orchestrationService } from "./descriptor.js";
import { cancelStackUpdate, checkStack, resumeStack, suspendStack } from "./stacks/stack-actions.js";
import { waitForDeleteStack, waitForStack } from "./stacks/wait-for-stack.js";
import { patchStack, updateStack } from "./stacks/stack-updates.js";
import { signalResource } from "./resources/signal-resource.js";
import { createStackSnapshot, restoreStackSnapshot } from "./snapshots/snapshot-calls.js";

/**
 * Every Heat resource, for the `conn.orchestration` façade, and the calls that are functions:
 * the waits (which read Heat's reason for a failure), and the updates and POSTs under a stack
 * (which find the stack's canonical path first).
 */
export const orchestration = defineService(orchestrationService, resourcesIn(resources), {
  waitForStack,
  waitForDeleteStack,
  updateStack,
  patchStack,
  suspendStack,
  resumeStack,
  checkStack,
  cancelStackUpdate,
  signalResource,
  createStackSnapshot,
  restoreStackSnapshot,
});
