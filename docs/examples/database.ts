// A configuration group and a database instance that uses it, then both removed.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const db = conn.database;

// What the operator registered: datastores, their versions, and each version's options.
const mysql = await db.findDatastore("mysql");
if (!mysql) throw new Error("this cloud has no mysql datastore");
const [version] = await db.listDatastoreVersions({ datastore_id: mysql.id });
const options = await db.listDatastoreVersionParameters({ version: version! });
console.log(`${mysql.name} ${version!.name}: ${options.length} options a configuration group may set`);

// A configuration group: Trove checks each value against the version's options.
const group = await db.createConfiguration({
  name: "docs-tuned",
  values: { connect_timeout: 17 },
  datastore: { type: mysql.name, version: version!.name },
});

// An instance: a Nova flavor (Trove names it by str_id), a data volume, the group attached.
const flavor = await db.findFlavor("m1.tiny");
const instance = await db.createInstance({
  name: "docs-orders",
  flavorRef: flavor!.str_id,
  volume: { size: 1 },
  datastore: { type: mysql.name, version: version!.name },
  configuration: group.id,
});
console.log(`${instance.name}: ${instance.status}`); // BUILD until its guest agent reports

// ACTIVE once the guest agent runs the database; ResourceFailureError if the build fails.
const done = await db.waitForInstance(instance, { status: "ACTIVE", timeout: 600_000 }).catch((e: unknown) => e);
console.log(done instanceof Error ? `not ready: ${done.message}` : "ready");

// Trove refuses a delete while the instance builds: wait for ACTIVE or ERROR first.
await db.deleteInstance(instance);
await db.waitForDeleteInstance(instance);
await db.deleteConfiguration(group);
