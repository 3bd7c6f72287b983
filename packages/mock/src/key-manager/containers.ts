import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { canSee, findItem } from "../engine/crud.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { barbicanTime, idOfRef, invalid, notFound, refOf } from "./barbican.js";
import { secrets } from "./secrets.js";

const TYPES = ["generic", "rsa", "certificate"];

/** One `{name, secret_ref}` of a body, its secret the caller's: else Barbican's 404 naming it. */
function secretEntry(ctx: Ctx, entry: unknown): Row {
  const given = (entry ?? {}) as Row;
  const id = idOfRef("secrets", given["secret_ref"]);
  const secret = ctx.cloud.state.secrets.find((s) => s.id === id);
  if (!secret || !canSee(secrets, secret, ctx, "get"))
    throw new ApiError(404, `Secret provided for '${String(given["name"] ?? "")}' doesn't exist.`);
  return { name: given["name"] ?? null, secret_id: secret.id };
}

/**
 * Barbican's containers: named sets of secret refs (generic; rsa and certificate hold them
 * under fixed names). Stored with secret ids, shown with refs at the fake's own URL. The
 * create answers only the `container_ref`.
 */
export const secretContainers: CollectionSpec = {
  state: "secretContainers",
  path: "v1/containers",
  pluralKey: "containers",
  verbs: ["list", "get", "create", "delete"],
  paging: "barbican",
  unknownFilters: "ignore",
  filters: { name: "exact", type: "exact" },
  access: { owner: ["project_id"], admin: "all_tenants" },
  notFound: notFound("Secrets container"),
  build: (input, ctx) => {
    const type = input["type"];
    if (!TYPES.includes(String(type)))
      throw invalid("Container", "type", `${JSON.stringify(type)} is not one of ${JSON.stringify(TYPES)}`);
    const refs = input["secret_refs"] ?? [];
    if (!Array.isArray(refs)) throw invalid("Container", "secret_refs", "secret_refs is not of type 'array'");
    const now = barbicanTime(ctx.cloud.now());
    return {
      id: uuid(),
      created: now,
      updated: now,
      status: "ACTIVE",
      name: input["name"] ?? null,
      type,
      creator_id: ctx.auth?.userId,
      project_id: input["project_id"],
      secrets: refs.map((entry) => secretEntry(ctx, entry)),
      consumers: [],
    };
  },
  view: (container, ctx) => {
    const { id, project_id: _project, secrets: held, ...shown } = container;
    // Barbican leaves out a container's references to secrets deleted since.
    const live = (held as Row[]).filter((entry) => ctx.cloud.state.secrets.some((s) => s.id === entry["secret_id"]));
    return {
      ...shown,
      secret_refs: live.map((entry) => ({
        name: entry["name"],
        secret_ref: refOf(ctx, "secrets", entry["secret_id"]),
      })),
      container_ref: refOf(ctx, "containers", id),
    };
  },
  createdView: (container, ctx) => ({ container_ref: refOf(ctx, "containers", container.id) }),
  createHeaders: (container, ctx) => ({ Location: refOf(ctx, "containers", container.id) }),
};

/** A generic container's secrets, one at a time (`POST`/`DELETE /v1/containers/{id}/secrets`). */
export function containerSecretRoutes(): Route[] {
  const generic = (ctx: Ctx): Row => {
    const container = findItem(secretContainers, ctx);
    if (container["type"] !== "generic") throw new ApiError(400, "Only 'generic' containers can be modified.");
    return container;
  };
  return [
    {
      method: "POST",
      path: "v1/containers/:id/secrets",
      handle: async (ctx) => {
        const container = generic(ctx);
        const entry = secretEntry(ctx, await ctx.body());
        const held = container["secrets"] as Row[];
        if (held.some((e) => e["secret_id"] === entry["secret_id"] && e["name"] === entry["name"]))
          throw new ApiError(409, "Conflict. A secret with that name and ID is already stored in this container.");
        held.push(entry);
        container["updated"] = barbicanTime(ctx.cloud.now());
        const ref = refOf(ctx, "containers", container.id);
        return json({ container_ref: ref }, 201, { Location: ref });
      },
    },
    {
      method: "DELETE",
      path: "v1/containers/:id/secrets",
      handle: async (ctx) => {
        const container = generic(ctx);
        const body = (await ctx.body()) as Row;
        const id = idOfRef("secrets", body["secret_ref"]);
        const held = container["secrets"] as Row[];
        const index = held.findIndex((e) => e["secret_id"] === id && (e["name"] ?? null) === (body["name"] ?? null));
        if (index < 0) throw new ApiError(404, "Secret provided doesn't exist in this container.");
        held.splice(index, 1);
        container["updated"] = barbicanTime(ctx.cloud.now());
        return empty(204);
      },
    },
  ];
}
