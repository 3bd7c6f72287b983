// Every sample of Trove's API reference (api-ref/source/samples) for a resource or call this
// package declares, and the call that reads or sends it. Where the files come from: SOURCE.md.
import type { RequestCase as Sent, ResponseCase as Read } from "../../../../test/support/api-samples.js";
import type { troveCloud } from "../fixtures.js";

/** The façade the cases call, as `troveCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof troveCloud>["setup"]>["facade"];

/** A response case: the call returns the sample's `key` (its only key by default), or, `whole`, all of it. */
export interface ResponseCase extends Read<Facade> {
  whole?: true;
}

/** A request case, answered with its response sample (none: 202 without a body); `method`: its write's, POST by default. */
export interface RequestCase extends Sent<Facade> {
  method?: string;
}

const INSTANCE = "7de1bed8-6983-4d46-9a52-0abfbb0d27a2";
const instance_id = INSTANCE;

export const responseCases: ResponseCase[] = [
  { file: "instance-show-response.json", call: (f) => f.getInstance(INSTANCE) },
  { file: "instance-list-response.json", call: (f) => f.listInstances() },
  // /instances/detail answers the same items with more fields: the list's schema reads them
  { file: "instance-list-detail-response.json", call: (f) => f.listInstances() },
  {
    file: "instance-configuration-list-response.json",
    call: (f) => f.getInstanceConfiguration({ instance: INSTANCE }),
  },
  { file: "user-enable-root-response.json", call: (f) => f.enableRootUser({ instance: INSTANCE }) },
  { file: "user-check-root-response.json", call: (f) => f.isRootEnabled({ instance: INSTANCE }), whole: true },
  { file: "databases-list-response.json", call: (f) => f.listDatabases({ instance_id }) },
  { file: "user-list-response.json", call: (f) => f.listUsers({ instance_id }) },
  { file: "user-show-response.json", call: (f) => f.getUser("dbuser1", { instance_id }) },
  { file: "datastore-list-response.json", call: (f) => f.listDatastores() },
  { file: "datastore-show-response.json", call: (f) => f.getDatastore("mysql") },
  { file: "datastore-version-list-response.json", call: (f) => f.listDatastoreVersions({ datastore_id: "mysql" }) },
  {
    file: "datastore-version-show-response.json",
    call: (f) => f.getDatastoreVersion("5.7", { datastore_id: "mysql" }),
  },
  {
    file: "datastore-version-parameter-list-response.json",
    call: (f) => f.listDatastoreVersionParameters({ version: "b3d5c099-dbd5-4518-baa3-7c7c195671bf" }),
  },
  { file: "config-groups-list-response.json", call: (f) => f.listConfigurations() },
  { file: "config-group-show-response.json", call: (f) => f.getConfiguration("1c8a4fdd-690c-4e6e-b2e1-148b8d738770") },
  {
    file: "config-group-list-instances-response.json",
    call: (f) => f.listConfigurationInstances({ configuration: "1c8a4fdd-690c-4e6e-b2e1-148b8d738770" }),
  },
  { file: "backup-list-response.json", call: (f) => f.listBackups() },
  { file: "backup-get-response.json", call: (f) => f.getBackup("a9832168-7541-4536-b8d9-a8a9b79cf1b4") },
];

export const requestCases: RequestCase[] = [
  {
    file: "instance-create-request.json",
    response: "instance-create-response.json",
    call: (f, r) => f.createInstance(r.instance),
  },
  { file: "instance-action-restart-request.json", call: (f) => f.restartInstance({ instance: INSTANCE }) },
  {
    file: "instance-action-resize-request.json",
    call: (f, r) => f.resizeInstance({ instance: INSTANCE, flavorRef: r.resize.flavorRef }),
  },
  {
    file: "instance-action-resize-volume-request.json",
    call: (f, r) => f.resizeInstanceVolume({ instance: INSTANCE, size: r.resize.volume.size }),
  },
  { file: "instance-action-reset-status-request.json", call: (f) => f.resetInstanceStatus({ instance: INSTANCE }) },
  {
    file: "instance-put-attach-config-group-request.json",
    method: "PUT",
    call: (f, r) => f.updateInstance({ instance: INSTANCE, configuration: r.instance.configuration }),
  },
  {
    file: "instance-put-detach-config-group-request-2.json",
    method: "PUT",
    call: (f) => f.updateInstance({ instance: INSTANCE, configuration: null }),
  },
  {
    file: "instance-put-detach-config-group-request.json",
    method: "PUT",
    call: (f) => f.updateInstance({ instance: INSTANCE, configuration: null }),
    sent: () => ({ instance: { configuration: null } }),
    differs: "an empty instance changes nothing on Zed (no `configuration` key, nothing detached); the SDK sends null",
  },
  {
    file: "instance-patch-update-name-request.json",
    method: "PUT",
    call: (f, r) => f.updateInstance({ instance: INSTANCE, name: r.instance.name }),
    differs: "the same body with PUT: Trove's PATCH is the deprecated alias of its PUT",
  },
  {
    file: "databases-create-request.json",
    call: (f, r) => f.createDatabases({ instance: INSTANCE, databases: r.databases }),
  },
  { file: "user-create-request.json", call: (f, r) => f.createUsers({ instance: INSTANCE, users: r.users }) },
  {
    file: "user-put-request.json",
    method: "PUT",
    call: (f, r) => f.updateUserAttributes({ instance: INSTANCE, user: "dbuser1", ...r.user }),
  },
  {
    file: "config-group-create-request.json",
    response: "config-group-create-response.json",
    call: (f, r) => f.createConfiguration(r.configuration),
  },
  {
    file: "config-group-put-request.json",
    method: "PUT",
    call: (f, r) => f.updateConfiguration({ configuration: "c1", ...r.configuration }),
  },
  {
    file: "config-group-patch-request.json",
    method: "PATCH",
    call: (f, r) => f.patchConfiguration({ configuration: "c1", values: r.configuration.values }),
  },
  {
    file: "backup-create-request.json",
    response: "backup-create-response.json",
    call: (f, r) => f.createBackup(r.backup),
  },
];
