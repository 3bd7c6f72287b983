import {
  clientFor,
  defineResource,
  fillPath,
  idOf,
  type Item,
  type Ref,
  type SessionOrClient,
} from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { parsed } from "../parsed.js";
import { pageFilters } from "../shared.js";

/** Limits by kind; -1 is unlimited, null (in a project's record) not set there. */
export const Quotas = v.looseObject({
  secrets: v.nullish(v.number()),
  orders: v.nullish(v.number()),
  containers: v.nullish(v.number()),
  consumers: v.nullish(v.number()),
  cas: v.nullish(v.number()),
});
export type Quotas = v.InferOutput<typeof Quotas>;

/** One project's configured quotas (admin). */
export const ProjectQuota = v.looseObject({ project_id: v.string(), project_quotas: Quotas });

/** `GET /v1/project-quotas` (list) and `DELETE /v1/project-quotas/{project_id}` (back to the defaults); admin only. */
export const projectQuotas = defineResource({
  service: keyManagerService,
  path: "project-quotas",
  singular: "ProjectQuota",
  plural: "ProjectQuotas",
  pluralKey: "project_quotas",
  idField: "project_id",
  schema: ProjectQuota,
  verbs: ["list", "delete"],
  filters: pageFilters,
  deleteWait: false,
});
export type ProjectQuota = Item<typeof projectQuotas>;

type Call = { signal?: AbortSignal };

/** The quotas that apply to the caller's project (`GET /v1/quotas`). */
export async function getQuotas(target: SessionOrClient, options: Call = {}): Promise<Quotas> {
  const client = clientFor(target, keyManagerService);
  const response = await client.get("quotas", { signal: options.signal });
  return parsed(v.looseObject({ quotas: Quotas }), await response.json(), response.url).quotas;
}

/** The quotas configured for one project (`GET /v1/project-quotas/{id}`; 404 when none are); admin only. */
export async function getProjectQuota(target: SessionOrClient, project: Ref, options: Call = {}): Promise<Quotas> {
  const client = clientFor(target, keyManagerService);
  const path = fillPath("project-quotas/{id}", { id: idOf(project, "getProjectQuota: project") });
  const response = await client.get(path, { signal: options.signal });
  return parsed(v.looseObject({ project_quotas: Quotas }), await response.json(), response.url).project_quotas;
}

/** Sets a project's quotas (`PUT /v1/project-quotas/{id}`): the kinds left out keep the defaults; admin only. */
export async function updateProjectQuota(
  target: SessionOrClient,
  project: Ref,
  quotas: Quotas,
  options: Call = {},
): Promise<void> {
  const client = clientFor(target, keyManagerService);
  const path = fillPath("project-quotas/{id}", { id: idOf(project, "updateProjectQuota: project") });
  await client.put(path, { json: { project_quotas: quotas }, signal: options.signal });
}
