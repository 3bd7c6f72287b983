// Every sample of Senlin's API reference (api-ref/source/samples) and the call that reads or
// sends it. Where the files come from: SOURCE.md.
import type { RequestCase, ResponseCase } from "./sample-cases.js";

const S = "samples/";
const CLUSTER = "45edadcb-c73b-4920-87e1-518b2f29f54b";
const NODE = "d5779bb0-f0a0-49c9-88cc-6f078adb5a0b";
const cluster = CLUSTER;
const node = NODE;

/** The discovery documents: what each says of the API's versions and microversions. */
export const versionCases = [
  { file: `${S}versions-list-response.json`, key: "versions", id: "1.0", min: "1.0", max: "1.7" },
  { file: `${S}version-show-response.json`, key: "version", id: "1.0", min: "1.0", max: "1.7" },
];

/** Files that are not JSON at all: tried, and their failure checked, with why. */
export const brokenSamples = [
  {
    file: `${S}action-get-request.json`,
    why: "a trailing comma after the last member: not JSON (the body of updateAction, { status: 'CANCELLED' })",
  },
];

export const responseCases: ResponseCase[] = [
  // types: before 1.5 a type is named with its version; from 1.5 apart, with its support status
  { file: `${S}profile-types-list-response.json`, call: (f) => f.listProfileTypes(), key: "profile_types", max: "1.4" },
  { file: `${S}profile-types-list-response-v1.5.json`, call: (f) => f.listProfileTypes(), key: "profile_types" },
  { file: `${S}profile-type-show-response.json`, call: (f) => f.getProfileType("os.heat.stack-1.0"), max: "1.4" },
  { file: `${S}profile-type-show-response-v1.5.json`, call: (f) => f.getProfileType("os.heat.stack-1.0") },
  {
    file: `${S}profile-type-ops-response.json`,
    call: (f) => f.listProfileTypeOperations({ profile_type: "os.nova.server-1.0" }),
    key: "operations",
  },
  { file: `${S}policy-types-list-response.json`, call: (f) => f.listPolicyTypes(), key: "policy_types", max: "1.4" },
  { file: `${S}policy-types-list-response-v1.5.json`, call: (f) => f.listPolicyTypes(), key: "policy_types" },
  {
    file: `${S}policy-type-show-response.json`,
    call: (f) => f.getPolicyType("senlin.policy.affinity-1.0"),
    max: "1.4",
  },
  { file: `${S}policy-type-show-response-v1.5.json`, call: (f) => f.getPolicyType("senlin.policy.affinity-1.0") },
  // profiles and policies
  { file: `${S}profile-list-response.json`, call: (f) => f.listProfiles(), key: "profiles" },
  { file: `${S}profile-show-response.json`, call: (f) => f.getProfile("17151d8a-f46f-4541-bde0-db3b207c20d2") },
  { file: `${S}policy-list-response.json`, call: (f) => f.listPolicies(), key: "policies" },
  { file: `${S}policy-show-response.json`, call: (f) => f.getPolicy("02f62195-2198-4797-b0a9-877632208527") },
  // clusters, their policies and attributes
  { file: `${S}clusters-list-response.json`, call: (f) => f.listClusters(), key: "clusters" },
  { file: `${S}cluster-list-response.json`, call: (f) => f.listClusters(), key: "clusters" },
  { file: `${S}cluster-show-response.json`, call: (f) => f.getCluster(CLUSTER) },
  {
    file: `${S}cluster-policies-list-response.json`,
    call: (f) => f.listClusterPolicies({ cluster_id: CLUSTER }),
    key: "cluster_policies",
  },
  {
    file: `${S}cluster-policy-show-response.json`,
    call: (f) => f.getClusterPolicy("714fe676-a08f-4196-b7af-61d52eeded15", { cluster_id: CLUSTER }),
  },
  {
    file: `${S}cluster-attrs-list-response.json`,
    call: (f) => f.collectClusterAttrs({ cluster, path: "details.addresses.private[0].addr" }),
    key: "cluster_attributes",
  },
  // nodes
  { file: `${S}node-list-response.json`, call: (f) => f.listNodes(), key: "nodes" },
  { file: `${S}node-show-response.json`, call: (f) => f.getNode(NODE) },
  // receivers, actions, events, services, build information
  { file: `${S}receivers-list-response.json`, call: (f) => f.listReceivers(), key: "receivers" },
  { file: `${S}receiver-show-response.json`, call: (f) => f.getReceiver("573aa1ba-bf45-49fd-907d-6b5d6e6adfd3") },
  { file: `${S}actions-list-response.json`, call: (f) => f.listActions(), key: "actions" },
  { file: `${S}action-get-response.json`, call: (f) => f.getAction("ffbb9175-d510-4bc1-b676-c6aba2a4ca81") },
  { file: `${S}events-list-response.json`, call: (f) => f.listEvents(), key: "events" },
  { file: `${S}event-show-response.json`, call: (f) => f.getEvent("2d255b9c-8f36-41a2-a137-c0175ccc29c3") },
  { file: `${S}services-list-response.json`, call: (f) => f.listServices(), key: "services" },
  { file: `${S}build-show-response.json`, call: (f) => f.getBuildInfo() },
  // what an operation answers: the action's id, the whole body
  { file: `${S}cluster-action-response.json`, call: (f) => f.scaleOutCluster({ cluster }), whole: true },
  { file: `${S}node-action-response.json`, call: (f) => f.checkNode({ node }), whole: true },
  { file: `${S}webhook-action-response.json`, call: (f) => f.triggerReceiver(WEBHOOK_RECEIVER), whole: true },
  {
    file: `${S}node-adopt-preview-response.json`,
    call: (f) => f.adoptNodePreview({ type: "os.nova.server-1.0", identity: "65e27958" }),
    whole: true,
  },
];

