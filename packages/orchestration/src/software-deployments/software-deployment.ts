import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A software deployment: a config applied to one server, with the values it was given and gave back. */
export const SoftwareDeployment = v.looseObject({
  id: v.string(),
  server_id: v.string(),
  config_id: v.string(),
  action: v.nullish(v.string()),
  status: v.nullish(v.string()),
  status_reason: v.nullish(v.string()),
  input_values: v.nullish(v.record(v.string(), v.unknown())),
  output_values: v.nullish(v.record(v.string(), v.unknown())),
  creation_time: v.nullish(v.string()),
  updated_time: v.nullish(v.string()),
});

interface DeploymentFields {
  config_id?: string;
  action?: string;
  status?: string;
  status_reason?: string;
  input_values?: Readonly<Record<string, unknown>>;
  output_values?: Readonly<Record<string, unknown>>;
}

export interface SoftwareDeploymentInput extends DeploymentFields {
  server_id: string;
  config_id: string;
  /** The project of the stack's users (stack domain) that may signal it. */
  stack_user_project_id?: string;
}

const envelope = { returns: "json", resultKey: "software_deployment", schema: SoftwareDeployment } as const;

/**
 * Software deployments. Create and update are actions: Heat takes their bodies without an
 * envelope. A server's deployments' configs, merged, are getSoftwareDeploymentMetadata.
 */
export const softwareDeployments = defineResource({
  service: orchestrationService,
  path: "software_deployments",
  singular: "SoftwareDeployment",
  plural: "SoftwareDeployments",
  key: "software_deployment",
  pluralKey: "software_deployments",
  schema: SoftwareDeployment,
  verbs: ["list", "get", "delete"],
  query: ["server_id"],
  actions: {
    createSoftwareDeployment: {
      method: "POST",
      path: "software_deployments",
      body: (a: SoftwareDeploymentInput) => a,
      ...envelope,
    },
    updateSoftwareDeployment: {
      method: "PUT",
      path: "software_deployments/{deployment}",
      body: ({ deployment: _, ...a }: DeploymentFields & { deployment: unknown }) => a,
      ...envelope,
    },
    getSoftwareDeploymentMetadata: {
      method: "GET",
      path: "software_deployments/metadata/{server_id}",
      returns: "json",
      resultKey: "metadata",
      schema: v.array(v.record(v.string(), v.unknown())),
    },
  },
});

/** A SoftwareDeployment as the API returns it. */
export type SoftwareDeployment = Item<typeof softwareDeployments>;
