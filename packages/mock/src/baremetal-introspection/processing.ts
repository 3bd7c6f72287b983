import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";
import { inspectorTime } from "./inspector.js";

type Json = Record<string, unknown>;

/** A `field` of the data, by dots (`inventory.cpu.count`); `node://` reads the Ironic node. */
function valueAt(data: Json, node: Row, field: string): unknown {
  const [root, path] = field.startsWith("node://") ? [node, field.slice(7)] : [data, field.replace(/^data:\/\//, "")];
  return path.split(".").reduce<unknown>((at, key) => (at as Json | undefined)?.[key], root);
}

const OPS: Record<string, (have: unknown, want: unknown) => boolean> = {
  eq: (have, want) => have === want,
  ne: (have, want) => have !== want,
  lt: (have, want) => Number(have) < Number(want),
  le: (have, want) => Number(have) <= Number(want),
  gt: (have, want) => Number(have) > Number(want),
  ge: (have, want) => Number(have) >= Number(want),
  "is-empty": (have) => have === undefined || have === null || have === "" || (Array.isArray(have) && !have.length),
  matches: (have, want) => typeof have === "string" && new RegExp(`^(?:${String(want)})$`).test(have),
  contains: (have, want) => typeof have === "string" && new RegExp(String(want)).test(have),
};

/** The rules' set-attribute and extend-attribute on the node (`/extra/x` or `extra/x`). */
function runActions(node: Row, actions: Json[]): void {
  for (const action of actions) {
    const keys = String(action["path"]).replace(/^\//, "").split("/");
    const last = keys.pop()!;
    const parent = keys.reduce<Json>((at, key) => {
      at[key] = { ...((at[key] as Json | undefined) ?? {}) };
      return at[key] as Json;
    }, node);
    if (action["action"] === "set-attribute") parent[last] = action["value"];
    else if (action["action"] === "extend-attribute")
      parent[last] = [...((parent[last] as unknown[] | undefined) ?? []), action["value"]];
    else if (action["action"] === "fail") throw new Error(String(action["message"]));
  }
}

/**
 * What the inspector does with the ramdisk's data: the scheduler hook's properties on the
 * node (cpus, memory_mb, local_gb one GiB under the root disk, cpu_arch), the MACs, the node
 * powered off, then every rule whose conditions all hold. Throws with the reason on failure.
 */
export function processData(ctx: Ctx, node: Row, raw: Json): Json {
  const inventory = (raw["inventory"] ?? {}) as Json;
  const cpu = (inventory["cpu"] ?? {}) as Json;
  const memory = (inventory["memory"] ?? {}) as Json;
  const root = (raw["root_disk"] ?? {}) as Json;
  const interfaces = (inventory["interfaces"] ?? []) as Json[];
  if (!cpu["count"] || !memory["physical_mb"])
    throw new Error("The following required parameters are missing: ['cpus', 'memory_mb']");
  const properties = {
    cpus: String(cpu["count"]),
    memory_mb: String(memory["physical_mb"]),
    local_gb: String(Math.floor(Number(root["size"] ?? 0) / 1024 ** 3) - 1),
    cpu_arch: String(cpu["architecture"]),
  };
  const data: Json = {
    ...raw,
    ...{ cpus: cpu["count"], memory_mb: memory["physical_mb"], local_gb: Number(properties.local_gb) },
    cpu_arch: cpu["architecture"],
    macs: interfaces.map((i) => i["mac_address"]),
  };
  node["properties"] = { ...(node["properties"] as Json), ...properties };
  node["power_state"] = "power off";
  node["updated_at"] = inspectorTime(ctx.cloud.now());
  for (const rule of ctx.cloud.state.introspectionRules) {
    if (rule["scope"] && (node["properties"] as Json)["inspection_scope"] !== rule["scope"]) continue;
    const conditions = (rule["conditions"] ?? []) as Json[];
    const holds = conditions.every((c) => {
      const op = OPS[String(c["op"])] ?? fail(400, `Unsupported condition operator ${String(c["op"])}`);
      return op(valueAt(data, node, String(c["field"])), c["value"]) !== Boolean(c["invert"]);
    });
    if (holds) runActions(node, (rule["actions"] ?? []) as Json[]);
  }
  return data;
}
