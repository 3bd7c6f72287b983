// Bodies from the Block Storage v3 API reference ("Volume snapshots", "Snapshot actions"): show and list at 3.65, create, update, metadata.

export const snapshotBody = {
  created_at: "2019-03-12T04:42:00.809352",
  description: "Daily backup",
  id: "4a584cae-e4ce-429b-9154-d4c9eb8fda4c",
  metadata: {
    key: "v3",
  },
  name: "snap-001",
  "os-extended-snapshot-attributes:progress": "0%",
  "os-extended-snapshot-attributes:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  size: 10,
  status: "creating",
  updated_at: null,
  volume_id: "b72c48f1-64b7-4cd8-9745-b12e0be82d37",
  group_snapshot_id: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  consumes_quota: true,
};

export const listedSnapshotBody = {
  created_at: "2019-03-11T16:24:36.464445",
  description: "Daily backup",
  id: "d0083dc5-8795-4c1a-bc9c-74f70006c205",
  metadata: {
    key: "v3",
  },
  name: "snap-001",
  "os-extended-snapshot-attributes:progress": "0%",
  "os-extended-snapshot-attributes:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  size: 10,
  status: "creating",
  updated_at: null,
  volume_id: "7acd675e-4e06-4653-af9f-2ecd546342d6",
  group_snapshot_id: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  consumes_quota: true,
};

export const createSnapshotRequest = {
  snapshot: {
    name: "snap-001",
    description: "Daily backup",
    volume_id: "5aa119a8-d25b-45a7-8d1b-88e127885635",
    force: true,
    metadata: {
      key: "v3",
    },
  },
};

export const createdSnapshotBody = {
  created_at: "2019-03-11T16:24:34.469003",
  description: "Daily backup",
  id: "b36476e5-d18b-47f9-ac69-4818cb43ee21",
  metadata: {
    key: "v3",
  },
  name: "snap-001",
  size: 10,
  status: "creating",
  updated_at: null,
  volume_id: "d291b81c-6e40-4525-8231-90aa1588121e",
};

export const updateSnapshotRequest = {
  snapshot: {
    name: "snap-002",
    description: "This is yet, another snapshot.",
  },
};

export const updatedSnapshotBody = {
  created_at: "2019-03-12T04:53:53.426591",
  description: "This is yet, another snapshot.",
  id: "43666194-8e72-451a-b7bb-54fef763b2b8",
  metadata: {
    key: "v3",
  },
  name: "snap-002",
  size: 10,
  status: "creating",
  updated_at: null,
  volume_id: "070c942d-9909-42e9-a467-7a781f150c58",
  group_snapshot_id: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  consumes_quota: true,
};

export const snapshotMetadataBody = {
  metadata: {
    key: "v3",
  },
};
