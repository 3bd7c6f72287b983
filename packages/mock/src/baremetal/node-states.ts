import { fail } from "../engine/api-error.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findNode, ironicMicroTime, ironicTime, v1Of } from "./ironic.js";

/**
 * One verb of Ironic's provision state machine, as the fake-hardware conductor runs it: the
 * states it starts from, the passing states (each with its target) it goes through, one
 * cloud delay each, and where it ends.
 */
interface Transition {
  readonly from: readonly string[];
  readonly through: readonly (readonly [state: string, target: string])[];
  readonly to: string;
}

const TRANSITIONS: Readonly<Record<string, Transition>> = {
  manage: { from: ["enroll"], through: [["verifying", "manageable"]], to: "manageable" },
  provide: { from: ["manageable"], through: [["cleaning", "available"]], to: "available" },
  active: { from: ["available"], through: [["deploying", "active"]], to: "active" },
  rebuild: { from: ["active"], through: [["deploying", "active"]], to: "active" },
  deleted: {
    from: ["active", "deploy failed", "error"],
    through: [
      ["deleting", "available"],
      ["cleaning", "available"],
    ],
    to: "available",
  },
  inspect: { from: ["manageable"], through: [["inspecting", "manageable"]], to: "manageable" },
  clean: { from: ["manageable"], through: [["cleaning", "manageable"]], to: "manageable" },
};
/** States `manage` leaves at once, without verifying. */
const MANAGE_AT_ONCE = ["available", "clean failed", "inspect failed"];

/** The power targets, and the power state each leaves the node in. */
const POWER: Readonly<Record<string, string>> = {
  "power on": "power on",
  "power off": "power off",
  rebooting: "power on",
  "soft power off": "power off",
  "soft rebooting": "power on",
};

function moveTo(ctx: Ctx, node: Row, state: string, target: string | null): void {
  const now = ctx.cloud.now();
  Object.assign(node, {
    provision_state: state,
    target_provision_state: target,
    provision_updated_at: ironicMicroTime(now),
    updated_at: ironicTime(now),
  });
}

/** Runs the passing states one cloud delay apart, then settles the node. */
function run(ctx: Ctx, node: Row, steps: Transition["through"], to: string): void {
  const [step, ...rest] = steps;
  if (!step) {
    moveTo(ctx, node, to, null);
    return;
  }
  moveTo(ctx, node, step[0], step[1]);
  ctx.cloud.later(() => run(ctx, node, rest, to));
}

function provision(ctx: Ctx, node: Row, body: Row): void {
  const verb = String(body["target"] ?? "");
  const state = String(node["provision_state"]);
  const refuse = () =>
    fail(
      400,
      `The requested action "${verb}" can not be performed on node "${node["uuid"]}" while it is in state "${state}".`,
    );
  if (verb === "manage" && MANAGE_AT_ONCE.includes(state)) {
    moveTo(ctx, node, "manageable", null);
    return;
  }
  const transition = TRANSITIONS[verb];
  if (!transition?.from.includes(state)) refuse();
  if (verb === "clean" && !Array.isArray(body["clean_steps"]))
    fail(400, `"clean_steps" is required when setting target provision state to clean`);
  run(ctx, node, transition!.through, transition!.to);
}

function power(ctx: Ctx, node: Row, body: Row): void {
  const target = String(body["target"] ?? "");
  const settled = POWER[target];
  if (!settled)
    fail(
      400,
      `The requested action "${target}" can not be performed on node "${ctx.params["node"]}" while it is in state "${node["power_state"]}".`,
    );
  node["target_power_state"] = settled;
  ctx.cloud.later(() => Object.assign(node, { power_state: settled, target_power_state: null }));
}

const statesOf = (node: Row): Row => ({
  console_enabled: node["console_enabled"],
  last_error: node["last_error"],
  power_state: node["power_state"],
  provision_state: node["provision_state"],
  target_power_state: node["target_power_state"],
  target_provision_state: node["target_provision_state"],
  provision_updated_at: node["provision_updated_at"],
  raid_config: node["raid_config"],
  target_raid_config: node["target_raid_config"],
  boot_mode: node["boot_mode"],
  secure_boot: node["secure_boot"],
});

/** A state change's answer: 202, no body, the node's states as Location (named as the request named it). */
const accepted = (ctx: Ctx) =>
  empty(202, { "Content-Length": "0", Location: `${v1Of(ctx)}/nodes/${ctx.params["node"]}/states` });

/** A node's states: read, provision and power targets, maintenance on and off. */
export function nodeStateRoutes(): Route[] {
  const node = (ctx: Ctx) => findNode(ctx, ctx.params["node"]!);
  return [
    { method: "GET", path: "v1/nodes/:node/states", handle: (ctx) => json(statesOf(node(ctx))) },
    {
      method: "PUT",
      path: "v1/nodes/:node/states/provision",
      handle: async (ctx) => {
        provision(ctx, node(ctx), await ctx.body());
        return accepted(ctx);
      },
    },
    {
      method: "PUT",
      path: "v1/nodes/:node/states/power",
      handle: async (ctx) => {
        power(ctx, node(ctx), await ctx.body());
        return accepted(ctx);
      },
    },
    {
      method: "PUT",
      path: "v1/nodes/:node/maintenance",
      handle: async (ctx) => {
        const found = node(ctx);
        const text = await ctx.request.clone().text();
        const reason = text ? ((await ctx.body())["reason"] ?? null) : null;
        Object.assign(found, { maintenance: true, maintenance_reason: reason, fault: null });
        return empty(202, { "Content-Length": "0" });
      },
    },
    {
      method: "DELETE",
      path: "v1/nodes/:node/maintenance",
      handle: (ctx) => {
        Object.assign(node(ctx), { maintenance: false, maintenance_reason: null, fault: null });
        return empty(202, { "Content-Length": "0" });
      },
    },
  ];
}
