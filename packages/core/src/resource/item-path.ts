import { fillPath, idOf, pathParams } from "../http/path.js";
import type { ResourceSpec } from "./resource-spec.js";

/** The URL path of one item: the collection (parents filled in) and the item's id, each segment checked and encoded. */
export function itemPath(spec: ResourceSpec, parents: Readonly<Record<string, unknown>>, ref: unknown): string {
  const field = spec.idField ?? "id";
  const id = idOf(ref as Record<string, unknown>, `${spec.singular} ${field}`, field, spec.idType);
  return `${fillPath(spec.path, parents)}/${id}`;
}

/** The identifying value of a reference, for messages. */
export function describeRef(spec: ResourceSpec, ref: unknown): string {
  return typeof ref === "string" || typeof ref === "number"
    ? String(ref)
    : String((ref as Record<string, unknown> | null)?.[spec.idField ?? "id"]);
}

/** The options every call on one item takes: its signal, and the parent ids its path needs (when `ref` cannot carry them). */
export function itemOptionNames(spec: ResourceSpec): string[] {
  return ["signal", ...pathParams(spec.path)];
}
