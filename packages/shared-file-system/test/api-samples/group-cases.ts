// Share groups, their types and snapshots: Manila's response samples of them, and the call that
// reads each (the index of all cases: cases.ts).
import { ID, many, type ResponseCase } from "./sample-cases.js";

export const groupCases: ResponseCase[] = [
  // share groups, their types and snapshots
  {
    file: "share-group-create-response.json",
    call: (f) => f.createShareGroup({ name: "x" }),
    differs: "puts the group under `share_groups` (a list's key); Manila answers a create under `share_group`",
  },
  {
    file: "share-group-update-response.json",
    call: (f) => f.updateShareGroup(ID, { name: "x" }),
    differs: "puts the group under `share_groups` (a list's key); Manila answers an update under `share_group`",
  },
  { file: "share-groups-list-detailed-response.json", call: (f) => f.listShareGroups({}, many), key: "share_groups" },
  {
    file: "share-group-show-response.json",
    call: (f) => f.getShareGroup(ID),
    differs: "puts the group under `share_groups` (a list's key); Manila answers a show under `share_group`",
  },
  {
    file: "share-group-type-create-response.json",
    call: (f) => f.createShareGroupType({ name: "x", share_types: [] }),
    key: "share_group_type",
  },
  { file: "share-group-types-list-response.json", call: (f) => f.listShareGroupTypes(), key: "share_group_types" },
  {
    file: "share-group-types-default-list-response.json",
    call: (f) => f.getDefaultShareGroupType(),
    key: "share_group_type",
  },
  {
    file: "share-group-types-group-specs-list-response.json",
    call: (f) => f.getShareGroupTypeSpecs({ share_group_type: ID }),
    key: "group_specs",
  },
  {
    file: "share-group-type-set-response.json",
    call: (f) => f.updateShareGroupTypeSpecs({ share_group_type: ID, group_specs: {} }),
    key: "group_specs",
  },
  {
    file: "share-group-types-list-access-response.json",
    call: (f) => f.listShareGroupTypeAccess({ share_group_type: ID }),
    key: "share_group_type_access",
  },
  {
    file: "share-group-snapshot-show-response.json",
    call: (f) => f.getShareGroupSnapshot(ID),
    key: "share_group_snapshot",
  },
  {
    file: "share-group-snapshot-create-response.json",
    call: (f) => f.createShareGroupSnapshot({ share_group_id: ID }),
    key: "share_group_snapshot",
  },
  {
    file: "share-group-snapshot-update-response.json",
    call: (f) => f.updateShareGroupSnapshot(ID, { name: "x" }),
    key: "share_group_snapshot",
  },
  {
    file: "share-group-snapshots-list-detailed-response.json",
    call: (f) => f.listShareGroupSnapshots({}, many),
    key: "share_group_snapshots",
  },
  {
    file: "share-group-snapshots-list-members-response.json",
    call: (f) => f.listShareGroupSnapshotMembers({ share_group_snapshot: ID }),
    key: "share_group_snapshot_members",
  },
];
