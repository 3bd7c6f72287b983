// Every sample of Magnum's API reference (api-ref/source/samples), the call that reads or
// sends it, or why none does. Where the files come from: SOURCE.md.
import type { RequestCase, ResponseCase, Uncovered } from "./sample-cases.js";

const S = "samples/";
const TEMPLATE = "0562d357-8641-4759-8fed-8173f02c9633";
const CLUSTER = "746e779a-751a-456b-a3e9-c883d734946f";
const CA_CLUSTER = "0b4b766f-1500-44b3-9804-5a6e12fe6df4";
const PROJECT = "aa5436ab58144c768ca4e9d2e9f5c3b2";

export const responseCases: ResponseCase[] = [
  { file: `${S}clustertemplate-get-all-resp.json`, call: (f) => f.listClusterTemplates(), key: "clustertemplates" },
  { file: `${S}cluster-get-one-resp.json`, call: (f) => f.getCluster(CLUSTER) },
  { file: `${S}cluster-get-all-resp.json`, call: (f) => f.listClusters(), key: "clusters" },
  { file: `${S}certificates-ca-show-resp.json`, call: (f) => f.getClusterCertificate({ cluster: CA_CLUSTER }) },
  { file: `${S}mservice-get-resp.json`, call: (f) => f.listServices(), key: "mservices" },
  { file: `${S}quota-get-all-resp.json`, call: (f) => f.listQuotas(), key: "quotas" },
  { file: `${S}quota-get-one-resp.json`, call: (f) => f.getQuota({ project_id: PROJECT, resource: "Cluster" }) },
  { file: `${S}stats-get-resp.json`, call: (f) => f.getStats({ project_id: PROJECT, type: "cluster" }) },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}clustertemplate-create-req.json`,
    call: (f, r) => f.createClusterTemplate(r),
    response: `${S}clustertemplate-create-resp.json`,
  },
  {
    file: `${S}clustertemplate-update-req.json`,
    call: (f) => f.updateClusterTemplate(TEMPLATE, { master_lb_enabled: true, registry_enabled: true }),
    // answered with a template, as Magnum answers an update
    response: `${S}clustertemplate-create-resp.json`,
    fetched: `${S}clustertemplate-create-resp.json`,
    sent: () => [
      { op: "replace", path: "/master_lb_enabled", value: true },
      { op: "replace", path: "/registry_enabled", value: true },
    ],
    differs: "booleans as JSON booleans, not the strings 'True'",
  },
  {
    file: `${S}cluster-create-req.json`,
    call: (f, r) => f.createCluster(r),
    response: `${S}cluster-create-resp.json`,
    fetched: `${S}cluster-get-one-resp.json`,
  },
  {
    file: `${S}cluster-update-req.json`,
    call: (f, r) => f.updateCluster(CLUSTER, { node_count: r[0].value }),
    response: `${S}cluster-create-resp.json`,
    fetched: `${S}cluster-get-one-resp.json`,
  },
  {
    file: `${S}cluster-resize-req.json`,
    call: (f, r) => f.resizeCluster({ cluster: CLUSTER, ...r }),
    response: `${S}cluster-resize-resp.json`,
  },
  {
    file: `${S}cluster-upgrade-req.json`,
    call: (f, r) => f.upgradeCluster({ cluster: CLUSTER, ...r }),
    response: `${S}cluster-upgrade-resp.json`,
  },
  {
    file: `${S}certificates-ca-sign-req.json`,
    call: (f, r) => f.createClusterCertificate(r),
    response: `${S}certificates-ca-sign-resp.json`,
  },
  { file: `${S}quota-create-req.json`, call: (f, r) => f.createQuota(r), response: `${S}quota-create-resp.json` },
  { file: `${S}quota-update-req.json`, call: (f, r) => f.updateQuota(r), response: `${S}quota-update-resp.json` },
  {
    file: `${S}quota-delete-req.json`,
    call: (f, r) => f.deleteQuota(r),
    sent: () => undefined,
    differs:
      "the project and resource go in the path (DELETE quotas/{project_id}/{resource}), which is where Magnum reads them; no body",
  },
];

/**
 * The root's list of versions, and v1's own document, which names its resources but no
 * version or microversions: discovery reads nothing from it and asks the root.
 */
export const versionCases: { file: string; min?: string; max?: string }[] = [
  { file: `${S}versions-get-resp.json`, min: "1.1", max: "1.4" },
  { file: `${S}versions-01-get-resp.json` },
];

export const uncovered: Uncovered[] = [
  ...["bay-create-resp", "bay-update-req", "baymodel-create-req", "baymodel-update-req"].map((name) => ({
    file: `${S}${name}.json`,
    why: "the Bay API: the deprecated names of clusters and cluster templates, which openstacksdk does not offer either",
  })),
];
