// Templates as the fake Heat reads them: parsed, checked, and their parameters bound.
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { Row } from "../engine/types.js";
import { heatError } from "./heat.js";

/** The HOT versions Heat's engine knows, by date and by release name. */
const VERSIONS = [
  "2013-05-23",
  "2014-10-16",
  "2015-04-30",
  "2015-10-15",
  "2016-04-08",
  "2016-10-14",
  "2017-02-24",
  "2017-09-01",
  "2018-03-02",
  "2018-08-31",
  "2021-04-16",
  "newton",
  "ocata",
  "pike",
  "queens",
  "rocky",
  "wallaby",
];

/** The resource types the fake engine can make: those that need no other service. */
export const RESOURCE_TYPES = ["OS::Heat::None", "OS::Heat::RandomString", "OS::Heat::Value"] as const;

const isObject = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A template or environment as a request gives it: an object, or its text, JSON or YAML,
 * as Heat reads either. Heat's loader keeps dates as text (`heat_template_version:
 * 2018-08-31` is a version, not a Date): js-yaml's core schema has no timestamps either.
 */
export function parseDocument(value: unknown, what: "Template" | "Environment"): Row {
  if (isObject(value)) return value;
  if (typeof value !== "string") throw heatError(400, "HTTPBadRequest", `${what} not in valid format: not an object`);
  let parsed: unknown;
  try {
    parsed = load(value, { schema: CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof YAMLException ? error.reason : "unreadable";
    throw heatError(400, "HTTPBadRequest", `${what} not in valid format: ${reason}`);
  }
  if (isObject(parsed)) return parsed;
  throw heatError(400, "HTTPBadRequest", `${what} not in valid format: not a mapping`);
}

/** Refuses a template without a known `heat_template_version`, and resources of types the fake cannot make. */
export function checkTemplate(template: Row): void {
  const version = template["heat_template_version"];
  if (version === undefined)
    throw heatError(
      400,
      "InvalidTemplateVersion",
      "The template version is invalid: Template version was not provided",
    );
  if (!VERSIONS.includes(String(version)))
    throw heatError(
      400,
      "InvalidTemplateVersion",
      `The template version is invalid: "heat_template_version: ${String(version)}". "heat_template_version" should be one of: ${VERSIONS.join(", ")}`,
    );
  for (const [name, resource] of Object.entries(resourcesOf(template))) {
    const type = String((resource as Row)["type"]);
    if (!(RESOURCE_TYPES as readonly string[]).includes(type))
      throw heatError(
        400,
        "StackValidationFailed",
        `The Resource Type (${type}) could not be found.` +
          (type.startsWith("OS::")
            ? ` (resource ${name}: the fake cloud makes only ${RESOURCE_TYPES.join(", ")})`
            : ""),
      );
  }
}

export const resourcesOf = (template: Row): Record<string, Row> =>
  isObject(template["resources"]) ? (template["resources"] as Record<string, Row>) : {};

export const parametersOf = (template: Row): Record<string, Row> =>
  isObject(template["parameters"]) ? (template["parameters"] as Record<string, Row>) : {};

export const outputsOf = (template: Row): Record<string, Row> =>
  isObject(template["outputs"]) ? (template["outputs"] as Record<string, Row>) : {};

/**
 * The value of every template parameter: given, else its default. A parameter given that
 * the template does not declare, or one declared without default and not given, is refused.
 */
export function bindParameters(template: Row, given: Row): Row {
  const declared = parametersOf(template);
  for (const name of Object.keys(given))
    if (!(name in declared))
      throw heatError(400, "UnknownUserParameter", `The Parameter (${name}) was not defined in template.`);
  const values: Row = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in given ? given[name] : spec["default"];
    if (value === undefined) throw heatError(400, "UserParameterMissing", `The Parameter (${name}) was not provided.`);
    values[name] = spec["type"] === "number" && typeof value === "string" ? Number(value) : value;
  }
  return values;
}

/** Parameters as a stack shows them: Heat's pseudo-parameters first, every value as text. */
export function shownParameters(stack: Row): Row {
  const shown: Row = {
    "OS::stack_id": stack.id,
    "OS::project_id": stack["project"],
    "OS::stack_name": stack["stack_name"],
  };
  for (const [name, value] of Object.entries(stack["_parameters"] as Row))
    shown[name] = typeof value === "object" ? JSON.stringify(value) : String(value);
  return shown;
}

/** What validate answers: the description and each parameter, CloudFormation-cased. */
export function validation(template: Row): Row {
  const parameters: Row = {};
  for (const [name, spec] of Object.entries(parametersOf(template))) {
    const type = String(spec["type"] ?? "string");
    parameters[name] = {
      Type: type === "json" ? "Json" : type === "comma_delimited_list" ? "CommaDelimitedList" : capitalize(type),
      Description: spec["description"] ?? "",
      NoEcho: String(spec["hidden"] === true),
      Label: spec["label"] ?? name,
      ...(spec["default"] !== undefined && { Default: spec["default"] }),
    };
  }
  return {
    Description: template["description"] ?? "No description",
    Parameters: parameters,
    Environment: { resource_registry: { resources: {} }, parameters: {}, parameter_defaults: {}, event_sinks: [] },
  };
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
