import { fail } from "../engine/api-error.js";
import type { Row } from "../engine/types.js";

/**
 * Magnum's JSON patch of a record: `add`, `replace` and `remove` of a field (`/name`) or of
 * one key of a map field (`/labels/x`); a field Magnum sets itself is refused. Answers the
 * changed copy, the record untouched.
 */
export function applyPatch(record: Row, operations: unknown, internal: readonly string[]): Row {
  if (!Array.isArray(operations)) fail(400, "Invalid input for field/attribute patch.");
  const changed: Row = structuredClone(record);
  for (const op of operations as Row[]) {
    const [field = "", key] = String(op["path"] ?? "")
      .replace(/^\//, "")
      .split("/");
    if (internal.includes(field) || !(field in record))
      fail(400, `'/${field}' is an internal attribute and can not be updated`);
    const remove = op["op"] === "remove";
    if (!remove && !["add", "replace"].includes(op["op"]))
      fail(400, `Invalid input for field/attribute op. Value: '${op["op"]}'.`);
    if (key === undefined) changed[field] = remove ? null : op["value"];
    else {
      const map: Row = { ...(changed[field] ?? {}) };
      if (remove) delete map[key];
      else map[key] = op["value"];
      changed[field] = map;
    }
  }
  return changed;
}
