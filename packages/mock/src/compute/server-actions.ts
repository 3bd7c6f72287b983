import { ApiError } from "../engine/api-error.js";
import { findItem } from "../engine/crud.js";
import { empty, json } from "../engine/respond.js";
import { isoSeconds } from "../engine/time.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { servers, statusOf } from "./servers.js";

interface Transition {
  /** The VM states the action is allowed in. */
  readonly from: readonly string[];
  /** Set at once (a task state, REBOOT's status). */
  readonly now: Row;
  /** Set after the cloud's delay: where the server ends up. */
  readonly then: Row;
}

const settled = (vm: string, power: number): Row => ({
  "OS-EXT-STS:vm_state": vm,
  "OS-EXT-STS:task_state": null,
  "OS-EXT-STS:power_state": power,
});

/** Nova's state machine for the actions a fake server understands. */
const TRANSITIONS: Readonly<Record<string, Transition | ((body: Row) => Transition)>> = {
  "os-stop": {
    from: ["active", "error"],
    now: { "OS-EXT-STS:task_state": "powering-off" },
    then: settled("stopped", 4),
  },
  "os-start": { from: ["stopped"], now: { "OS-EXT-STS:task_state": "powering-on" }, then: settled("active", 1) },
  reboot: (body) => {
    const hard = String((body["reboot"] as Row | undefined)?.["type"] ?? "SOFT").toUpperCase() === "HARD";
    return {
      from: hard ? ["active", "stopped", "paused", "suspended", "error"] : ["active"],
      now: { "OS-EXT-STS:task_state": hard ? "rebooting_hard" : "rebooting" },
      then: settled("active", 1),
    };
  },
  pause: { from: ["active"], now: { "OS-EXT-STS:task_state": "pausing" }, then: settled("paused", 3) },
  unpause: { from: ["paused"], now: { "OS-EXT-STS:task_state": "unpausing" }, then: settled("active", 1) },
  suspend: { from: ["active"], now: { "OS-EXT-STS:task_state": "suspending" }, then: settled("suspended", 4) },
  resume: { from: ["suspended"], now: { "OS-EXT-STS:task_state": "resuming" }, then: settled("active", 1) },
};

/** Nova's name of an action in its conflict messages: `Cannot 'stop' instance …`. */
const shortName = (action: string) => action.replace(/^os-/, "");

function run(ctx: Ctx, server: Row, action: string, body: Row): void {
  const spec = TRANSITIONS[action];
  const transition = typeof spec === "function" ? spec(body) : spec!;
  const vm = server["OS-EXT-STS:vm_state"];
  const task = server["OS-EXT-STS:task_state"];
  if (task !== null && task !== undefined)
    throw new ApiError(409, `Cannot '${shortName(action)}' instance ${server.id} while it is in task_state ${task}`);
  if (!transition.from.includes(vm))
    throw new ApiError(409, `Cannot '${shortName(action)}' instance ${server.id} while it is in vm_state ${vm}`);
  const stamp = () => void (server["updated"] = isoSeconds(ctx.cloud.now()));
  Object.assign(server, transition.now);
  server["status"] = statusOf(server);
  stamp();
  ctx.cloud.later(() => {
    Object.assign(server, transition.then);
    server["status"] = statusOf(server);
    stamp();
  });
}

/**
 * POST /servers/{id}/action: stop, start, reboot, pause, suspend and their opposites move
 * the server through Nova's states (the passing one at once, the final one after the
 * cloud's delay); lock and unlock; anything else is Nova's 400.
 */
export function serverActionRoutes(): Route[] {
  return [
    {
      method: "POST",
      path: "v2.1/servers/:id/action",
      handle: async (ctx) => {
        const server = findItem(servers, ctx);
        const body = await ctx.body();
        const action = Object.keys(body)[0] ?? "";
        if (action === "lock" || action === "unlock") {
          server["locked"] = action === "lock";
          server["locked_reason"] =
            action === "lock" ? ((body["lock"] as Row | null)?.["locked_reason"] ?? null) : null;
          return empty(202);
        }
        if (!(action in TRANSITIONS)) throw new ApiError(400, `There is no such action: ${action}`);
        if (server["locked"] && !ctx.auth?.isAdmin) throw new ApiError(409, `Instance ${server.id} is locked`);
        run(ctx, server, action, body);
        return empty(202);
      },
    },
    {
      method: "GET",
      path: "v2.1/servers/:id/os-interface",
      handle: (ctx) => {
        const server = findItem(servers, ctx);
        const attachments = ctx.cloud.state.ports
          .filter((p) => p["device_id"] === server.id)
          .map((p) => ({
            port_state: p["status"],
            fixed_ips: p["fixed_ips"],
            port_id: p.id,
            net_id: p["network_id"],
            mac_addr: p["mac_address"],
          }));
        return json({ interfaceAttachments: attachments });
      },
    },
  ];
}
