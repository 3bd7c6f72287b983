// openstack-ts beside Python's openstacksdk on the same Ironic: the same ids, in the same
// order, from the same lists of nodes (all, by state, by driver), ports and port groups (by
// node), chassis, drivers and conductors, with a field or two of each. What we make here we
// make with our SDK; openstacksdk only lists (support/sdk-ids.py).
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";
import { beside, pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const later = undoLater();
interface Ask {
  method: "nodes" | "ports" | "port_groups" | "chassis" | "drivers" | "conductors";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list of its baremetal proxy, as clouds.yaml's `local` admin. */
const openstacksdk = (lists: Record<string, Ask>) =>
  pythonLists(Object.fromEntries(Object.entries(lists).map(([name, ask]) => [name, { service: "baremetal", ...ask }])));

const made = { nodes: [] as string[], ports: [] as string[] };
let nodeOfPorts = "";

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName(`parity-${i}`) });
    later(`node ${node.name}`, () => conn.baremetal.deleteNode(node));
    made.nodes.push(node.uuid);
  }
  nodeOfPorts = made.nodes[0]!;
  for (const address of ["02:00:00:aa:00:01", "02:00:00:aa:00:02"].map((a) =>
    a.replace("aa", Date.now().toString(16).slice(-2)),
  )) {
    const port = await conn.baremetal.createPort({ node_uuid: nodeOfPorts, address });
    later(`port ${address}`, () => conn.baremetal.deletePort(port));
    made.ports.push(port.uuid);
  }
}, 120_000);

describe("Ironic beside openstacksdk", () => {
  it("gives the node ids, names and states openstacksdk gives, in its order, in full, by state and by driver", async () => {
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.baremetal.listNodes()).map((n) => [n.uuid, n.name, n.provision_state]),
        enroll: (await conn.baremetal.listNodes({ provision_state: "enroll" })).map((n) => n.uuid),
        fake: (await conn.baremetal.listNodes({ driver: "fake-hardware" })).map((n) => n.uuid),
      }),
      () => {
        const lists = openstacksdk({
          all: { method: "nodes", query: { details: true }, fields: ["name", "provision_state"] },
          enroll: { method: "nodes", query: { provision_state: "enroll" } },
          fake: { method: "nodes", query: { driver: "fake-hardware" } },
        });
        return {
          all: lists["all"]!.map((n) => [n["id"], n["name"], n["provision_state"]]),
          enroll: lists["enroll"]!.map((n) => n["id"]),
          fake: lists["fake"]!.map((n) => n["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.enroll).toEqual(expect.arrayContaining(made.nodes));
  });

  it("gives the port ids and addresses openstacksdk gives, in full and by node", async () => {
    const { python, ours } = await beside(
      async () => ({
        all: (await conn.baremetal.listPorts()).map((p) => [p.uuid, p.address]),
        byNode: (await conn.baremetal.listPorts({ node_uuid: nodeOfPorts })).map((p) => p.uuid),
      }),
      () => {
        const lists = openstacksdk({
          all: { method: "ports", query: { details: true }, fields: ["address"] },
          byNode: { method: "ports", query: { node_uuid: nodeOfPorts } },
        });
        return {
          all: lists["all"]!.map((p) => [p["id"], p["address"]]),
          byNode: lists["byNode"]!.map((p) => p["id"]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect([...python.byNode].sort()).toEqual([...made.ports].sort());
  });

  it("gives the port groups, chassis, drivers and conductors openstacksdk gives", async () => {
    const { python, ours } = await beside(
      async () => ({
        portGroups: (await conn.baremetal.listPortGroups()).map((g) => g.uuid),
        chassis: (await conn.baremetal.listChassis()).map((c) => c.uuid),
        drivers: (await conn.baremetal.listDrivers()).map((d) => [d.name, d.hosts]),
        conductors: (await conn.baremetal.listConductors()).map((c) => [c.hostname, c.alive]),
      }),
      () => {
        const lists = openstacksdk({
          portGroups: { method: "port_groups" },
          chassis: { method: "chassis" },
          drivers: { method: "drivers", fields: ["hosts"] },
          // not details=True: openstacksdk then asks for /v1/conductors/detail, which Ironic does not have
          conductors: { method: "conductors", fields: ["hostname", "alive"] },
        });
        return {
          portGroups: lists["portGroups"]!.map((g) => g["id"]),
          chassis: lists["chassis"]!.map((c) => c["id"]),
          drivers: lists["drivers"]!.map((d) => [d["id"], d["hosts"]]),
          conductors: lists["conductors"]!.map((c) => [c["hostname"], c["alive"]]),
        };
      },
    );
    expect(ours).toContainEqual(python);
    expect(python.drivers).toContainEqual(["fake-hardware", ["127.0.0.1"]]);
  });
});
