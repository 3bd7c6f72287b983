import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const share = await conn.sharedFileSystem.createShare({ share_proto: "NFS", size: 1, name: "data" });
await conn.sharedFileSystem.waitForShare(share, { status: "available" });
const rule = await conn.sharedFileSystem.createAccessRule({
  share_id: share,
  access_type: "ip",
  access_to: "192.0.2.10",
});
await conn.sharedFileSystem.waitForAccessRule(rule, { status: "active" });
console.log(await conn.sharedFileSystem.listExportLocations({ share_id: share }));
