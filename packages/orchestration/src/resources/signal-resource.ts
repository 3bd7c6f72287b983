import { type ActionSpec, fillPath, runAction, type SessionOrClient } from "@openstack-ts/core";
import { orchestrationService } from "../descriptor.js";
import { canonicalStackPath, type StackRef } from "../stacks/stack-path.js";

/**
 * Sends a signal to a resource that takes one (a wait condition handle, a software
 * deployment, a scaling policy), with optional JSON `data`. A POST under the stack, so its
 * canonical path is found first (see canonicalStackPath).
 */
export async function signalResource(
  target: SessionOrClient,
  args: { stack: StackRef; resource_name: string | { resource_name: string }; data?: unknown },
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const stackPath = await canonicalStackPath(target, args.stack, options.signal);
  const resource = fillPath("{resource_name}", { resource_name: args.resource_name }, "resource_name");
  const spec: ActionSpec = {
    method: "POST",
    path: `${stackPath}/resources/${resource}/signal`,
    ...(args.data !== undefined && { body: () => args.data }),
  };
  await runAction(orchestrationService, "signalResource", spec, target, {}, options);
}
