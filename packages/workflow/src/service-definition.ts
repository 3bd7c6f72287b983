import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { workflowService } from "./descriptor.js";
import { waitForExecution } from "./executions/wait-for-execution.js";

/** Every Mistral resource, for the `conn.workflow` façade, and the wait that reads Mistral's `state_info`. */
export const workflow = defineService(workflowService, resourcesIn(resources), { waitForExecution });
