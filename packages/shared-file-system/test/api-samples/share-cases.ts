// Shares, their access rules and snapshots, and share types: Manila's response samples of them,
// and the call that reads each (the index of all cases: cases.ts).
import { ID, many, type ResponseCase, share } from "./sample-cases.js";

export const shareCases: ResponseCase[] = [
  { file: "share-show-response.json", call: (f) => f.getShare(ID), key: "share" },
  { file: "share-create-response.json", call: (f) => f.createShare({ share_proto: "NFS", size: 1 }), key: "share" },
  { file: "share-update-response.json", call: (f) => f.updateShare({ share, name: "x" }), key: "share" },
  {
    file: "share-manage-response.json",
    call: (f) => f.manageShare({ protocol: "NFS", export_path: "p", service_host: "h" }),
    key: "share",
  },
  { file: "shares-list-detailed-response.json", call: (f) => f.listShares({}, many), key: "shares" },
  {
    file: "export-location-list-response.json",
    call: (f) => f.listExportLocations({ share_id: share }),
    key: "export_locations",
  },
  {
    file: "export-location-show-response.json",
    call: (f) => f.getExportLocation({ share_id: share, id: ID }),
    key: "export_location",
  },
  { file: "share-show-metadata-response.json", call: (f) => f.getShareMetadata({ share }), key: "metadata" },
  {
    file: "share-show-metadata-item-response.json",
    call: (f) => f.getShareMetadataItem({ share, key: "project" }),
    key: "meta",
  },
  {
    file: "share-set-metadata-response.json",
    call: (f) => f.createShareMetadata({ share, metadata: {} }),
    key: "metadata",
  },
  {
    file: "share-update-metadata-response.json",
    call: (f) => f.updateShareMetadata({ share, metadata: {} }),
    key: "metadata",
  },
  {
    file: "share-update-null-metadata-response.json",
    call: (f) => f.updateShareMetadata({ share, metadata: {} }),
    differs: "answers `metadata: null`, which Manila answers to no request of the SDK's (it sends an object)",
  },
  // access rules
  { file: "share-access-rules-show-response.json", call: (f) => f.getAccessRule(ID), key: "access" },
  {
    file: "share-access-rules-list-response.json",
    call: (f) => f.listAccessRules({ share_id: share }),
    key: "access_list",
  },
  {
    file: "share-actions-grant-access-response.json",
    call: (f) => f.createAccessRule({ share_id: share, access_type: "ip", access_to: "x" }),
    differs: "leaves out the rule's `state`, which Manila answers (queued_to_apply) and waitForAccessRule reads",
  },
  {
    file: "share-access-rules-update-metadata-response.json",
    call: (f) => f.updateAccessRuleMetadata({ access: ID, metadata: {} }),
    key: "metadata",
  },
  // snapshots
  { file: "snapshot-show-response.json", call: (f) => f.getShareSnapshot(ID), key: "snapshot" },
  { file: "snapshot-create-response.json", call: (f) => f.createShareSnapshot({ share_id: share }), key: "snapshot" },
  {
    file: "snapshot-update-response.json",
    call: (f) => f.updateShareSnapshot({ snapshot: ID, name: "x" }),
    key: "snapshot",
  },
  {
    file: "snapshot-manage-response.json",
    call: (f) => f.manageShareSnapshot({ share_id: share, provider_location: "p" }),
    key: "snapshot",
  },
  { file: "snapshots-list-detailed-response.json", call: (f) => f.listShareSnapshots({}, many), key: "snapshots" },
  // share types
  { file: "share-type-show-response.json", call: (f) => f.getShareType(ID), key: "share_type" },
  {
    file: "share-type-create-response.json",
    call: (f) => f.createShareType({ name: "x", extra_specs: {} }),
    key: "share_type",
  },
  {
    file: "share-type-update-response.json",
    call: (f) => f.updateShareType(ID, { description: "x" }),
    key: "share_type",
  },
  { file: "share-types-default-list-response.json", call: (f) => f.getDefaultShareType(), key: "share_type" },
  {
    file: "share-types-extra-specs-list-response.json",
    call: (f) => f.getShareTypeExtraSpecs({ share_type: ID }),
    key: "extra_specs",
  },
  {
    file: "share-type-set-response.json",
    call: (f) => f.updateShareTypeExtraSpecs({ share_type: ID, extra_specs: {} }),
    key: "extra_specs",
  },
  {
    file: "share-types-list-access-response.json",
    call: (f) => f.listShareTypeAccess({ share_type: ID }),
    key: "share_type_access",
  },
  { file: "share-types-list-response.json", call: (f) => f.listShareTypes(), key: "share_types" },
];
