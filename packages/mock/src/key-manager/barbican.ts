import { ApiError } from "../engine/api-error.js";
import type { Ctx } from "../engine/types.js";

/** Barbican's timestamps: `2026-12-06T09:46:04.882267`, microseconds, no zone. */
export const barbicanTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Barbican's 404s: a malformed id is "invalid", a well-formed one that names nothing "not found". */
export const notFound = (what: "Secret" | "Secrets container") => (id: string) =>
  new ApiError(
    404,
    UUID.test(id)
      ? `${what} not found.`
      : `Not Found. Provided ${what === "Secret" ? "secret" : "container"} id is invalid.`,
  );

/** A body Barbican's JSON schema refuses, in its words. */
export const invalid = (schema: string, property: string, reason: string) =>
  new ApiError(400, `Provided object does not match schema '${schema}': ${reason}. Invalid property: '${property}'`);

/** The URL Barbican names an item by: `<service>/v1/secrets/<id>`. */
export const refOf = (ctx: Ctx, kind: "secrets" | "containers", id: string): string =>
  `${ctx.serviceUrl}/v1/${kind}/${id}`;

/** The id at the end of a reference of `kind` (or an id given as is). */
export function idOfRef(kind: "secrets" | "containers", ref: unknown): string | undefined {
  if (typeof ref !== "string") return undefined;
  const match = new RegExp(`/${kind}/([^/?#]+)/?$`).exec(ref);
  return match ? decodeURIComponent(match[1]!) : ref.includes("/") ? undefined : ref;
}
