import { InvalidArgumentError } from "@openstack-ts/core";

/** The collections whose items Barbican names by URL: `secret_ref`, `container_ref`, `order_ref`. */
export type RefKind = "secrets" | "containers" | "orders";

const REF_FIELD: Record<RefKind, string> = {
  secrets: "secret_ref",
  containers: "container_ref",
  orders: "order_ref",
};

/** The field of an item that holds its URL: `secret_ref` for a secret. */
export function refField(kind: RefKind): string {
  return REF_FIELD[kind];
}

/**
 * The id at the end of a Barbican reference (`http://host:9311/v1/secrets/<id>`), or
 * undefined when `value` is not a reference to an item of `kind`. Only the path's end is
 * read, as text (a reference with a templated host still names its item): a reference is
 * never requested as given, so its host cannot receive the token.
 */
export function idInRef(kind: RefKind, value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  const match = new RegExp(`/${kind}/([^/?#]+)/?(?:[?#].*)?$`).exec(value);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * The id an argument names: an id, a reference URL to an item of `kind`, or an item (by its
 * `id`, else its reference). Anything else is refused with what was given, before any request.
 */
export function idOfRef(kind: RefKind, value: unknown, what: string): string {
  if (typeof value === "string") {
    if (!value.includes("/")) return value;
    const id = idInRef(kind, value);
    if (id !== undefined) return id;
    throw new InvalidArgumentError(
      `${what} must be an id or a ${REF_FIELD[kind]} (…/v1/${kind}/<id>), got ${JSON.stringify(value)}`,
    );
  }
  if (typeof value === "object" && value !== null) {
    const item = value as Record<string, unknown>;
    if (typeof item["id"] === "string" && item["id"] !== "") return idOfRef(kind, item["id"], what);
    const ref = item[REF_FIELD[kind]];
    if (typeof ref === "string") return idOfRef(kind, ref, what);
  }
  throw new InvalidArgumentError(
    `${what} must be an id, a ${REF_FIELD[kind]} or a ${kind.slice(0, -1)}, got ${described(value)}`,
  );
}

/** What was given, for a message: its kind, or an object's keys (never its values, which may be secret). */
function described(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return "an array";
  const keys = Object.keys(value);
  return `an object without 'id' or a ref (${keys.length > 0 ? `its keys: ${keys.join(", ")}` : "no keys"})`;
}

/** The reference URL of an item of `kind` at a service's base URL (what Barbican's bodies take). */
export function refOf(kind: RefKind, baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${kind}/${encodeURIComponent(id)}`;
}
