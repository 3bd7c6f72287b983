import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { atLeast } from "../engine/microversion.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findOwned, ownerOf, senlinList, senlinTime, specType } from "./senlin.js";

/** The profile types Zed's Senlin ships, by `type-version`. */
export const PROFILE_TYPES = ["container.dockerinc.docker-1.0", "os.heat.stack-1.0", "os.nova.server-1.0"];
/** The policy types Zed's Senlin ships, by `type-version`. */
export const POLICY_TYPES = [
  "senlin.policy.affinity-1.0",
  "senlin.policy.batch-1.0",
  "senlin.policy.deletion-1.0",
  "senlin.policy.deletion-1.1",
  "senlin.policy.health-1.0",
  "senlin.policy.health-1.1",
  "senlin.policy.loadbalance-1.0",
  "senlin.policy.loadbalance-1.1",
  "senlin.policy.loadbalance-1.2",
  "senlin.policy.loadbalance-1.3",
  "senlin.policy.region_placement-1.0",
  "senlin.policy.scaling-1.0",
  "senlin.policy.zone_placement-1.0",
];

/** Profiles and policies are the same shape: a named spec of a known type, owned by a project. */
interface SpecKind {
  readonly singular: "profile" | "policy";
  readonly plural: "profiles" | "policies";
  readonly state: "senlinProfiles" | "senlinPolicies";
  readonly types: readonly string[];
  readonly typeKind: "profile_type" | "policy_type";
  /** What else a record holds: a profile's metadata, a policy's data. */
  readonly extra: (input: Row, validating: boolean) => Row;
  readonly updatable: readonly string[];
  /** Whether a cluster or node still uses it. */
  readonly inUse: (ctx: Ctx, item: Row) => boolean;
}

const PROFILE: SpecKind = {
  singular: "profile",
  plural: "profiles",
  state: "senlinProfiles",
  types: PROFILE_TYPES,
  typeKind: "profile_type",
  // a validated profile's metadata is null, a stored one's a map
  extra: (input, validating) => ({ metadata: input["metadata"] ?? (validating ? null : {}) }),
  updatable: ["name", "metadata"],
  inUse: (ctx, item) =>
    [...ctx.cloud.state.senlinClusters, ...ctx.cloud.state.senlinNodes].some((o) => o["profile_id"] === item["id"]),
};

const POLICY: SpecKind = {
  singular: "policy",
  plural: "policies",
  state: "senlinPolicies",
  types: POLICY_TYPES,
  typeKind: "policy_type",
  extra: () => ({ data: {} }),
  updatable: ["name"],
  inUse: (ctx, item) => ctx.cloud.state.senlinBindings.some((b) => b["policy_id"] === item["id"]),
};

function build(ctx: Ctx, kind: SpecKind, input: Row, id: string | null): Row {
  if (typeof input["name"] !== "string" && id !== null)
    fail(400, "'name' is a required property", { type: "ValidationError" });
  const type = specType(input["spec"], kind.types, kind.typeKind);
  const time = id === null ? null : senlinTime(ctx.cloud.now());
  return {
    created_at: time,
    domain: null,
    id,
    name: input["name"] ?? "validated_profile",
    project: ownerOf(ctx)["project"],
    spec: input["spec"],
    type,
    updated_at: null,
    user: ownerOf(ctx)["user"],
    ...kind.extra(input, id === null),
  };
}

function routesOf(kind: SpecKind): Route[] {
  const base = `v1/${kind.plural}`;
  const rows = (ctx: Ctx) => ctx.cloud.state[kind.state];
  const find = (ctx: Ctx) => findOwned(ctx, rows(ctx), kind.singular, ctx.params["id"]);
  return [
    {
      method: "GET",
      path: base,
      handle: (ctx) => json({ [kind.plural]: senlinList(ctx, rows(ctx), ["name", "type"], "created_at") }),
    },
    {
      method: "POST",
      path: base,
      handle: async (ctx) => {
        const item = build(ctx, kind, (await ctx.body())[kind.singular] ?? {}, uuid());
        rows(ctx).push(item);
        return json({ [kind.singular]: item }, 201);
      },
    },
    {
      // 1.2: checks a spec without keeping it; the answer's id and times are null
      method: "POST",
      path: `${base}/validate`,
      handle: async (ctx) => {
        if (!atLeast(ctx.microversion, "1.2"))
          fail(400, `API version '${ctx.microversion}' is not supported on this method.`, {
            type: "MethodVersionNotFound",
          });
        return json({ [kind.singular]: build(ctx, kind, (await ctx.body())[kind.singular] ?? {}, null) });
      },
    },
    { method: "GET", path: `${base}/:id`, handle: (ctx) => json({ [kind.singular]: find(ctx) }) },
    {
      method: "PATCH",
      path: `${base}/:id`,
      handle: async (ctx) => {
        const item = find(ctx);
        const input: Row = (await ctx.body())[kind.singular] ?? {};
        for (const field of kind.updatable) if (field in input) item[field] = input[field];
        item["updated_at"] = senlinTime(ctx.cloud.now());
        return json({ [kind.singular]: item });
      },
    },
    {
      method: "DELETE",
      path: `${base}/:id`,
      handle: (ctx) => {
        const item = find(ctx);
        if (kind.inUse(ctx, item))
          fail(
            409,
            `The ${kind.singular} '${ctx.params["id"]}' cannot be deleted: still referenced by some clusters and/or nodes.`,
            {
              type: "ResourceInUse",
            },
          );
        ctx.cloud.state[kind.state] = rows(ctx).filter((row) => row !== item);
        return empty(204);
      },
    },
  ];
}

/** Senlin's profiles and policies: made from a spec of a type it knows, read, listed, renamed, deleted when unused. */
export const specRoutes = (): Route[] => [...routesOf(PROFILE), ...routesOf(POLICY)];
