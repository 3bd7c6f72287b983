// Every JSON sample of Heat's API reference, and the call that reads or sends it. Where the
// files come from, and the few that no call reads: SOURCE.md.
import type { RequestCase, ResponseCase } from "./sample-cases.js";

const S = "v1/samples/";
const ids = { stack_name: "simple_stack", stack_id: "3095aefc-09fb-4bc7-b1f0-f21a304e864c" };
/** A stack object: the calls on or under a stack take its canonical path from it, with no lookup. */
const stack = { stack_name: ids.stack_name, id: ids.stack_id };
const resource_name = "random_key_name";

export const responseCases: ResponseCase[] = [
  { file: `${S}build-info-response.json`, call: (f) => f.getBuildInfo() },
  { file: `${S}config-show-response.json`, call: (f) => f.getSoftwareConfig("c"), key: "software_config" },
  {
    file: `${S}deployment-metadata-response.json`,
    call: (f) => f.getSoftwareDeploymentMetadata({ server_id: "s" }),
    key: "metadata",
  },
  { file: `${S}deployment-show-response.json`, call: (f) => f.getSoftwareDeployment("d"), key: "software_deployment" },
  { file: `${S}deployments-list-response.json`, call: (f) => f.listSoftwareDeployments(), key: "software_deployments" },
  {
    file: `${S}event-show-response.json`,
    call: (f) => f.getResourceEvent("e", { ...ids, resource_name }),
    key: "event",
  },
  { file: `${S}events-list-response.json`, call: (f) => f.listStackEvents(ids), key: "events" },
  {
    file: `${S}resource-metadata-response.json`,
    call: (f) => f.getResourceMetadata({ ...ids, resource_name }),
    key: "metadata",
  },
  { file: `${S}resource-schema-response.json`, call: (f) => f.getResourceTypeSchema({ type_name: "OS::X::Y" }) },
  { file: `${S}resource-show-response.json`, call: (f) => f.getResource(resource_name, ids), key: "resource" },
  ...["resource-type-template-hot-response", "resource-type-template-response"].map((name) => ({
    file: `${S}${name}.json`,
    call: (f: Parameters<ResponseCase["call"]>[0]) =>
      f.getResourceTypeTemplate({
        type_name: "OS::Nova::KeyPair",
        template_type: name.includes("hot") ? "hot" : "cfn",
      }),
  })),
  ...["resource-types-list-advanced-response", "resource-types-list-response"].map((name) => ({
    file: `${S}${name}.json`,
    call: (f: Parameters<ResponseCase["call"]>[0]) =>
      f.listResourceTypes({ with_description: name.includes("advanced") }),
    key: "resource_types",
  })),
  { file: `${S}resources-list-response.json`, call: (f) => f.listResources(ids), key: "resources" },
  { file: `${S}services-list-response.json`, call: (f) => f.listServices(), key: "services" },
  { file: `${S}stack-abandon-response.json`, call: (f) => f.abandonStack(ids) },
  { file: `${S}stack-environment-show-response.json`, call: (f) => f.getStackEnvironment(ids) },
  { file: `${S}stack-export-response.json`, call: (f) => f.exportStack(ids) },
  { file: `${S}stack-files-show-response.json`, call: (f) => f.getStackFiles(ids) },
  { file: `${S}stack-output-show-response.json`, call: (f) => f.getStackOutput("output_name", ids), key: "output" },
  { file: `${S}stack-outputs-list-response.json`, call: (f) => f.listStackOutputs(ids), key: "outputs" },
  {
    file: `${S}stack-preview-response.json`,
    call: (f) => f.previewStack({ stack_name: "teststack", template: {} }),
    key: "stack",
  },
  { file: `${S}stack-show-response.json`, call: (f) => f.getStack(stack), key: "stack" },
  { file: `${S}stack-snapshot-show-response.json`, call: (f) => f.getStackSnapshot("x", ids), key: "snapshot" },
  { file: `${S}stack-snapshots-list-response.json`, call: (f) => f.listStackSnapshots(ids), key: "snapshots" },
  {
    file: `${S}stack-update-preview-response.json`,
    call: (f) => f.previewUpdateStack({ ...ids, template: {} }),
    answer: (body) => ({ resource_changes: body }),
    differs:
      "Heat answers the changes under `resource_changes` (stacks.py, preview_update); the sample prints them bare",
  },
  { file: `${S}stacks-list-response.json`, call: (f) => f.listStacks(), key: "stacks" },
  {
    file: `${S}template-functions-list-response.json`,
    call: (f) => f.listTemplateFunctions({ template_version: "heat_template_version.2016-10-14" }),
    key: "template_functions",
  },
  { file: `${S}template-show-response.json`, call: (f) => f.getStackTemplate(ids) },
  { file: `${S}template-versions-response.json`, call: (f) => f.listTemplateVersions(), key: "template_versions" },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}config-create-request.json`,
    call: (f, body) => f.createSoftwareConfig(body),
    response: `${S}config-create-response.json`,
    key: "software_config",
  },
  {
    file: `${S}deployment-create-request.json`,
    call: (f, body) => f.createSoftwareDeployment(body),
    response: `${S}deployment-create-response.json`,
    key: "software_deployment",
  },
  {
    file: `${S}deployment-update-request.json`,
    call: (f, body) => f.updateSoftwareDeployment({ deployment: "d", ...body }),
    response: `${S}deployment-update-response.json`,
    key: "software_deployment",
  },
  { file: `${S}stack-action-cancel-update-request.json`, call: (f) => f.cancelStackUpdate(stack) },
  {
    file: `${S}stack-action-cancel-without-rollback-request.json`,
    call: (f) => f.cancelStackUpdate(stack, { rollback: false }),
  },
  { file: `${S}stack-action-check-request.json`, call: (f) => f.checkStack(stack) },
  { file: `${S}stack-action-resume-request.json`, call: (f) => f.resumeStack(stack) },
  { file: `${S}stack-action-suspend-request.json`, call: (f) => f.suspendStack(stack) },
  {
    file: `${S}stack-adopt-request.json`,
    call: (f, body) => f.adoptStack(body),
    // The reference prints no adopt response; Heat answers as it does a create.
    response: `${S}stack-create-response.json`,
    key: "stack",
    sent: (body) => ({ ...body, adopt_stack_data: JSON.stringify(body.adopt_stack_data) }),
    differs:
      "the SDK sends `adopt_stack_data` as JSON text: Heat parses it with simple_parse (text only), and the CLI " +
      "sends the file's text; an object, as printed, would not parse",
  },
  {
    file: `${S}stack-create-request.json`,
    call: (f, body) => f.createStack(body),
    response: `${S}stack-create-response.json`,
    key: "stack",
  },
  {
    file: `${S}stack-snapshot-request.json`,
    call: (f, body) => f.createStackSnapshot({ stack, ...body }),
    response: `${S}stack-snapshot-response.json`,
  },
  {
    file: `${S}stack-update-request.json`,
    call: (f, body) => f.updateStack({ stack, ...body }),
    response: `${S}stack-update-response.json`,
    unread: true,
  },
  {
    file: `${S}template-validate-request.json`,
    call: (f, body) => f.validateTemplate(body),
    response: `${S}template-validate-response.json`,
  },
];

/** The 202 message of a restore: answered, not read (the call resolves to nothing). */
export const unreadResponses = [`${S}stack-snapshot-restore-response.json`];

/** Samples no call reads, and why (SOURCE.md says more). */
export const notRead: Record<string, string> = {
  [`${S}configs-list-response.json`]: "not JSON (a trailing comma after the last field)",
  [`${S}events-find-response.json`]: "a 302 from `stacks/{name}/events`: the SDK reads events at the canonical path",
  [`${S}versions-list-response.json`]: "Heat's root document, read by core's discovery (fixtures.ts serves it)",
  [`${S}stack-find-response.json`]:
    "a 302 from `stacks/{name}`: the SDK looks a stack up in the list instead (a browser cannot follow the 302)",
  [`${S}stack-find-delete-response.json`]:
    "a 302 from `stacks/{name}` (to delete): the SDK looks the stack up in the list and deletes at its canonical URL",
};
