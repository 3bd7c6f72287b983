import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { microseconds } from "../engine/time.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findOwned } from "./manila.js";

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f:]+(\/\d{1,3})?$/i;

/** A rule as its own read shows it (with `share_id`); a list's entries leave the share out. */
const ruleView = ({ id, share_id, ...rest }: Row): Row => ({ id, share_id, ...rest });
const listedView = ({ share_id: _share, ...rest }: Row): Row => rest;

/** Grants access: `queued_to_apply`, then `active` once the share service applied it. */
function allow(ctx: Ctx, share: Row, input: Row): Response {
  const type = String(input["access_type"] ?? "");
  const to = String(input["access_to"] ?? "");
  const level = input["access_level"] ?? "rw";
  if (!["ip", "user", "cert", "cephx"].includes(type))
    fail(400, "Only 'ip', 'user', 'cert' or 'cephx' access types are supported.");
  if (type === "ip" && !IPV4.test(to) && !IPV6.test(to))
    fail(400, `'${to}' does not appear to be an IPv4 or IPv6 network`);
  if (level !== "rw" && level !== "ro") fail(400, `Invalid or unsupported share access level: ${level}.`);
  const rules = ctx.cloud.state.shareAccessRules;
  if (rules.some((r) => r["share_id"] === share["id"] && r["access_type"] === type && r["access_to"] === to))
    fail(400, `Share access ${type}:${to} exists.`);
  const rule = {
    id: uuid(),
    share_id: share["id"],
    access_level: level,
    access_to: to,
    access_type: type,
    state: "queued_to_apply",
    access_key: null,
    created_at: microseconds(ctx.cloud.now()),
    updated_at: null,
    metadata: input["metadata"] ?? {},
  };
  rules.push(rule);
  ctx.cloud.later(() => {
    rule.state = "active";
  });
  return json({ access: ruleView(rule) });
}

/** Revokes access: `queued_to_deny`, then gone. */
function deny(ctx: Ctx, share: Row, input: Row): Response {
  const rule = ctx.cloud.state.shareAccessRules.find(
    (r) => r["id"] === input["access_id"] && r["share_id"] === share["id"],
  );
  if (!rule) fail(404, `Access rule ${input["access_id"]} not found.`);
  rule["state"] = "queued_to_deny";
  ctx.cloud.later(() => {
    const { state } = ctx.cloud;
    state.shareAccessRules = state.shareAccessRules.filter((r) => r !== rule);
  });
  return empty(202);
}

/** The share actions that grant and revoke access, by the body's key. */
export const accessRuleActions: Readonly<Record<string, (ctx: Ctx, share: Row, input: Row) => Response>> = {
  allow_access: allow,
  deny_access: deny,
};

/** Manila's share-access-rules (2.45): a share's rules listed, one read. */
export function accessRuleRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v2/share-access-rules",
      handle: (ctx) => {
        const shareId = ctx.query.get("share_id");
        if (shareId === null) fail(400, "The field 'share_id' has to be specified.");
        const share = findOwned(ctx, ctx.cloud.state.shares, shareId);
        const rules = ctx.cloud.state.shareAccessRules.filter((r) => r["share_id"] === share["id"]);
        return json({ access_list: rules.map(listedView) });
      },
    },
    {
      method: "GET",
      path: "v2/share-access-rules/:id",
      handle: (ctx) => {
        const id = ctx.params["id"];
        const rule = ctx.cloud.state.shareAccessRules.find((r) => r["id"] === id);
        const share = rule && ctx.cloud.state.shares.find((s) => s["id"] === rule["share_id"]);
        if (!rule || share?.["project_id"] !== ctx.auth?.projectId) fail(404, `Share access rule ${id} not found.`);
        return json({ access: ruleView(rule) });
      },
    },
  ];
}