/** A webhook receiver as the API would give it, for triggerReceiver (its URL, on the fake Senlin). */
export const WEBHOOK_RECEIVER = {
  id: "573aa1ba-bf45-49fd-907d-6b5d6e6adfd3",
  name: "cluster_inflate",
  type: "webhook",
  channel: { alarm_url: "http://senlin.test:8777/v1/webhooks/573aa1ba/trigger?V=2&count=1" },
};

/** An empty 202 answer, for the operations whose reference gives no response sample. */
const ACTION = `${S}cluster-action-response.json`;

export const requestCases: RequestCase[] = [
  // profiles and policies
  {
    file: `${S}profile-create-request.json`,
    call: (f, r) => f.createProfile(r.profile),
    response: `${S}profile-create-response.json`,
  },
  {
    file: `${S}profile-update-request.json`,
    call: (f, r) => f.updateProfile("17151d8a", r.profile),
    response: `${S}profile-update-response.json`,
  },
  {
    file: `${S}profile-validate-request.json`,
    call: (f, r) => f.validateProfile({ spec: r.profile.spec }),
    response: `${S}profile-validate-response.json`,
  },
  {
    file: `${S}policy-create-request.json`,
    call: (f, r) => f.createPolicy(r.policy),
    response: `${S}policy-create-response.json`,
  },
  {
    file: `${S}policy-update-request.json`,
    call: (f, r) => f.updatePolicy("02f62195", r.policy),
    response: `${S}policy-update-response.json`,
  },
  {
    file: `${S}policy-validate-request.json`,
    call: (f, r) => f.validatePolicy({ spec: r.policy.spec }),
    response: `${S}policy-validate-response.json`,
  },
  // clusters
  {
    file: `${S}cluster-create-request.json`,
    call: (f, r) => f.createCluster({ ...r.cluster, timeout: undefined }),
    response: `${S}cluster-create-response.json`,
    sent: (r) => ({ cluster: { ...r.cluster, timeout: undefined } }),
    differs: "the reference sends timeout null (Senlin's default); the SDK leaves an unset timeout out",
  },
  {
    file: `${S}cluster-update-request.json`,
    call: (f) => f.updateCluster(CLUSTER, { timeout: 30, profile_only: true }),
    response: `${S}cluster-update-response.json`,
    sent: () => ({ cluster: { timeout: 30, profile_only: true } }),
    differs: "the reference sends name, profile_id and metadata as null (unchanged); the SDK sends only what changes",
  },
  {
    file: `${S}cluster-add-nodes-request.json`,
    call: (f, r) => f.addNodesToCluster({ cluster, ...r.add_nodes }),
    response: ACTION,
  },
  {
    file: `${S}cluster-del-nodes-request.json`,
    call: (f, r) => f.removeNodesFromCluster({ cluster, ...r.del_nodes }),
    response: ACTION,
  },
  {
    file: `${S}cluster-replace-nodes-request.json`,
    call: (f, r) => f.replaceNodesInCluster({ cluster, ...r.replace_nodes }),
    response: ACTION,
  },
  {
    file: `${S}cluster-scale-out-request.json`,
    call: (f, r) => f.scaleOutCluster({ cluster, ...r.scale_out }),
    response: ACTION,
  },
  {
    file: `${S}cluster-scale-in-request.json`,
    call: (f, r) => f.scaleInCluster({ cluster, ...r.scale_in }),
    response: ACTION,
  },
  {
    file: `${S}cluster-resize-request.json`,
    call: (f, r) => f.resizeCluster({ cluster, ...r.resize }),
    response: ACTION,
  },
  {
    file: `${S}cluster-attach-policy-request.json`,
    call: (f, r) => f.attachPolicyToCluster({ cluster, ...r.policy_attach }),
    response: ACTION,
  },
  {
    file: `${S}cluster-detach-policy-request.json`,
    call: (f, r) => f.detachPolicyFromCluster({ cluster, ...r.policy_detach }),
    response: ACTION,
  },
  {
    file: `${S}cluster-update-policy-request.json`,
    call: (f, r) => f.updateClusterPolicy({ cluster, ...r.update_policy }),
    response: ACTION,
    sent: (r) => ({ policy_update: r.update_policy }),
    differs: "the reference names the action update_policy; Senlin knows only policy_update (400 otherwise)",
  },
  {
    file: `${S}cluster-check-request.json`,
    call: (f, r) => f.checkCluster({ cluster, params: r.check }),
    response: ACTION,
  },
  {
    file: `${S}cluster-recover-request.json`,
    call: (f, r) => f.recoverCluster({ cluster, params: r.recover }),
    response: ACTION,
  },
  {
    file: `${S}cluster-complete-lifecycle-request.json`,
    call: (f, r) => f.completeClusterLifecycle({ cluster, ...r.complete_lifecycle }),
    response: ACTION,
  },
  {
    file: `${S}cluster-operation-request.json`,
    call: (f, r) => f.performOperationOnCluster({ cluster, operation: "reboot", ...r.reboot }),
    response: ACTION,
  },
  // nodes
  {
    file: `${S}node-create-request.json`,
    call: (f, r) => f.createNode(r.node),
    response: `${S}node-create-response.json`,
  },
  {
    file: `${S}node-update-request.json`,
    call: (f, r) => f.updateNode(NODE, r.node),
    response: `${S}node-show-response.json`,
  },
  {
    file: `${S}node-check-request.json`,
    call: (f, r) => f.checkNode({ node, params: r.check }),
    response: `${S}node-action-response.json`,
  },
  {
    file: `${S}node-recover-request.json`,
    call: (f, r) => f.recoverNode({ node, params: r.recover }),
    response: `${S}node-action-response.json`,
  },
  {
    file: `${S}node-operation-request.json`,
    call: (f, r) => f.performOperationOnNode({ node, operation: "reboot", params: r.reboot }),
    response: `${S}node-action-response.json`,
  },
  {
    file: `${S}node-adopt-request.json`,
    call: (f, r) => f.adoptNode(r),
    response: `${S}node-adopt-response.json`,
  },
  {
    file: `${S}node-adopt-preview-request.json`,
    call: (f, r) => f.adoptNodePreview(r),
    response: `${S}node-adopt-preview-response.json`,
  },
  // receivers
  {
    file: `${S}receiver-create-request.json`,
    call: (f, r) => f.createReceiver(r.receiver),
    response: `${S}receiver-create-response.json`,
  },
  {
    file: `${S}receiver-update-request.json`,
    call: (f, r) => f.updateReceiver("573aa1ba", r.receiver),
    response: `${S}receiver-update-response.json`,
  },
];
