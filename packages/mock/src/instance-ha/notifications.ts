import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { masakariList, masakariTime, nextId, SOFT_DELETE } from "./masakari.js";

const TYPES = ["COMPUTE_HOST", "VM", "PROCESS"];
/** Masakari's duplicate_notification_detection_interval, in ms. */
const DUPLICATE_WINDOW = 180_000;

/** A notification as a read shows it (1.1 and later add the recovery's tasks: none in the fake). */
const readView = ({ created_at, updated_at, ...rest }: Row): Row => ({
  ...rest,
  recovery_workflow_details: [],
  created_at,
  updated_at,
  ...SOFT_DELETE,
});

function findNotification(ctx: Ctx): Row {
  const id = ctx.params["notification"];
  const found = ctx.cloud.state.haNotifications.find((n) => n["notification_uuid"] === id);
  return found ?? fail(404, `No notification with id ${id}.`);
}

/**
 * What masakari-engine does with a notification, one cloud delay per step: `running`, then
 * `finished`. A host that stopped (a COMPUTE_HOST notification, or a PROCESS one that
 * stopped) is put on maintenance, as the engine's flows do; a process that started needs nothing.
 */
function recover(ctx: Ctx, notification: Row, host: Row): void {
  const touch = (status: string) => Object.assign(notification, { status, updated_at: masakariTime(ctx.cloud.now()) });
  ctx.cloud.later(() => {
    touch("running");
    ctx.cloud.later(() => {
      const stopped = String(notification["payload"]?.["event"] ?? "").toUpperCase() === "STOPPED";
      if (notification["type"] === "COMPUTE_HOST" || (notification["type"] === "PROCESS" && stopped))
        host["on_maintenance"] = true;
      touch("finished");
    });
  });
}

/** Masakari's notifications: accepted `new` for a known host, refused when a duplicate, recovered. */
export function notificationRoutes(): Route[] {
  const base = "v1/:project/notifications";
  return [
    {
      method: "GET",
      path: base,
      handle: (ctx) => {
        const listed = masakariList(ctx, ctx.cloud.state.haNotifications, ["source_host_uuid", "type", "status"]);
        return json({ notifications: listed.map((n) => ({ ...n, ...SOFT_DELETE })) });
      },
    },
    {
      method: "POST",
      path: base,
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["notification"] ?? {};
        const type = String(input["type"]);
        if (!TYPES.includes(type)) fail(400, `Invalid input for field/attribute type. Value: ${input["type"]}.`);
        if (typeof input["payload"] !== "object" || input["payload"] === null)
          fail(400, "Invalid input for field/attribute payload. Value: None.");
        const generated = Date.parse(String(input["generated_time"]).replace(/(\d)$/, "$1Z"));
        if (Number.isNaN(generated))
          fail(400, `Invalid input for field/attribute generated_time. Value: ${input["generated_time"]}.`);
        const host = ctx.cloud.state.haHosts.find((h) => h["name"] === input["hostname"]);
        if (!host) fail(400, `Host with name ${input["hostname"]} could not be found.`);
        const notifications = ctx.cloud.state.haNotifications;
        const payload = JSON.stringify(input["payload"]);
        const duplicate = notifications.some(
          (n) =>
            n["source_host_uuid"] === host["uuid"] &&
            n["type"] === type &&
            JSON.stringify(n["payload"]) === payload &&
            Math.abs(Date.parse(`${n["generated_time"]}Z`) - generated) < DUPLICATE_WINDOW,
        );
        if (duplicate) fail(409, `Notification received from host ${host["name"]} of type ${type} is duplicate.`);
        const now = masakariTime(ctx.cloud.now());
        const notification = {
          id: nextId(notifications),
          notification_uuid: uuid(),
          generated_time: masakariTime(generated),
          source_host_uuid: host["uuid"],
          type,
          payload: input["payload"],
          status: "new",
          created_at: now,
          updated_at: null,
        };
        notifications.push(notification);
        recover(ctx, notification, host);
        return json({ notification: { ...notification, ...SOFT_DELETE } }, 202);
      },
    },
    {
      method: "GET",
      path: `${base}/:notification`,
      handle: (ctx) => json({ notification: readView(findNotification(ctx)) }),
    },
  ];
}
