import { InvalidArgumentError } from "@openstack-ts/core";
import type { StackRef, TemplateBody } from "./shared.js";

/** What a stack is made from, as Heat's create, preview and update bodies take it. */
export interface StackTemplateInput {
  /** The template: an object, or YAML/JSON text sent as it is (Heat parses it). Or `template_url`. */
  template?: TemplateBody;
  /** A URL Heat fetches the template from, instead of `template`. */
  template_url?: string;
  parameters?: Readonly<Record<string, unknown>>;
  /** The environment: an object, or its YAML text. */
  environment?: TemplateBody;
  /** Names, in `files`, of environments merged in this order (before `environment`). */
  environment_files?: readonly string[];
  /** The files the template and environment name (nested templates, scripts), by the name they use. */
  files?: Readonly<Record<string, string>>;
  /** A Swift container holding the files, instead of `files`. */
  files_container?: string;
  disable_rollback?: boolean;
  timeout_mins?: number;
  /** Sent as Heat wants them: one comma-separated string. */
  tags?: readonly string[] | string;
}

export interface StackInput extends StackTemplateInput {
  stack_name: string;
}

/** An update preview: under the stack's canonical path (see stackIds). */
export interface StackPreviewUpdateInput extends Omit<StackUpdateInput, "stack"> {
  stack_name: string;
  stack_id: string;
}

export interface StackUpdateInput extends StackTemplateInput {
  /** The stack: its id, its name, "name/id", or the stack. */
  stack: StackRef;
  /** PATCH only: parameters to put back to their defaults. */
  clear_parameters?: readonly string[];
  /** Check the real resources' state against Heat's before updating (convergence). */
  converge?: boolean;
}

const FIELDS = new Set([
  "stack_name",
  "template",
  "template_url",
  "parameters",
  "environment",
  "environment_files",
  "files",
  "files_container",
  "disable_rollback",
  "timeout_mins",
  "tags",
  "adopt_stack_data",
  "clear_parameters",
  "converge",
]);

/**
 * The JSON body of a create, adopt, preview or update: the given fields as they are, tags
 * joined. Refuses, before any request, a field Heat does not take, and a template given
 * twice (object or text and a URL), which Heat would resolve by silently using one.
 */
export function stackBody(input: object): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!FIELDS.has(key)) {
      throw new InvalidArgumentError(`a stack body has no field '${key}'; known: ${[...FIELDS].join(", ")}`);
    }
    body[key] = key === "tags" && Array.isArray(value) ? value.join(",") : value;
  }
  if (body["template"] !== undefined && body["template_url"] !== undefined) {
    throw new InvalidArgumentError("give a stack's template as 'template' or as 'template_url', not both");
  }
  if (body["adopt_stack_data"] !== undefined && typeof body["adopt_stack_data"] !== "string") {
    // Heat reads adopt_stack_data as JSON text.
    body["adopt_stack_data"] = JSON.stringify(body["adopt_stack_data"]);
  }
  return body;
}
