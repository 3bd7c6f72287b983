import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const zone = await conn.dns.createZone({ name: "example.org.", email: "hostmaster@example.org", ttl: 3600 });
await conn.dns.waitForZone(zone, { status: "ACTIVE" });

const www = await conn.dns.createRecordset({
  zone_id: zone,
  name: "www.example.org.",
  type: "A",
  records: ["192.0.2.10"],
});
await conn.dns.waitForRecordset(www, { status: "ACTIVE" });

const task = await conn.dns.createZoneExport({ zone });
await conn.dns.waitForZoneExport(task, { status: "COMPLETE" });
console.log(await conn.dns.getZoneExportText(task)); // $ORIGIN example.org. …
