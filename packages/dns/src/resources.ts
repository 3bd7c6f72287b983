// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Zone, zones } from "./zones/zone.js";
export { Recordset, recordsets } from "./recordsets/recordset.js";
export { type RecordsetOfAnyZone, allRecordsets } from "./recordsets/all-recordsets.js";
export { ZoneImport, zoneImports } from "./zone-imports/zone-import.js";
export { ZoneExport, zoneExports } from "./zone-exports/zone-export.js";
export { ZoneTransferRequest, zoneTransferRequests } from "./zone-transfers/transfer-request.js";
export { ZoneTransferAccept, zoneTransferAccepts } from "./zone-transfers/transfer-accept.js";
export { ZoneShare, zoneShares } from "./zone-shares/zone-share.js";
export { FloatingIp, floatingIps } from "./floating-ips/floating-ip.js";
export { Tld, tlds } from "./tlds/tld.js";
export { Blacklist, blacklists } from "./blacklists/blacklist.js";
export { Pool, pools } from "./pools/pool.js";
export { Quota, quotas } from "./quotas/quota.js";
export { ServiceStatus, serviceStatuses } from "./service-statuses/service-status.js";
