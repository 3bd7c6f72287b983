import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const flavor = await conn.database.findFlavor("m1.small", { ignoreMissing: false });
const db = await conn.database.createInstance({
  name: "orders",
  flavorRef: flavor.str_id,
  volume: { size: 1 },
  datastore: { type: "mysql", version: "5.7.29" },
});
await conn.database.waitForInstance(db, { status: "ACTIVE" }); // ERROR: ResourceFailureError
