import { parseJson } from "../parse-text.js";
import { parseYaml, type JsYaml } from "../yaml-text.js";
import { nodeModule } from "./builtins.js";

let yaml: JsYaml | undefined;

/**
 * Parses config text at once (`new Connection({ cloud })` is synchronous, as openstacksdk's
 * is). js-yaml is required on first use, not imported with the package: most programs never
 * read a clouds.yaml, and loading it cost every import of the façade ~5 ms (bench/cold-start).
 */
export function parseConfigTextSync(text: string, file?: string): unknown {
  if (file?.toLowerCase().endsWith(".json")) return parseJson(text, file);
  yaml ??= nodeModule().createRequire(import.meta.url)("js-yaml") as JsYaml;
  return parseYaml(yaml, text, file);
}
