import * as yaml from "js-yaml";
import { parseJson, parseYaml } from "../parse-text.js";

/** Parses config text at once: the Node and Deno entry may import js-yaml statically. */
export function parseConfigTextSync(text: string, file?: string): unknown {
  if (file?.toLowerCase().endsWith(".json")) return parseJson(text, file);
  return parseYaml(yaml, text, file);
}
