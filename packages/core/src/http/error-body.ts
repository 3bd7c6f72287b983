const requestIdHeaders = ["x-openstack-request-id", "x-compute-request-id", "x-trans-id"];

/** The request id a service stamped on a response, whichever header it uses. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined;

/**
 * The human message out of an OpenStack error body. Services disagree on the shape:
 * Keystone `{error: {message}}`, Neutron `{NeutronError: {message}}`, Nova and Cinder
 * `{itemNotFound: {message}}`, Placement `{errors: [{detail}]}`, Ironic `{error_message}`
 * holding JSON, Barbican `{code, title, description}`, Octavia `{faultstring}`, Heat
 * `{explanation, error: {message, type}}`, and plain text or an HTML page from Swift,
 * Glance or a proxy.
 */
export function serverMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") return fromText(body);
  if (!isObject(body)) return undefined;
  const errors = body["errors"];
  if (Array.isArray(errors) && isObject(errors[0])) return text(errors[0]["detail"]) ?? text(errors[0]["title"]);
  const direct =
    text(body["message"]) ?? text(body["faultstring"]) ?? text(body["detail"]) ?? text(body["description"]);
  if (direct) return clip(direct);
  const embedded = text(body["error_message"]);
  if (embedded) return serverMessageOf(parseJson(embedded) ?? embedded);
  for (const value of Object.values(body)) {
    if (isObject(value)) {
      const nested = text(value["message"]) ?? text(value["faultstring"]) ?? text(value["detail"]);
      if (nested) return clip(nested);
    }
  }
  return undefined;
}

function fromText(body: string): string | undefined {
  const parsed = parseJson(body);
  if (parsed !== undefined) return serverMessageOf(parsed);
  // Only the start of a page: the message is short, and a hostile page of unclosed tags
  // would otherwise cost time in the square of its length.
  const head = body.slice(0, 20_000);
  const plain = head
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^<>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain ? clip(decodeEntities(plain)) : undefined;
}

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Glance and Swift answer with HTML: `store &#x27;file&#x27;` should read `store 'file'`. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== "#") return named[code.toLowerCase()] ?? entity;
    const point = code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isInteger(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });
}

function parseJson(value: string): unknown {
  const trimmed = value.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function clip(message: string): string {
  return message.length > 500 ? `${message.slice(0, 497)}...` : message;
}

/**
 * The machine-readable reason of an error body, where the service gives one: Placement's
 * `errors[0].code` (`placement.concurrent_update`), Neutron's `NeutronError.type`.
 */
export function serverCodeOf(body: unknown): string | undefined {
  const parsed = typeof body === "string" ? parseJson(body) : body;
  if (!isObject(parsed)) return undefined;
  const errors = parsed["errors"];
  if (Array.isArray(errors) && isObject(errors[0])) return text(errors[0]["code"]);
  const neutron = parsed["NeutronError"];
  return isObject(neutron) ? text(neutron["type"]) : undefined;
}
