import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** The inspector's times: ISO 8601 with microseconds, no zone, as Zed's answers them. */
export const inspectorTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000`;

/** The `self` link of an item under /v1. */
export const selfLink = (ctx: Ctx, path: string): Row[] => [{ href: `${ctx.serviceUrl}/v1/${path}`, rel: "self" }];

/** Node states from which the inspector starts an introspection (Ironic's provision states). */
export const INSPECTABLE = ["enroll", "manageable", "inspecting", "inspect wait", "inspect failed"];

/** A node of the fake Ironic by uuid or name, in the inspector's words when there is none. */
export function ironicNode(ctx: Ctx, ident: string): Row {
  const node = ctx.cloud.state.ironicNodes.find((n) => n["uuid"] === ident || n["name"] === ident);
  return node ?? fail(404, `Node ${ident} was not found in Ironic`);
}

/** A node's introspection, as the status API shows it. */
export function introspectionView(ctx: Ctx, row: Row): Row {
  const { macs: _macs, data: _data, raw: _raw, ...shown } = row;
  return { ...shown, links: selfLink(ctx, `introspection/${row["uuid"]}`) };
}

/** A node's introspection, its 404 otherwise. */
export function findIntrospection(ctx: Ctx, ident: string): Row {
  const node = ironicNode(ctx, ident);
  const row = ctx.cloud.state.introspections.find((i) => i["uuid"] === node["uuid"]);
  return row ?? fail(404, `Introspection data not found for node ${ident}`);
}
