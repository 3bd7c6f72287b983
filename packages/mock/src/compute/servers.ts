import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { randomHex, uuid } from "../engine/ids.js";
import { isoSeconds, microseconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";
import { attachNetworks, detachPorts, addressesOf } from "./server-networks.js";
import { badRequest, links, notFound, since } from "./nova.js";

/** Fields added by microversions, and the version each came with. */
const SINCE: [string, string][] = [
  ["OS-EXT-SRV-ATTR:reservation_id", "2.3"],
  ["OS-EXT-SRV-ATTR:launch_index", "2.3"],
  ["OS-EXT-SRV-ATTR:hostname", "2.3"],
  ["OS-EXT-SRV-ATTR:kernel_id", "2.3"],
  ["OS-EXT-SRV-ATTR:ramdisk_id", "2.3"],
  ["OS-EXT-SRV-ATTR:root_device_name", "2.3"],
  ["OS-EXT-SRV-ATTR:user_data", "2.3"],
  ["locked", "2.9"],
  ["host_status", "2.16"],
  ["description", "2.19"],
  ["tags", "2.26"],
  ["trusted_image_certificates", "2.63"],
  ["server_groups", "2.71"],
  ["locked_reason", "2.73"],
];

/** Status as Nova derives it from the VM and task states. */
export function statusOf(server: Row): string {
  const vm = server["OS-EXT-STS:vm_state"];
  const task = server["OS-EXT-STS:task_state"];
  if (vm === "active" && task === "rebooting") return "REBOOT";
  if (vm === "active" && task === "rebooting_hard") return "HARD_REBOOT";
  return (
    {
      building: "BUILD",
      active: "ACTIVE",
      stopped: "SHUTOFF",
      paused: "PAUSED",
      suspended: "SUSPENDED",
      error: "ERROR",
    }[String(vm)] ?? "UNKNOWN"
  );
}

/** What Nova shows of a server at the request's microversion, to an admin or not. */
function view(item: Row, ctx: Ctx): Row {
  const shown: Row = {};
  for (const [key, value] of Object.entries(item)) if (!key.startsWith("_")) shown[key] = value;
  for (const [field, version] of SINCE) if (!since(ctx, version)) delete shown[field];
  if (!ctx.auth?.isAdmin) {
    for (const key of Object.keys(shown)) if (key.startsWith("OS-EXT-SRV-ATTR:")) delete shown[key];
    delete shown["host_status"];
  }
  // From 2.47 the flavor is embedded; before, it is a reference.
  if (!since(ctx, "2.47"))
    shown["flavor"] = {
      id: item["_flavorId"],
      links: [{ rel: "bookmark", href: `${ctx.serviceUrl}/flavors/${item["_flavorId"]}` }],
    };
  if (!["ACTIVE", "BUILD", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING"].includes(shown["status"]))
    delete shown["progress"];
  shown["links"] = links(ctx, "servers", item.id);
  return shown;
}

/** `my server 1` → `my-server-1`, Nova's hostname from the display name. */
const hostnameOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63) || "server";

function build(input: Row, ctx: Ctx): Row {
  const { state } = ctx.cloud;
  if (typeof input["name"] !== "string" || input["name"] === "")
    throw badRequest("Invalid input for field/attribute server. 'name' is a required property");
  const flavor = state.flavors.find(
    (f) =>
      f.id ===
      String(input["flavorRef"] ?? "")
        .split("/")
        .pop(),
  );
  if (!flavor) throw badRequest(`Flavor ${String(input["flavorRef"])} could not be found.`);
  const imageId =
    input["imageRef"] === undefined || input["imageRef"] === ""
      ? undefined
      : String(input["imageRef"]).split("/").pop();
  const image = imageId === undefined ? undefined : state.images.find((i) => i.id === imageId);
  if (imageId !== undefined && !image) throw badRequest(`Image ${imageId} could not be found.`);
  if (imageId === undefined && !Array.isArray(input["block_device_mapping_v2"]))
    throw badRequest("Missing imageRef attribute");
  if (input["networks"] === undefined && since(ctx, "2.37"))
    throw badRequest("Invalid input for field/attribute server. 'networks' is a required property");
  const keyName = input["key_name"] ?? null;
  if (keyName !== null && !state.keypairs.some((k) => k["name"] === keyName && k["user_id"] === ctx.auth?.userId))
    throw badRequest("Invalid key_name provided.");
  const now = isoSeconds(ctx.cloud.now());
  const id = uuid();
  const name = input["name"] as string;
  const groups = (input["security_groups"] as Row[] | undefined) ?? [{ name: "default" }];
  return {
    id,
    name,
    status: "BUILD",
    tenant_id: input["tenant_id"],
    user_id: ctx.auth?.userId,
    metadata: input["metadata"] ?? {},
    hostId: "",
    image: image ? { id: image.id, links: [{ rel: "bookmark", href: `${ctx.serviceUrl}/images/${image.id}` }] } : "",
    flavor: {
      vcpus: flavor["vcpus"],
      ram: flavor["ram"],
      disk: flavor["disk"],
      ephemeral: flavor["OS-FLV-EXT-DATA:ephemeral"] ?? 0,
      swap: flavor["swap"] || 0,
      original_name: flavor["name"],
      extra_specs: flavor["extra_specs"] ?? {},
    },
    created: now,
    updated: now,
    addresses: {},
    accessIPv4: input["accessIPv4"] ?? "",
    accessIPv6: input["accessIPv6"] ?? "",
    "OS-DCF:diskConfig": input["OS-DCF:diskConfig"] ?? "MANUAL",
    progress: 0,
    "OS-EXT-AZ:availability_zone": "",
    config_drive: input["config_drive"] ? "True" : "",
    key_name: keyName,
    "OS-SRV-USG:launched_at": null,
    "OS-SRV-USG:terminated_at": null,
    "OS-EXT-SRV-ATTR:host": null,
    "OS-EXT-SRV-ATTR:instance_name": "",
    "OS-EXT-SRV-ATTR:hypervisor_hostname": null,
    "OS-EXT-SRV-ATTR:reservation_id": `r-${randomHex(4)}`,
    "OS-EXT-SRV-ATTR:launch_index": 0,
    "OS-EXT-SRV-ATTR:hostname": input["hostname"] ?? hostnameOf(name),
    "OS-EXT-SRV-ATTR:kernel_id": "",
    "OS-EXT-SRV-ATTR:ramdisk_id": "",
    "OS-EXT-SRV-ATTR:root_device_name": null,
    "OS-EXT-SRV-ATTR:user_data": input["user_data"] ?? null,
    "OS-EXT-STS:task_state": "scheduling",
    "OS-EXT-STS:vm_state": "building",
    "OS-EXT-STS:power_state": 0,
    "os-extended-volumes:volumes_attached": [],
    host_status: "",
    locked: false,
    locked_reason: null,
    description: input["description"] ?? null,
    tags: input["tags"] ?? [],
    trusted_image_certificates: input["trusted_image_certificates"] ?? null,
    server_groups: [],
    security_groups: groups.map((g) => ({ name: g["name"] })),
    _flavorId: flavor.id,
    _adminPass: input["adminPass"] ?? randomHex(6),
    _networks: input["networks"] ?? "auto",
  };
}

/** The change a finished build makes: the server is ACTIVE on the fake host, with its addresses. */
function activate(ctx: Ctx, server: Row): void {
  const count = ctx.cloud.state.servers.indexOf(server) + 1;
  Object.assign(server, {
    "OS-EXT-STS:vm_state": "active",
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:power_state": 1,
    hostId: randomHex(28),
    "OS-EXT-AZ:availability_zone": "nova",
    "OS-SRV-USG:launched_at": microseconds(ctx.cloud.now()),
    "OS-EXT-SRV-ATTR:host": "mock-compute",
    "OS-EXT-SRV-ATTR:hypervisor_hostname": "mock-compute",
    "OS-EXT-SRV-ATTR:instance_name": `instance-${count.toString(16).padStart(8, "0")}`,
    "OS-EXT-SRV-ATTR:root_device_name": "/dev/vda",
    host_status: "UP",
    addresses: addressesOf(ctx, server),
    updated: isoSeconds(ctx.cloud.now()),
  });
  server["status"] = statusOf(server);
}

const tagFilter = (kind: "all" | "any" | "none-all" | "none-any") => (item: Row, values: readonly string[]) => {
  const have = new Set<string>(item["tags"]);
  const wanted = values.flatMap((v) => v.split(",")).filter(Boolean);
  const all = wanted.every((t) => have.has(t));
  const any = wanted.some((t) => have.has(t));
  return kind === "all" ? all : kind === "any" ? any : kind === "none-all" ? !all : !any;
};

export const servers: CollectionSpec = {
  state: "servers",
  path: "v2.1/servers",
  key: "server",
  pluralKey: "servers",
  detailList: true,
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "nova",
  order: "newest",
  unknownFilters: "ignore",
  filters: {
    name: "regex",
    status: "ci",
    image: (item, [id]) => item["image"]?.id === id,
    flavor: (item, [id]) => item["_flavorId"] === id,
    host: { field: "OS-EXT-SRV-ATTR:host" },
    key_name: "exact",
    availability_zone: { field: "OS-EXT-AZ:availability_zone" },
    user_id: "exact",
    project_id: { field: "tenant_id" },
    tenant_id: "exact",
    uuid: { field: "id" },
    vm_state: { field: "OS-EXT-STS:vm_state" },
    task_state: { field: "OS-EXT-STS:task_state" },
    locked: "bool",
    ip: (item, [pattern]) => JSON.stringify(item["addresses"]).match(new RegExp(pattern ?? "")) !== null,
    "changes-since": (item, [when]) => Date.parse(item["updated"]) >= Date.parse(when ?? ""),
    tags: tagFilter("all"),
    "tags-any": tagFilter("any"),
    "not-tags": tagFilter("none-all"),
    "not-tags-any": tagFilter("none-any"),
  },
  access: { owner: ["tenant_id"], admin: "all_tenants" },
  statuses: { create: 202 },
  notFound: notFound("Instance"),
  consumes: ["flavorRef", "imageRef", "networks", "adminPass", "user_data", "hostname", "security_groups"],
  build,
  afterCreate: (item, ctx) => {
    attachNetworks(ctx, item);
    ctx.cloud.later(() => {
      if (ctx.cloud.state.servers.includes(item) && item["OS-EXT-STS:vm_state"] === "building") activate(ctx, item);
    });
  },
  // What Nova answers a create with: the id, links and the admin password, not the server.
  createdView: (item, ctx) => ({
    id: item.id,
    links: links(ctx, "servers", item.id),
    "OS-DCF:diskConfig": item["OS-DCF:diskConfig"],
    security_groups: item["security_groups"],
    adminPass: item["_adminPass"],
  }),
  createHeaders: (item, ctx) => ({ Location: `${ctx.serviceUrl}/v2.1/servers/${item.id}` }),
  updatable: ["name", "description", "accessIPv4", "accessIPv6", "OS-DCF:diskConfig", "hostname"],
  unknownField: (names) =>
    new ApiError(
      400,
      `Invalid input for field/attribute server. Additional properties are not allowed (${names.map((n) => `'${n}'`).join(", ")} was unexpected)`,
    ),
  change: (item, input) => {
    const { hostname, ...rest } = input;
    Object.assign(item, rest);
    if (hostname !== undefined) item["OS-EXT-SRV-ATTR:hostname"] = hostname;
  },
  touch: (item, ctx) => void (item["updated"] = isoSeconds(ctx.cloud.now())),
  view,
  summary: (item, ctx) => ({ id: item.id, name: item["name"], links: links(ctx, "servers", item.id) }),
  // A deleted server lingers in task_state `deleting` for the cloud's delay, then is gone with its ports.
  remove: (item, ctx) => {
    item["OS-EXT-STS:task_state"] = "deleting";
    ctx.cloud.later(() => detachPorts(ctx, item));
    return "later";
  },
};
