// Heat stacks for the end-to-end files: a template of real things (network, subnet, volume,
// server) and a template of no real thing, quick to make, update, snapshot and adopt.
import type { Connection } from "@openstack-ts/openstack";
import { uniqueName } from "./cloud.js";
import type { Later } from "./undo-later.js";

/** The template as YAML text, sent as it is: Heat parses it. */
export const serverTemplate = `
heat_template_version: 2018-08-31
parameters:
  image: {type: string}
  cidr: {type: string, default: 10.98.0.0/24}
  volume_size: {type: number, default: 1}
resources:
  net:
    type: OS::Neutron::Net
  subnet:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: {get_param: cidr}}
  volume:
    type: OS::Cinder::Volume
    properties: {size: {get_param: volume_size}}
  server:
    type: OS::Nova::Server
    depends_on: subnet
    properties:
      image: {get_param: image}
      flavor: m1.tiny
      networks: [{network: {get_resource: net}}]
outputs:
  server_id: {value: {get_resource: server}, description: the Nova server}
  cidr: {value: {get_attr: [subnet, cidr]}}
`;

/** A template of no real thing, as an object: quick to make, update, snapshot and adopt. */
export function randomTemplate(length: number) {
  return {
    heat_template_version: "2018-08-31",
    resources: { random: { type: "OS::Heat::RandomString", properties: { length } } },
    outputs: { value: { value: { get_attr: ["random", "value"] } } },
  };
}

/** How the files poll a stack: every half second at first, at most every 2 s, for 2 minutes. */
export const quick = { interval: 500, maxInterval: 2_000, timeout: 120_000 };

/** A stack of `randomTemplate(8)`, complete, deleted after the file by `later`. */
export async function randomStack(connection: Connection, later: Later) {
  const name = uniqueName("stack");
  const created = await connection.orchestration.createStack({ stack_name: name, template: randomTemplate(8) });
  later(`stack ${name}`, () => connection.orchestration.deleteStack(created.id));
  return { name, stack: await connection.orchestration.waitForStack(created, quick) };
}
