import type { CollectionSpec } from "../engine/collection.js";
import type { Auth, Cloud, Ctx, Row } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import type { AssignmentRecord, CollectionName } from "./state.js";

/** Seed records by state array: partial records as the API shows them; the rest is filled in. */
export type Seed = { readonly [K in CollectionName]?: readonly Row[] };

/** The order seeds are stored in, so that what a record refers to exists first. */
export const SEED_ORDER: readonly CollectionName[] = [
  "domains",
  "projects",
  "users",
  "groups",
  "roles",
  "roleAssignments",
  "regions",
  "services",
  "endpoints",
  "applicationCredentials",
  "securityGroups",
  "securityGroupRules",
  "networks",
  "subnets",
  "routers",
  "ports",
  "flavors",
  "keypairs",
  "images",
  "volumes",
  "snapshots",
  "servers",
  "accounts",
  "containers",
  "objects",
  "resourceProviders",
  "stacks",
  "secrets",
  "secretContainers",
];

/** A request context for seeding: an admin of `projectId`, at the service's highest microversion. */
function seedContext(cloud: Cloud, service: ServiceSpec, auth: Auth): Ctx {
  const url = new URL(cloud.urls[service.type]);
  return {
    cloud,
    request: new Request(url),
    method: "POST",
    url,
    query: new URLSearchParams(),
    params: {},
    auth,
    microversion: service.microversion?.max,
    serviceUrl: cloud.urls[service.type],
    body: () => Promise.reject(new Error("seeding reads no body")),
    bytes: () => Promise.reject(new Error("seeding reads no body")),
  };
}

/** A project named by id or, for convenience in seeds, by name. */
function projectId(cloud: Cloud, value: unknown): unknown {
  if (typeof value !== "string") return value;
  return (
    cloud.state.projects.find((p) => p.id === value)?.id ??
    cloud.state.projects.find((p) => p.name === value)?.id ??
    value
  );
}

function byIdOrName(rows: Row[], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return rows.find((r) => r.id === value)?.id ?? rows.find((r) => r.name === value)?.id ?? value;
}

function assignment(cloud: Cloud, input: Row): AssignmentRecord {
  const { state } = cloud;
  return {
    role_id: byIdOrName(state.roles, input["role_id"])!,
    user_id: byIdOrName(state.users, input["user_id"]),
    ...(input["project_id"] !== undefined && { project_id: byIdOrName(state.projects, input["project_id"]) }),
    ...(input["domain_id"] !== undefined && { domain_id: byIdOrName(state.domains, input["domain_id"]) }),
    ...(input["system"] !== undefined && { system: "all" as const }),
  };
}

/**
 * Stores seed records through each collection's own defaults (as a create would, by an
 * admin of `auth`'s project), keeping every field the seed gives. Owner fields may name a
 * project by name. Records that are no collection go to the service's seeder.
 */
export function plant(cloud: Cloud, services: readonly ServiceSpec[], seed: Seed, who: () => Auth): void {
  const specs = new Map<CollectionName, [CollectionSpec, ServiceSpec]>();
  for (const service of services) for (const spec of service.collections ?? []) specs.set(spec.state, [spec, service]);
  for (const name of SEED_ORDER) {
    for (const raw of seed[name] ?? []) {
      if (name === "roleAssignments") {
        cloud.state.roleAssignments.push(assignment(cloud, raw));
        continue;
      }
      const entry = specs.get(name);
      const service = entry?.[1] ?? services.find((s) => s.seeders?.[name]);
      if (!service) throw new Error(`mockCloud: no fake service holds '${name}'`);
      const auth = who();
      const ctx = seedContext(cloud, service, auth);
      const input: Row = { ...raw };
      const ownerFields = entry?.[0].access.owner ?? [];
      const owner = ownerFields.map((field) => input[field]).find((value) => value !== undefined);
      const byUser = entry?.[0].access.ownedBy === "user";
      const ownerId =
        owner === undefined
          ? byUser
            ? auth.userId
            : auth.projectId
          : byUser
            ? byIdOrName(cloud.state.users, String(owner))
            : projectId(cloud, owner);
      for (const field of ownerFields) input[field] = ownerId;
      if (!entry) {
        service.seeders![name]!(input, ctx);
        continue;
      }
      const [spec] = entry;
      let item: Row;
      try {
        const kept = Object.fromEntries(Object.entries(input).filter(([key]) => !spec.consumes?.includes(key)));
        item = Object.assign(spec.build(input, ctx), kept);
      } catch (error) {
        throw new Error(
          `mockCloud: the seed record ${JSON.stringify(raw)} of '${name}' was refused: ${(error as Error).message}`,
        );
      }
      (cloud.state[name] as Row[]).push(item);
      spec.afterCreate?.(item, ctx);
    }
  }
}
