import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { microseconds } from "../engine/time.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { accessRuleActions } from "./access-rules.js";
import { findOwned, invalidInput, manilaLinks, manilaList, ownedBy, POOL } from "./manila.js";
import { DEFAULT_TYPE } from "./share-types.js";

const PROTOCOLS = ["NFS", "CIFS"];
const FILTERS = ["name", "status", "snapshot_id", "share_proto", "host", "is_public"];
const UPDATABLE = ["name", "description", "display_name", "display_description", "is_public"];

/** A share as Manila 2.73 shows it. */
export function shareView(ctx: Ctx, share: Row): Row {
  const { id, size, availability_zone, created_at, status, ...rest } = share;
  return { id, size, availability_zone, created_at, status, ...rest, links: manilaLinks(ctx, `shares/${id}`) };
}

function newShare(ctx: Ctx, input: Row): Row {
  const proto = String(input["share_proto"] ?? "").toUpperCase();
  if (!PROTOCOLS.includes(proto))
    invalidInput(
      `Invalid share protocol provided: ${input["share_proto"]}. It is either disabled or unsupported. Available protocols: ['NFS', 'CIFS'].`,
    );
  // Manila reads the size unchecked when it is missing, and fails inside
  if (input["size"] === undefined)
    fail(500, "The server has either erred or is incapable of performing the requested operation.");
  const size = Number(input["size"]);
  if (!Number.isInteger(size) || size < 1)
    invalidInput(`Share size '${input["size"]}' must be an integer and greater than 0`);
  const auth = authOf(ctx);
  return {
    id: uuid(),
    size,
    availability_zone: null,
    created_at: microseconds(ctx.cloud.now()),
    status: "creating",
    name: input["name"] ?? null,
    description: input["description"] ?? null,
    project_id: auth.projectId,
    snapshot_id: input["snapshot_id"] ?? null,
    share_network_id: null,
    share_proto: proto,
    metadata: input["metadata"] ?? {},
    share_type: DEFAULT_TYPE.id,
    volume_type: DEFAULT_TYPE.name,
    is_public: input["is_public"] ?? false,
    snapshot_support: true,
    task_state: null,
    share_type_name: DEFAULT_TYPE.name,
    access_rules_status: "active",
    replication_type: null,
    has_replicas: false,
    user_id: auth.userId,
    create_share_from_snapshot_support: true,
    revert_to_snapshot_support: true,
    share_group_id: null,
    source_share_group_snapshot_member_id: null,
    mount_snapshot_support: true,
    progress: null,
    is_soft_deleted: false,
    scheduled_to_be_deleted_at: null,
    share_server_id: null,
    host: "",
  };
}

/** Extend and shrink: a passing status for one cloud delay, then the new size. */
function resize(ctx: Ctx, share: Row, verb: "extend" | "shrink", body: Row): Response {
  const wanted = Number(body["new_size"]);
  const size = share["size"];
  if (share["status"] !== "available") fail(400, `Invalid share: Share ${share["id"]} status must be available.`);
  if (verb === "extend" && !(wanted > size))
    invalidInput(`New size for extend must be greater than current size. (current: ${size}, extended: ${wanted}).`);
  if (verb === "shrink" && !(wanted < size && wanted > 0))
    invalidInput(
      `New size for shrink must be less than current size and greater than 0 (current: ${size}, new: ${wanted}).`,
    );
  share["status"] = verb === "extend" ? "extending" : "shrinking";
  ctx.cloud.later(() => Object.assign(share, { status: "available", size: wanted }));
  return new Response(null, { status: 202, headers: { "Content-Type": "text/html; charset=UTF-8" } });
}

/** Manila's shares: created `creating` and placed on the dummy pool, resized, granted access, deleted. */
export function shareRoutes(): Route[] {
  const shares = (ctx: Ctx) => ctx.cloud.state.shares;
  const list = (detail: boolean) => (ctx: Ctx) =>
    json(
      manilaList(ctx, ownedBy(ctx, shares(ctx)), "shares", FILTERS, (s) =>
        detail ? shareView(ctx, s) : { id: s["id"], name: s["name"], links: manilaLinks(ctx, `shares/${s["id"]}`) },
      ),
    );
  return [
    { method: "GET", path: "v2/shares", handle: list(false) },
    { method: "GET", path: "v2/shares/detail", handle: list(true) },
    {
      method: "POST",
      path: "v2/shares",
      handle: async (ctx) => {
        const share = newShare(ctx, (await ctx.body())["share"] ?? {});
        shares(ctx).push(share);
        ctx.cloud.later(() =>
          Object.assign(share, { status: "available", host: POOL, availability_zone: "nova", progress: "100%" }),
        );
        return json({ share: shareView(ctx, share) });
      },
    },
    {
      method: "GET",
      path: "v2/shares/:id",
      handle: (ctx) => json({ share: shareView(ctx, findOwned(ctx, shares(ctx), ctx.params["id"])) }),
    },
    {
      method: "PUT",
      path: "v2/shares/:id",
      handle: async (ctx) => {
        const share = findOwned(ctx, shares(ctx), ctx.params["id"]);
        const input: Row = (await ctx.body())["share"] ?? {};
        for (const [field, value] of Object.entries(input)) {
          if (!UPDATABLE.includes(field)) continue;
          share[field.replace(/^display_/, "")] = value;
        }
        return json({ share: shareView(ctx, share) });
      },
    },
    {
      method: "DELETE",
      path: "v2/shares/:id",
      handle: (ctx) => {
        const share = findOwned(ctx, shares(ctx), ctx.params["id"]);
        // Manila's message, its placeholder unfilled, as the real one sends it
        if (ctx.cloud.state.shareSnapshots.some((s) => s["share_id"] === share["id"]))
          fail(403, "Invalid share: %(reason)s.");
        share["status"] = "deleting";
        ctx.cloud.later(() => {
          const { state } = ctx.cloud;
          state.shares = state.shares.filter((s) => s !== share);
          state.shareAccessRules = state.shareAccessRules.filter((r) => r["share_id"] !== share["id"]);
        });
        return empty(202);
      },
    },
    {
      method: "POST",
      path: "v2/shares/:id/action",
      handle: async (ctx) => {
        const share = findOwned(ctx, shares(ctx), ctx.params["id"]);
        const body = await ctx.body();
        const [verb] = Object.keys(body);
        if (verb === "extend" || verb === "shrink") return resize(ctx, share, verb, body[verb] ?? {});
        const access = accessRuleActions[verb ?? ""];
        if (access) return access(ctx, share, body[verb!] ?? {});
        return fail(400, `There is no such action: ${verb}`);
      },
    },
  ];
}
