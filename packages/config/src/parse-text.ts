import { ConfigError } from "@openstack-ts/core";
import { parseYaml } from "./yaml-text.js";

/**
 * Parses clouds.yaml, secure.yaml or clouds-public.yaml text (YAML, or JSON for `.json`
 * files) into a document. js-yaml is imported here, lazily, so a bundle that never parses
 * text never loads it: bundlers put it in a chunk of its own, fetched on first use.
 *
 * YAML is read the way PyYAML reads it for openstacksdk (YAML 1.1: `yes`/`on` are booleans,
 * `2.0` stays a float, a repeated key takes the last value). A syntax error names the file,
 * the line and the column, and never quotes the text (it may hold a password).
 */
export async function parseConfigText(text: string, file?: string): Promise<unknown> {
  if (file?.toLowerCase().endsWith(".json")) return parseJson(text, file);
  return parseYaml(await import("js-yaml"), text, file);
}

export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The engine's message may quote the text; only the position is reported.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    if (!position) throw new ConfigError(`${name}: JSON syntax error (the text ends too early or is not JSON)`);
    const before = text.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    throw new ConfigError(`${name}: JSON syntax error at line ${line}, column ${column}`);
  }
}
