import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findOwned, ownerOf, senlinList, senlinTime } from "./senlin.js";

/** What an action does: `begin` when the engine takes it up, `finish` one delay later. */
export interface ActionWork {
  readonly begin?: () => void;
  /** Applies the change; a string is the reason the action FAILED. */
  readonly finish: () => string | undefined;
}

/** Senlin's action timeout when the cluster names none (senlin.conf's default_action_timeout). */
export const ACTION_TIMEOUT = 3600;

/**
 * Queues an action as Senlin's conductor does (READY, `<kind>_<target's first 8>` by name), then
 * plays the engine: RUNNING after one cloud delay, SUCCEEDED (or FAILED with the reason) after
 * another. Answers the action's id, which the API puts in `Location` and in `{ action }`.
 */
export function startAction(
  ctx: Ctx,
  fields: { action: string; target: string; cluster_id: string; inputs?: Row; name?: string },
  work: ActionWork,
): string {
  const { cloud } = ctx;
  const now = cloud.now();
  const action: Row = {
    id: uuid(),
    name: fields.name ?? `${fields.action.toLowerCase()}_${fields.target.slice(0, 8)}`,
    cluster_id: fields.cluster_id,
    action: fields.action,
    target: fields.target,
    cause: "RPC Request",
    owner: null,
    interval: -1,
    start_time: null,
    end_time: null,
    timeout: ACTION_TIMEOUT,
    status: "READY",
    status_reason: "",
    inputs: fields.inputs ?? {},
    outputs: {},
    depends_on: [],
    depended_by: [],
    created_at: senlinTime(now),
    updated_at: null,
    data: {},
    ...ownerOf(ctx),
  };
  cloud.state.senlinActions.push(action);
  cloud.later(() => {
    // Senlin never stamps an action's updated_at; its times are start_time and end_time
    Object.assign(action, { status: "RUNNING", start_time: cloud.now() / 1000 });
    work.begin?.();
    cloud.later(() => {
      const failure = work.finish();
      Object.assign(action, {
        status: failure ? "FAILED" : "SUCCEEDED",
        status_reason: failure || "Action completed successfully.",
        end_time: cloud.now() / 1000,
      });
    });
  });
  return action["id"];
}

/** Where the API says an action is: `Location: <service>/v1/actions/<id>`. */
export const actionLocation = (ctx: Ctx, id: string): Record<string, string> => ({
  Location: `${ctx.serviceUrl}/v1/actions/${id}`,
});

/** Senlin's actions: listed (oldest first) and read; the engine above makes them. */
export function actionRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/actions",
      handle: (ctx) => {
        const listed = senlinList(
          ctx,
          ctx.cloud.state.senlinActions,
          ["name", "action", "status", "target", "cluster_id"],
          "created_at",
        );
        return json({ actions: listed });
      },
    },
    {
      method: "GET",
      path: "v1/actions/:id",
      handle: (ctx) => json({ action: findOwned(ctx, ctx.cloud.state.senlinActions, "action", ctx.params["id"]) }),
    },
  ];
}
