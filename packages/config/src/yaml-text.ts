import { ConfigError } from "@openstack-ts/core";
import { PyFloat } from "./resolve/python-values.js";

// Its own module, kept out of the published index's declarations: js-yaml's types need
// TypeScript 5.7+, and a user on 5.4 who checks libraries would otherwise fail on them.

/** `parseConfigText` with js-yaml already at hand: the Node entry loads it itself, and parses synchronously. */
export function parseYaml(yaml: JsYaml, text: string, file?: string): unknown {
  const name = file ?? "the config text";
  let documents: unknown[];
  try {
    documents = yaml.loadAll(text, { schema: pyYamlSchema(yaml), json: true, ...(file ? { filename: file } : {}) });
  } catch (error) {
    if (error instanceof yaml.YAMLException && error.mark) {
      const { line, column } = error.mark;
      throw new ConfigError(`${name}: YAML syntax error at line ${line + 1}, column ${column + 1}: ${error.reason}`);
    }
    throw new ConfigError(
      `${name}: YAML could not be read: ${error instanceof Error && "reason" in error ? String(error.reason) : "invalid"}`,
    );
  }
  if (documents.length > 1)
    throw new ConfigError(`${name} holds ${documents.length} YAML documents; a config file holds one`);
  return documents[0] ?? null;
}

export type JsYaml = typeof import("js-yaml");

// Per js-yaml module: the Node entry requires its CommonJS build, bundles import the ES one.
const schemas = new WeakMap<JsYaml, import("js-yaml").Schema>();

/** YAML 1.1 as PyYAML resolves it: its booleans (not `y`/`n`), and floats kept apart from integers. */
function pyYamlSchema(yaml: JsYaml): import("js-yaml").Schema {
  const known = schemas.get(yaml);
  if (known) return known;
  const pyBool = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
  const bool = yaml.defineScalarTag<boolean>("tag:yaml.org,2002:bool", {
    implicit: true,
    implicitFirstChars: [..."yYnNtTfFoO"],
    resolve: (source) => (pyBool.test(source) ? /^(?:yes|true|on)$/i.test(source) : yaml.NOT_RESOLVED),
    identify: (data) => typeof data === "boolean",
  });
  const float = yaml.defineScalarTag<PyFloat>("tag:yaml.org,2002:float", {
    implicit: true,
    implicitFirstChars: yaml.floatYaml11Tag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => {
      const value = yaml.floatYaml11Tag.resolve(source, isExplicit, tagName);
      return typeof value === "number" ? new PyFloat(value) : yaml.NOT_RESOLVED;
    },
    identify: () => false,
  });
  const schema = yaml.YAML11_SCHEMA.withTags(bool, float);
  schemas.set(yaml, schema);
  return schema;
}
