import { fillPath, idOf } from "../http/path.js";
import type { ResourceSpec } from "./resource-spec.js";

/** The URL path of one item: the collection (parents filled in) and the item's id, each segment checked and encoded. */
export function itemPath(spec: ResourceSpec, parents: Readonly<Record<string, unknown>>, ref: unknown): string {
  const field = spec.idField ?? "id";
  return `${fillPath(spec.path, parents)}/${idOf(ref as Record<string, unknown>, `${spec.singular} ${field}`, field)}`;
}

/** The identifying value of a reference, for messages. */
export function describeRef(spec: ResourceSpec, ref: unknown): string {
  return typeof ref === "string" ? ref : String((ref as Record<string, unknown> | null)?.[spec.idField ?? "id"]);
}
