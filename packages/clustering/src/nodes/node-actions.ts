import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { ActionAccepted, MAX_MICROVERSION, Spec } from "../shared.js";
import { Node } from "./node-schema.js";

type Params = Readonly<Record<string, unknown>>;

/** A POST of `{ <name>: <params> }` to a node's actions, answering the action's id. */
/* @__NO_SIDE_EFFECTS__ */
const nodeAction = (name: string) =>
  ({
    method: "POST",
    path: "nodes/{node}/actions",
    body: (a: { params?: Params }) => ({ [name]: a.params ?? {} }),
    returns: "json",
    schema: ActionAccepted,
    maxMicroversion: MAX_MICROVERSION,
  }) as const;

/** What adopting a resource as a node takes: its profile type and id, and what to change. */
export interface NodeAdoptArgs {
  /** The profile type and version to describe it with: `os.nova.server-1.0`. */
  type: string;
  /** The id or name of the resource (a Nova server). */
  identity: string;
  /** Properties to use instead of those read from the resource. */
  overrides?: Params | null;
  /** Snapshot the resource first, where the type can. */
  snapshot?: boolean;
}

/**
 * Drops undefined arguments. Adopting always sends `overrides` (null when not given, as the
 * reference's samples do): Zed reads it unconditionally and answers 500 ("Cannot load
 * 'overrides' in the base class") to a body without it.
 */
const given = (args: object) => Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));

/**
 * A node's operations, named as openstacksdk names them. Check, recover and operations
 * answer 202 with `{ action }` (`waitForAction`); adopting (1.7) makes the node at once.
 */
export const nodeActions = {
  /** Checks the physical object (does the server still exist and run?). */
  checkNode: nodeAction("check"),
  /** Recovers it: `{ operation: "rebuild" | "recreate" | "reboot", operation_params, check }`. */
  recoverNode: nodeAction("recover"),
  /** Runs a profile type's operation (`reboot`, …) on it (1.4). */
  performOperationOnNode: {
    method: "POST",
    path: "nodes/{node}/ops",
    body: (a: { operation: string; params?: Params }) => ({ [a.operation]: a.params ?? {} }),
    returns: "json",
    schema: ActionAccepted,
    requires: "1.4",
    maxMicroversion: MAX_MICROVERSION,
  },
  /** Makes a node of an existing resource (a server made outside Senlin), with a new profile (1.7). */
  adoptNode: {
    method: "POST",
    path: "nodes/adopt",
    body: (a: NodeAdoptArgs & { name?: string; role?: string; metadata?: Params }) => given({ overrides: null, ...a }),
    returns: "json",
    resultKey: "node",
    schema: Node,
    requires: "1.7",
    maxMicroversion: MAX_MICROVERSION,
  },
  /**
   * The profile spec adopting would make, without making anything (1.7). Zed answers it as
   * `{ node_profile: { node_preview: spec } }`; the API reference's sample has the inner
   * `{ node_preview: spec }` alone. The whole body is answered, typed for both.
   */
  adoptNodePreview: {
    method: "POST",
    path: "nodes/adopt-preview",
    body: (a: NodeAdoptArgs) => given({ overrides: null, ...a }),
    returns: "json",
    schema: v.looseObject({
      node_profile: v.optional(v.looseObject({ node_preview: Spec })),
      node_preview: v.optional(Spec),
    }),
    requires: "1.7",
    maxMicroversion: MAX_MICROVERSION,
  },
} as const satisfies Record<string, ActionSpec>;
