// Every sample of Designate's API reference for a resource or call this package declares,
// and the call that reads or sends it. Where the files come from: SOURCE.md.
import type { Body, Facade, RequestCase, ResponseCase } from "./sample-cases.js";

const S = "samples/";
const ID = "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3";
const zone_id = "2150b1bf-dee2-4221-9d85-11f7886fb15f";
const zone = zone_id;

export const responseCases: ResponseCase[] = [
  // zones
  { file: `${S}zones/zone-response.json`, call: (f) => f.getZone(ID) },
  { file: `${S}zones/list-zones-response.json`, call: (f) => f.listZones({ limit: 1 }, { maxItems: 1 }), key: "zones" },
  // A zone's DELETE answers the zone, PENDING: the same body as a read of it then.
  { file: `${S}zones/delete-zone-response.json`, call: (f) => f.getZone(ID) },
  {
    file: `${S}zones/show-zone-nameservers-response.json`,
    call: (f) => f.getZoneNameservers({ zone }),
    key: "nameservers",
  },
  // recordsets
  { file: `${S}recordsets/show-recordset-response.json`, call: (f) => f.getRecordset("r", { zone_id }) },
  { file: `${S}recordsets/delete-recordset-response.json`, call: (f) => f.getRecordset("r", { zone_id }) },
  {
    file: `${S}recordsets/list-recordset-in-zone-response.json`,
    call: (f) => f.listRecordsets({ zone_id, limit: 1 }, { maxItems: 1 }),
    key: "recordsets",
  },
  {
    file: `${S}recordsets/list-all-recordset-response.json`,
    call: (f) => f.listAllRecordsets({ limit: 1 }, { maxItems: 1 }),
    key: "recordsets",
  },
  // imports, exports
  { file: `${S}zones/show-zone-import-response.json`, call: (f) => f.getZoneImport("i") },
  { file: `${S}zones/list-zone-import-response.json`, call: (f) => f.listZoneImports(), key: "imports" },
  { file: `${S}zones/show-zone-export-response.json`, call: (f) => f.getZoneExport("e") },
  { file: `${S}zones/create-zone-export-response.json`, call: (f) => f.createZoneExport({ zone }) },
  { file: `${S}zones/list-zone-export-response.json`, call: (f) => f.listZoneExports(), key: "exports" },
  // transfers
  { file: `${S}zones/show-zone-transfer-request-response.json`, call: (f) => f.getZoneTransferRequest("t") },
  {
    file: `${S}zones/list-zone-transfer-request-response.json`,
    call: (f) => f.listZoneTransferRequests(),
    key: "transfer_requests",
  },
  {
    file: `${S}zones/list-zone-transfer-accept-response.json`,
    call: (f) => f.listZoneTransferAccepts(),
    key: "transfer_accepts",
  },
  // shared zones
  { file: `${S}zones/list-share-zone-response.json`, call: (f) => f.listZoneShares({ zone_id }), key: "shared_zones" },
  // PTR records of floating IPs
  { file: `${S}reverse_floatingips/ptr-record-response.json`, call: (f) => f.getFloatingIp("RegionOne:c5742ac0") },
  {
    file: `${S}reverse_floatingips/list-ptr-record-response.json`,
    call: (f) => f.listFloatingIps(),
    key: "floatingips",
  },
  // admin
  { file: `${S}tlds/tld-response.json`, call: (f) => f.getTld("t") },
  { file: `${S}tlds/list-tlds-response.json`, call: (f) => f.listTlds(), key: "tlds" },
  { file: `${S}blacklists/blacklist-response.json`, call: (f) => f.getBlacklist("b") },
  { file: `${S}blacklists/list-blacklists-response.json`, call: (f) => f.listBlacklists(), key: "blacklists" },
  { file: `${S}pools/show-pool-response.json`, call: (f) => f.getPool("p") },
  { file: `${S}pools/list-pools-response.json`, call: (f) => f.listPools(), key: "pools" },
  { file: `${S}quotas/get-quotas-response.json`, call: (f) => f.getQuota("project") },
  { file: `${S}limits/get-limits-response.json`, call: (f) => f.getLimits() },
  { file: `${S}service_status/service_status_show.json`, call: (f) => f.getServiceStatus("s") },
  {
    file: `${S}service_status/service_status_list.json`,
    call: (f) => f.listServiceStatuses(),
    key: "service_statuses",
  },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}zones/create-zone-request.json`,
    call: (f, body) => f.createZone(body),
    response: `${S}zones/zone-response.json`,
  },
  {
    file: `${S}zones/update-zone-request.json`,
    call: (f, body) => f.updateZone(ID, body),
    response: `${S}zones/update-zone-response.json`,
  },
  { file: `${S}zones/poolmove-zone-request.json`, call: (f, body) => f.moveZonePool({ zone, ...body }) },
  ...["", "mx-", "spf-", "srv-", "sshfp-"].map((kind) => ({
    file: `${S}recordsets/create-${kind}recordset-request.json`,
    call: (f: Facade, body: Body) => f.createRecordset({ zone_id, ...body }),
    response: `${S}recordsets/create-${kind}recordset-response.json`,
  })),
  {
    file: `${S}recordsets/update-recordset-request.json`,
    call: (f, body) => f.updateRecordset("r", body, { zone_id }),
    response: `${S}recordsets/update-recordset-response.json`,
  },
  {
    file: `${S}zones/create-zone-import-request.json`,
    call: (f, body) => f.createZoneImport({ zonefile: body.zonefile }),
    response: `${S}zones/create-zone-import-response.json`,
    sent: (body) => body.zonefile,
    differs:
      "the SDK posts the zone file itself as `text/dns`, the body the reference's own text describes and Designate " +
      "15 (Zed) reads; this sample wraps it in JSON with a pool hint (`attributes`), which the SDK does not send",
  },
  {
    file: `${S}zones/create-zone-transfer-request-request.json`,
    call: (f) => f.createZoneTransferRequest({ zone, target_project_id: "123456" }),
    response: `${S}zones/create-zone-transfer-request-response.json`,
    sent: () => ({ target_project_id: "123456" }),
    differs:
      "the sample sends `project_id`, a field the reference's parameter table does not list; the SDK sends " +
      "`target_project_id`, which the table lists and the response sample shows",
  },
  {
    file: `${S}zones/update-zone-transfer-request-request.json`,
    call: (f, body) => f.updateZoneTransferRequest("t", body),
    response: `${S}zones/update-zone-transfer-request-response.json`,
  },
  {
    file: `${S}zones/create-zone-transfer-accept-request.json`,
    call: (f, body) => f.createZoneTransferAccept(body),
    response: `${S}zones/create-zone-transfer-accept-response.json`,
  },
  {
    file: `${S}zones/share-zone-request.json`,
    call: (f, body) => f.createZoneShare({ zone_id, ...body }),
    response: `${S}zones/share-zone-response.json`,
  },
  {
    file: `${S}reverse_floatingips/set-ptr-record-request.json`,
    call: (f, body) => f.updateFloatingIp("RegionOne:c5742ac0", body),
    response: `${S}reverse_floatingips/ptr-record-response.json`,
  },
  {
    file: `${S}reverse_floatingips/unset-ptr-record-request.json`,
    call: (f) => f.unsetFloatingIp({ floating_ip: "RegionOne:c5742ac0" }),
  },
  {
    file: `${S}tlds/create-tld-request.json`,
    call: (f, body) => f.createTld(body),
    response: `${S}tlds/tld-response.json`,
  },
  {
    file: `${S}tlds/update-tld-request.json`,
    call: (f, body) => f.updateTld("t", body),
    response: `${S}tlds/update-tld-response.json`,
  },
  {
    file: `${S}blacklists/create-blacklist-request.json`,
    call: (f, body) => f.createBlacklist(body),
    response: `${S}blacklists/blacklist-response.json`,
  },
  {
    file: `${S}blacklists/update-blacklist-request.json`,
    call: (f, body) => f.updateBlacklist("b", body),
    response: `${S}blacklists/update-blacklist-response.json`,
  },
  {
    file: `${S}quotas/set-quotas-request.json`,
    call: (f, body) => f.updateQuota("project", body),
    response: `${S}quotas/set-quotas-response.json`,
  },
];
