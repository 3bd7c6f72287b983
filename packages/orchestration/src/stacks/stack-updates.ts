import { type ActionSpec, refuseUnknownOptions, runAction, type SessionOrClient } from "@openstack-ts/core";
import { orchestrationService } from "../descriptor.js";
import { canonicalStackPath } from "./stack-path.js";
import { stackBody, type StackUpdateInput } from "./stack-input.js";

type Call = { signal?: AbortSignal };

/** Sends an update to the stack's canonical URL (looked up for an id or a name alone: see canonicalStackPath). */
async function sendUpdate(
  name: string,
  method: "PUT" | "PATCH",
  target: SessionOrClient,
  input: object,
  options: Call,
) {
  const { stack, ...fields } = input as StackUpdateInput;
  // Checked before the lookup: an unknown option or a field Heat does not take sends nothing.
  refuseUnknownOptions(orchestrationService, name, options, ["signal"]);
  const body = stackBody(fields);
  const spec: ActionSpec = { method, path: await canonicalStackPath(target, stack, options.signal), body: () => body };
  await runAction(orchestrationService, name, spec, target, {}, options);
}

/** PUT: replaces template, parameters and environment (what is not given goes back to defaults). */
export function updateStack(target: SessionOrClient, input: StackUpdateInput, options: Call = {}): Promise<void> {
  return sendUpdate("updateStack", "PUT", target, input, options);
}

/** PATCH: a "patch update", keeping the current template, parameters and environment where not given. */
export function patchStack(
  target: SessionOrClient,
  input: Partial<StackUpdateInput> & Pick<StackUpdateInput, "stack">,
  options: Call = {},
): Promise<void> {
  return sendUpdate("patchStack", "PATCH", target, input, options);
}
