// A share, waited for until the backend has made it, opened to one address, snapshotted,
// grown, then deleted with its snapshot.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const manila = conn.sharedFileSystem;

const created = await manila.createShare({ share_proto: "NFS", size: 1, name: "docs-example" });
const share = await manila.waitForShare(created, { status: "available" }); // error ends the wait
for (const location of await manila.listExportLocations({ share_id: share })) console.log(location.path);

const rule = await manila.createAccessRule({ share_id: share, access_type: "ip", access_to: "192.0.2.10" });
await manila.waitForAccessRule(rule, { status: "active" }); // its `state`

const snapshot = await manila.createShareSnapshot({ share_id: share.id, name: "docs-example-snap" });
await manila.waitForShareSnapshot(snapshot, { status: "available" });

await manila.extendShare({ share, new_size: 2 }); // the share goes `extending`, then back
console.log((await manila.waitForShare(share, { status: "available" })).size); // 2

await manila.deleteShareSnapshot(snapshot);
await manila.waitForDeleteShareSnapshot(snapshot); // a share with snapshots cannot be deleted
await manila.deleteShare(share);
await manila.waitForDeleteShare(share);
