import { ConfigError } from "@openstack-ts/core";
import { pyStr } from "./python-values.js";

/**
 * Python's `str.format(**settings)` as openstacksdk applies it to its settings, so that
 * `https://{region_name}.example.com` names the chosen region. `{{` and `}}` are literal
 * braces. A placeholder that names no setting is an error, as it is in Python; the message
 * says which key held it.
 */
export function fillPlaceholders(text: string, settings: Record<string, unknown>, where: string): string {
  if (!text.includes("{") && !text.includes("}")) return text;
  return text.replace(/\{\{|\}\}|\{([^{}]*)\}|[{}]/g, (match, field: string | undefined) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    if (field === undefined)
      throw new ConfigError(`${where}: unmatched '${match}' (write '${match}${match}' for a literal brace)`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) || !(field in settings)) {
      throw new ConfigError(
        `${where}: '{${field}}' names no setting of this cloud` +
          (field === "project_id" ? " (a project id in a URL is written %(project_id)s)" : ""),
      );
    }
    return pyStr(settings[field]);
  });
}
