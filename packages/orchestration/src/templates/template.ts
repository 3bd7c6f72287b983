import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";
import type { TemplateBody } from "../stacks/shared.js";

/** A template format version the engine reads (`heat_template_version.2021-04-16`, …). */
export const TemplateVersion = v.looseObject({
  version: v.string(),
  type: v.string(),
  aliases: v.optional(v.array(v.string())),
});

/** A function a template version offers (`get_param`, `Fn::Select`, …). */
export const TemplateFunction = v.looseObject({ functions: v.string(), description: v.string() });

/** What validate answers: the template's description, parameters and parameter groups, CloudFormation-cased. */
export const TemplateValidation = v.looseObject({
  Description: v.optional(v.string()),
  Parameters: v.optional(v.record(v.string(), v.unknown())),
  ParameterGroups: v.optional(v.array(v.unknown())),
});

export interface ValidateTemplateInput {
  /** The template: an object, or its YAML/JSON text. Or `template_url`. */
  template?: TemplateBody;
  template_url?: string;
  environment?: TemplateBody;
  environment_files?: readonly string[];
  files?: Readonly<Record<string, string>>;
  files_container?: string;
  /** Query: validate nested templates too, and show their parameters. */
  show_nested?: boolean;
  /** Query: error codes to ignore, comma-separated by the SDK. */
  ignore_errors?: readonly string[];
}

/**
 * Template versions (GET `template_versions`), and the calls about templates that are no
 * stack's: validating one, listing a version's functions.
 */
export const templateVersions = defineResource({
  service: orchestrationService,
  path: "template_versions",
  singular: "TemplateVersion",
  plural: "TemplateVersions",
  pluralKey: "template_versions",
  idField: "version",
  nameField: "version",
  schema: TemplateVersion,
  verbs: ["list"],
  pagination: "none",
  actions: {
    listTemplateFunctions: {
      method: "GET",
      path: "template_versions/{template_version}/functions",
      idField: "version",
      query: (a: { with_condition_func?: boolean }) => ({ with_condition_func: a.with_condition_func }),
      returns: "json",
      resultKey: "template_functions",
      schema: v.array(TemplateFunction),
    },
    /** POST validate: a template (with its environment and files) checked without making a stack. */
    validateTemplate: {
      method: "POST",
      path: "validate",
      body: ({ show_nested: _, ignore_errors: __, ...body }: ValidateTemplateInput) => body,
      query: (a: ValidateTemplateInput) => ({ show_nested: a.show_nested, ignore_errors: a.ignore_errors?.join(",") }),
      returns: "json",
      schema: TemplateValidation,
    },
  },
});

/** A TemplateVersion as the API returns it. */
export type TemplateVersion = Item<typeof templateVersions>;
