import { fromConfig, orchestration } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const heat = conn.orchestration;

const created = await heat.createStack({
  stack_name: "web",
  template: "heat_template_version: 2018-08-31\nresources:\n  net: {type: OS::Neutron::Net}\n", // or an object, or template_url
});
const stack = await heat.waitForStack(created); // CREATE_COMPLETE, or ResourceFailureError with Heat's reason

const ids = orchestration.stackIds(stack); // { stack_name, stack_id }: what is under a stack takes these
for (const r of await heat.listResources(ids)) console.log(r.resource_name, r.physical_resource_id);
await heat.deleteStack(stack);
await heat.waitForDeleteStack(stack);
