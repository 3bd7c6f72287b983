import { type ActionSpec, runAction, type SessionOrClient } from "@openstack-ts/core";
import { orchestrationService } from "../descriptor.js";
import { canonicalStackPath, type StackRef } from "./stack-path.js";

type Call = { signal?: AbortSignal };

/** POSTs `{ <action>: null }` to a stack's canonical `…/actions`. Heat answers 200/202 with no body worth reading. */
async function stackAction(name: string, action: string, target: SessionOrClient, stack: StackRef, options: Call) {
  const path = `${await canonicalStackPath(target, stack, options.signal)}/actions`;
  const spec: ActionSpec = { method: "POST", path, body: () => ({ [action]: null }) };
  await runAction(orchestrationService, name, spec, target, {}, options);
}

/** Suspends every resource of a stack (SUSPEND_COMPLETE, then). */
export function suspendStack(target: SessionOrClient, stack: StackRef, options: Call = {}): Promise<void> {
  return stackAction("suspendStack", "suspend", target, stack, options);
}

/** Resumes a suspended stack. */
export function resumeStack(target: SessionOrClient, stack: StackRef, options: Call = {}): Promise<void> {
  return stackAction("resumeStack", "resume", target, stack, options);
}

/** Checks that every resource of a stack still exists as Heat believes (CHECK_COMPLETE or CHECK_FAILED). */
export function checkStack(target: SessionOrClient, stack: StackRef, options: Call = {}): Promise<void> {
  return stackAction("checkStack", "check", target, stack, options);
}

/**
 * Cancels an update in progress: rolled back by default (`cancel_update`), or left where it
 * stands with `rollback: false` (`cancel_without_rollback`; also cancels a create).
 */
export function cancelStackUpdate(
  target: SessionOrClient,
  stack: StackRef,
  options: Call & { rollback?: boolean } = {},
): Promise<void> {
  const { rollback = true, ...call } = options;
  return stackAction("cancelStackUpdate", rollback ? "cancel_update" : "cancel_without_rollback", target, stack, call);
}
