// A stack from a YAML template (a network and a random string), its resources and output
// read, then the stack deleted with everything it made.
import { fromConfig, orchestration } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const template = `
heat_template_version: 2018-08-31
parameters:
  length: {type: number, default: 8}
resources:
  net: {type: OS::Neutron::Net, properties: {name: docs-heat-net}}
  secret: {type: OS::Heat::RandomString, properties: {length: {get_param: length}}}
outputs:
  secret: {value: {get_attr: [secret, value]}}
`;

// YAML text is sent as it is (Heat parses it); an object would be sent as JSON.
const created = await conn.orchestration.createStack({
  stack_name: "docs-stack",
  template,
  parameters: { length: 12 },
});
// Polls stack_status; a *_FAILED state throws ResourceFailureError with Heat's reason.
const stack = await conn.orchestration.waitForStack(created, { interval: 1_000 });

const ids = orchestration.stackIds(stack); // what the calls under a stack take
for (const resource of await conn.orchestration.listResources(ids)) {
  console.log(resource.resource_name, resource.resource_type, resource.physical_resource_id);
}
const output = await conn.orchestration.getStackOutput("secret", ids);
console.log("secret has", String(output.output_value).length, "characters");

await conn.orchestration.deleteStack(stack);
await conn.orchestration.waitForDeleteStack(stack, { interval: 1_000 });
