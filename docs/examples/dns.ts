// A zone with a recordset, each waited for until the pool's nameservers serve it, exported
// to a zone file, then deleted.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const zone = await conn.dns.createZone({ name: "docs-example.org.", email: "hostmaster@docs-example.org", ttl: 3600 });
await conn.dns.waitForZone(zone, { status: "ACTIVE" }); // ERROR ends the wait with ResourceFailureError

const www = await conn.dns.createRecordset({
  zone_id: zone,
  name: "www.docs-example.org.",
  type: "A",
  records: ["192.0.2.10", "192.0.2.11"],
});
await conn.dns.waitForRecordset(www, { status: "ACTIVE" });

const task = await conn.dns.createZoneExport({ zone });
await conn.dns.waitForZoneExport(task, { status: "COMPLETE" });
console.log(await conn.dns.getZoneExportText(task)); // $ORIGIN docs-example.org. …

await conn.dns.deleteZone(zone); // its recordsets go with it
await conn.dns.waitForDeleteZone(zone);
