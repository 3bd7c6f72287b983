// The script of orchestration-browser.test.ts's page: a stack's whole life through
// `conn.orchestration`, each stack named by its id alone or its name alone, as a dashboard
// names it. It runs in Chromium, bundled from dist/ (support/bundled-page.ts).
export const HEAT_PAGE_SCRIPT = `
import { Connection } from "@openstack-ts/openstack";

const template = (length) => ({
  heat_template_version: "2018-08-31",
  resources: { random: { type: "OS::Heat::RandomString", properties: { length } } },
  outputs: { value: { value: { get_attr: ["random", "value"] } } },
});
const quick = { interval: 500, maxInterval: 2000, timeout: 120000 };
const outcome = async (call) => {
  try {
    await call();
    return "succeeded";
  } catch (error) {
    return error.name + ": " + error.message;
  }
};

window.run = async (login, name) => {
  const conn = new Connection(login);
  const heat = conn.orchestration;
  const { id } = await heat.createStack({ stack_name: name, template: template(8) });
  const created = await heat.waitForStack(id, quick);
  const byId = await heat.getStack(id);
  const byName = await heat.getStack(name);
  const found = await heat.findStack(name);
  const foundById = await heat.findStack(id);
  await heat.updateStack({ stack: id, template: template(12) });
  const updated = await heat.waitForStack(name, { ...quick, status: "UPDATE_COMPLETE" });
  await heat.patchStack({ stack: name, template: template(6) });
  const patched = await heat.waitForStack(id, { ...quick, status: "UPDATE_COMPLETE" });
  const output = (await heat.getStack(name)).outputs?.find((o) => o.output_key === "value");
  await heat.checkStack(name);
  const checked = await heat.waitForStack(id, { ...quick, status: "CHECK_COMPLETE" });
  // Heat's own redirect from stacks/{id}, asked for directly: what the SDK no longer relies on.
  const redirect = await outcome(() => conn.service("orchestration").get("stacks/" + id));
  await heat.deleteStack(name);
  await heat.waitForDeleteStack(id, quick);
  const afterDelete = await heat.getStack(id);
  const findAfterDelete = await heat.findStack(name);
  return {
    id,
    states: [created, byId, byName, found, foundById, updated, patched, checked, afterDelete].map(
      (s) => s.id + " " + s.stack_name + " " + s.stack_status,
    ),
    outputLength: String(output?.output_value ?? "").length,
    redirect,
    findAfterDelete,
  };
};
`;
