import { fail } from "../engine/api-error.js";
import { stableUuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";

/** `2026-12-06T19:01:28`: Trove's times, whole seconds, no zone. */
export const troveTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/**
 * Trove's links: always `https://`, whatever the endpoint (Trove's views build them so), with
 * the request's host; self under the project, bookmark without it.
 */
export function troveLinks(ctx: Ctx, path: string): Row[] {
  const service = new URL(ctx.serviceUrl);
  const base = `https://${service.host}${service.pathname}`;
  const project = ctx.params["project"];
  return [
    { href: `${base}/v1.0/${project}/${path}`, rel: "self" },
    { href: `${base}/${path}`, rel: "bookmark" },
  ];
}

/** The one datastore the real cloud's step file registers, with its two versions. */
export const MYSQL = {
  id: stableUuid("trove-datastore-mysql"),
  name: "mysql",
  versions: [
    { id: stableUuid("trove-mysql-5.7.29"), name: "5.7.29", version: "5.7.29" },
    { id: stableUuid("trove-mysql-8.0"), name: "8.0", version: "8.0" },
  ],
} as const;

/** The configuration parameters the fake knows (trove-manage loads 102 on the real cloud). */
export const PARAMETERS: readonly {
  name: string;
  type: string;
  restart_required: boolean;
  min?: number;
  max?: number;
}[] = [
  { name: "character_set_client", type: "string", restart_required: false },
  { name: "connect_timeout", type: "integer", restart_required: false, min: 2, max: 31536000 },
  { name: "innodb_buffer_pool_size", type: "integer", restart_required: true, min: 0, max: 68719476736 },
  { name: "max_connections", type: "integer", restart_required: false, min: 1, max: 100000 },
  { name: "wait_timeout", type: "integer", restart_required: false, min: 1, max: 31536000 },
];

/** A version of mysql by id or name (the datastore's default when none is given). */
export function findVersion(identity: string | undefined): (typeof MYSQL.versions)[number] {
  if (identity === undefined) return MYSQL.versions[0];
  const found = MYSQL.versions.find((v) => v.id === identity || v.name === identity);
  return found ?? fail(404, `Datastore version '${identity}' cannot be found.`);
}

export function checkDatastore(identity: string | undefined): void {
  if (identity !== undefined && identity !== MYSQL.id && identity !== MYSQL.name)
    fail(404, `Datastore '${identity}' cannot be found.`);
}

/**
 * Trove's paging: by id, after `marker`, `limit` long (20 by default, Trove's page sizes);
 * when more follow, `links` holds the next page's `https://` URL (marker = the page's last id).
 */
export function trovePage(ctx: Ctx, rows: Row[], path: string): { items: Row[]; links?: Row[] } {
  let items = [...rows].sort((a, b) => String(a["id"]).localeCompare(String(b["id"])));
  const marker = ctx.query.get("marker");
  if (marker !== null) items = items.filter((row) => String(row["id"]) > marker);
  const limit = Number(ctx.query.get("limit") ?? 20);
  if (items.length <= limit) return { items };
  const page = items.slice(0, limit);
  const self = troveLinks(ctx, `${path}?limit=${limit}&marker=${page.at(-1)!["id"]}`)[0]!["href"];
  return { items: page, links: [{ rel: "next", href: self }] };
}
