import { canSee } from "../engine/crud.js";
import type { Ctx, Row } from "../engine/types.js";
import { networks } from "../network/networks.js";
import { ports } from "../network/ports.js";
import { badRequest } from "./nova.js";

/** Makes (or takes) a Neutron port per requested network for a new server, as Nova asks Neutron to. */
export function attachNetworks(ctx: Ctx, server: Row): void {
  const { state } = ctx.cloud;
  const requested = server["_networks"];
  if (requested === "none") return;
  let entries: Row[];
  if (requested === "auto" || requested === undefined) {
    // Nova's auto-allocation finds the project's own network, or a shared one.
    const visible = state.networks.filter(
      (n) =>
        !n["router:external"] &&
        canSee(networks, n, ctx, "list") &&
        state.subnets.some((s) => s["network_id"] === n.id),
    );
    const own = visible.find((n) => n["project_id"] === server["tenant_id"]) ?? visible.find((n) => n["shared"]);
    entries = own ? [{ uuid: own.id }] : [];
  } else {
    entries = requested as Row[];
  }
  const made: string[] = [];
  for (const entry of entries) {
    if (entry["port"] !== undefined) {
      const port = state.ports.find((p) => p.id === entry["port"]);
      if (!port) throw badRequest(`Port ${entry["port"]} could not be found.`);
      if (port["device_id"]) throw badRequest(`Port ${port.id} is still in use.`);
      Object.assign(port, { device_id: server.id, device_owner: "compute:nova" });
      continue;
    }
    const network = state.networks.find((n) => n.id === entry["uuid"]);
    if (!network || !canSee(networks, network, ctx, "get"))
      throw badRequest(`Network ${String(entry["uuid"])} could not be found.`);
    const fixed = entry["fixed_ip"] === undefined ? undefined : [{ ip_address: entry["fixed_ip"] }];
    const port = ports.build(
      {
        network_id: network.id,
        project_id: server["tenant_id"],
        tenant_id: server["tenant_id"],
        device_id: server.id,
        device_owner: "compute:nova",
        ...(fixed && { fixed_ips: fixed }),
      },
      ctx,
    );
    state.ports.push(port);
    made.push(port.id);
  }
  server["_ports"] = made;
}

/** `{"<network name>": [{addr, version, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}]}` from the server's ports. */
export function addressesOf(ctx: Ctx, server: Row): Row {
  const { state } = ctx.cloud;
  const addresses: Row = {};
  for (const port of state.ports.filter((p) => p["device_id"] === server.id)) {
    const name = state.networks.find((n) => n.id === port["network_id"])?.["name"] ?? port["network_id"];
    addresses[name] = (port["fixed_ips"] as Row[]).map((ip) => ({
      version: String(ip["ip_address"]).includes(":") ? 6 : 4,
      addr: ip["ip_address"],
      "OS-EXT-IPS:type": "fixed",
      "OS-EXT-IPS-MAC:mac_addr": port["mac_address"],
    }));
  }
  return addresses;
}

/** On delete: ports Nova made go; ports the user gave are left, unplugged. */
export function detachPorts(ctx: Ctx, server: Row): void {
  const { state } = ctx.cloud;
  const made = new Set<string>(server["_ports"] ?? []);
  state.ports = state.ports.filter((p) => !made.has(p.id));
  for (const port of state.ports)
    if (port["device_id"] === server.id) Object.assign(port, { device_id: "", device_owner: "" });
}
