import { type ActionSpec, fillPath, type Ref, runAction, type SessionOrClient } from "@openstack-ts/core";
import { orchestrationService } from "../descriptor.js";
import { canonicalStackPath, type StackRef } from "../stacks/stack-path.js";
import { StackSnapshot } from "./snapshot.js";

type Call = { signal?: AbortSignal };

/** Snapshots a stack (its action becomes SNAPSHOT); the snapshot answers IN_PROGRESS: wait with waitForStackSnapshot. */
export async function createStackSnapshot(
  target: SessionOrClient,
  args: { stack: StackRef; name?: string },
  options: Call = {},
): Promise<StackSnapshot> {
  const path = `${await canonicalStackPath(target, args.stack, options.signal)}/snapshots`;
  const spec: ActionSpec = {
    method: "POST",
    path,
    body: () => (args.name === undefined ? {} : { name: args.name }),
    returns: "json",
    schema: StackSnapshot,
  };
  return (await runAction(orchestrationService, "createStackSnapshot", spec, target, {}, options)) as StackSnapshot;
}

/** Restores a stack to a snapshot of it (its action becomes RESTORE). */
export async function restoreStackSnapshot(
  target: SessionOrClient,
  args: { stack: StackRef; snapshot: Ref },
  options: Call = {},
): Promise<void> {
  const stackPath = await canonicalStackPath(target, args.stack, options.signal);
  const spec: ActionSpec = {
    method: "POST",
    path: `${stackPath}/snapshots/${fillPath("{snapshot}", { snapshot: args.snapshot })}/restore`,
  };
  await runAction(orchestrationService, "restoreStackSnapshot", spec, target, {}, options);
}
