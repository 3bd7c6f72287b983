// Bodies from the Block Storage v3 API reference ("Volumes", "Volume actions"): show, list and update at 3.69, show at 3.0, the create request, metadata, image metadata, upload to image.

export const volumeBody = {
  attachments: [],
  availability_zone: "nova",
  bootable: "false",
  consistencygroup_id: null,
  created_at: "2018-11-29T06:50:07.770785",
  description: null,
  encrypted: false,
  id: "f7223234-1afc-4d19-bfa3-d19deb6235ef",
  links: [
    {
      href: "http://127.0.0.1:45839/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/f7223234-1afc-4d19-bfa3-d19deb6235ef",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:45839/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/f7223234-1afc-4d19-bfa3-d19deb6235ef",
      rel: "bookmark",
    },
  ],
  metadata: {},
  migration_status: null,
  multiattach: false,
  name: null,
  "os-vol-host-attr:host": null,
  "os-vol-mig-status-attr:migstat": null,
  "os-vol-mig-status-attr:name_id": null,
  "os-vol-tenant-attr:tenant_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  replication_status: null,
  size: 10,
  snapshot_id: null,
  source_volid: null,
  status: "creating",
  updated_at: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  volume_type: "__DEFAULT__",
  provider_id: null,
  group_id: null,
  service_uuid: null,
  shared_targets: null,
  cluster_name: null,
  volume_type_id: "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
  consumes_quota: true,
};

export const listedVolumeBody = {
  attachments: [],
  availability_zone: "nova",
  bootable: "false",
  consistencygroup_id: null,
  created_at: "2018-11-28T06:25:15.288987",
  description: null,
  encrypted: false,
  id: "cb49b381-9012-40cb-b8ee-80c19a4801b5",
  links: [
    {
      href: "http://127.0.0.1:43543/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/cb49b381-9012-40cb-b8ee-80c19a4801b5",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:43543/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/cb49b381-9012-40cb-b8ee-80c19a4801b5",
      rel: "bookmark",
    },
  ],
  metadata: {},
  migration_status: null,
  multiattach: false,
  name: null,
  "os-vol-host-attr:host": null,
  "os-vol-mig-status-attr:migstat": null,
  "os-vol-mig-status-attr:name_id": null,
  "os-vol-tenant-attr:tenant_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  replication_status: null,
  size: 10,
  snapshot_id: null,
  source_volid: null,
  status: "creating",
  updated_at: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  volume_type: "__DEFAULT__",
  volume_type_id: "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
  provider_id: null,
  group_id: null,
  service_uuid: null,
  shared_targets: null,
  cluster_name: null,
  consumes_quota: true,
};

export const updatedVolumeBody = {
  attachments: [],
  availability_zone: "nova",
  bootable: "false",
  consistencygroup_id: null,
  created_at: "2018-11-29T06:59:23.679903",
  description: "This is yet, another volume.",
  encrypted: false,
  id: "8b2459d1-0059-4e14-a89f-dfa73a452af6",
  links: [
    {
      href: "http://127.0.0.1:41467/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/8b2459d1-0059-4e14-a89f-dfa73a452af6",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:41467/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/8b2459d1-0059-4e14-a89f-dfa73a452af6",
      rel: "bookmark",
    },
  ],
  metadata: {
    name: "metadata0",
  },
  migration_status: null,
  multiattach: false,
  name: "vol-003",
  replication_status: null,
  size: 10,
  snapshot_id: null,
  source_volid: null,
  status: "creating",
  updated_at: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  volume_type: "__DEFAULT__",
  group_id: null,
  provider_id: null,
  service_uuid: null,
  shared_targets: null,
  cluster_name: null,
  volume_type_id: "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
  consumes_quota: true,
};

export const baseVolumeBody = {
  attachments: [],
  availability_zone: "nova",
  bootable: "false",
  consistencygroup_id: null,
  created_at: "2018-11-29T06:50:07.770785",
  description: null,
  encrypted: false,
  id: "f7223234-1afc-4d19-bfa3-d19deb6235ef",
  links: [
    {
      href: "http://127.0.0.1:45839/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/f7223234-1afc-4d19-bfa3-d19deb6235ef",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:45839/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/volumes/f7223234-1afc-4d19-bfa3-d19deb6235ef",
      rel: "bookmark",
    },
  ],
  metadata: {},
  migration_status: null,
  multiattach: false,
  name: null,
  "os-vol-host-attr:host": null,
  "os-vol-mig-status-attr:migstat": null,
  "os-vol-mig-status-attr:name_id": null,
  "os-vol-tenant-attr:tenant_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  replication_status: null,
  size: 10,
  snapshot_id: null,
  source_volid: null,
  status: "creating",
  updated_at: null,
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  volume_type: "__DEFAULT__",
};

export const createVolumeRequest = {
  volume: {
    size: 10,
    availability_zone: null,
    source_volid: null,
    description: null,
    multiattach: false,
    snapshot_id: null,
    backup_id: null,
    name: null,
    imageRef: null,
    volume_type: null,
    metadata: {},
    consistencygroup_id: null,
  },
  "OS-SCH-HNT:scheduler_hints": {
    same_host: ["a0cf03a5-d921-4877-bb5c-86d26cf818e1", "8c19174f-4220-44f0-824a-cd1eeef10287"],
  },
};

export const volumeMetadataBody = {
  metadata: {
    name: "metadata0",
  },
};

export const imageMetadataBody = {
  metadata: {
    key1: "value1",
    key2: "value2",
  },
};

export const uploadToImageBody = {
  "os-volume_upload_image": {
    container_format: "bare",
    disk_format: "raw",
    display_description: null,
    id: "3a81fdac-e8ae-4e61-b6a2-2e14ff316f19",
    image_id: "de75b74e-7f0d-4b59-a263-bd87bfc313bd",
    image_name: "test",
    protected: false,
    size: 1,
    status: "uploading",
    updated_at: "2017-06-05T08:44:28.000000",
    visibility: "private",
    volume_type: null,
  },
};
