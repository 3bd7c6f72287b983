import { idOf, InvalidArgumentError } from "@openstack-ts/core";

/** A container by its name, or a container as listed (anything with a `name`). */
export type ContainerRef = string | { readonly name: string };
/** An object by its name, or an object as listed (anything with a `name`). */
export type ObjectRef = string | { readonly name: string };

/** The name of a container reference, checked: not empty, no `/`, not `.` or `..`. */
export function containerName(ref: ContainerRef): string {
  return decodeURIComponent(containerSegment(ref));
}

/** The container's URL path segment, encoded. */
export function containerSegment(ref: ContainerRef): string {
  return idOf(ref as Readonly<Record<string, unknown>>, "container name", "name");
}

/** The name of an object reference, checked as `objectNamePath` checks it. */
export function objectName(ref: ObjectRef): string {
  const name = typeof ref === "string" ? ref : (ref as { name?: unknown } | null)?.name;
  if (typeof name !== "string" || name === "") {
    throw new InvalidArgumentError(
      `object name must be a non-empty string, got ${name === null ? "null" : typeof name === "string" ? '""' : typeof name}`,
    );
  }
  return name;
}

/**
 * An object name as a URL path: each `/`-separated part encoded on its own, the slashes
 * kept, so `photos/2024/a b#1.jpg` stays a path Swift reads back as the same name. Empty
 * parts (`dir/`, `a//b`) are legal names and kept. A `.` or `..` part is refused: URL
 * parsers collapse them (even encoded as `%2E%2E`), so the request would reach another name.
 */
export function objectNamePath(ref: ObjectRef): string {
  const name = objectName(ref);
  return name
    .split("/")
    .map((part) => {
      if (part === "." || part === "..") {
        throw new InvalidArgumentError(
          `object name ${JSON.stringify(name)} has a '${part}' segment, which no URL can carry`,
        );
      }
      try {
        return encodeURIComponent(part);
      } catch {
        // A lone UTF-16 surrogate has no UTF-8 form.
        throw new InvalidArgumentError(`object name ${JSON.stringify(name)} is not valid Unicode`);
      }
    })
    .join("/");
}

/** `container/object`, relative to the account URL, every part encoded. */
export function objectPath(container: ContainerRef, object: ObjectRef): string {
  return `${containerSegment(container)}/${objectNamePath(object)}`;
}
