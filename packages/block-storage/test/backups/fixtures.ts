// Bodies from the Block Storage v3 API reference ("Backups", "Backup actions"): show and list at 3.56, create and update (which answer a summary), restore, export and import.

export const backupBody = {
  availability_zone: null,
  container: null,
  created_at: "2023-06-23T11:56:08.691468",
  data_timestamp: "2023-06-23T11:56:08.691468",
  description: "Test backup",
  fail_reason: null,
  has_dependent_backups: false,
  id: "3052c307-119e-4f78-960e-972078aa15a8",
  is_incremental: false,
  links: [
    {
      href: "http://127.0.0.1:38135/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/3052c307-119e-4f78-960e-972078aa15a8",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:38135/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/3052c307-119e-4f78-960e-972078aa15a8",
      rel: "bookmark",
    },
  ],
  metadata: {},
  name: "backup001",
  object_count: 0,
  "os-backup-project-attr:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  size: 10,
  snapshot_id: null,
  status: "creating",
  updated_at: "2023-06-23T11:56:08.693488",
  user_id: "c853ca26-e8ea-4797-8a52-ee124a013d0e",
  volume_id: "e763a78b-edc5-48fb-bbb3-fddc1062e27a",
};

export const listedBackupBody = {
  availability_zone: null,
  container: null,
  created_at: "2023-06-23T11:55:59.217859",
  data_timestamp: "2023-06-23T11:55:59.217859",
  description: "Test backup",
  fail_reason: null,
  has_dependent_backups: false,
  id: "3287d2a2-38fb-4a62-b9c4-d0faf601650c",
  is_incremental: false,
  links: [
    {
      href: "http://127.0.0.1:46657/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/3287d2a2-38fb-4a62-b9c4-d0faf601650c",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:46657/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/3287d2a2-38fb-4a62-b9c4-d0faf601650c",
      rel: "bookmark",
    },
  ],
  metadata: {},
  name: "backup001",
  object_count: 0,
  "os-backup-project-attr:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
  size: 10,
  snapshot_id: null,
  status: "creating",
  updated_at: "2023-06-23T11:55:59.221858",
  volume_id: "cc41abad-350c-45c2-a39b-82f3f891a954",
};

export const createBackupRequest = {
  backup: {
    container: null,
    description: "Test backup",
    name: "backup001",
    volume_id: "0aa67a0c-7339-4be6-b5d5-2afe21ca270c",
    incremental: false,
    snapshot_id: null,
    force: false,
  },
};

export const createdBackupBody = {
  id: "b1f41f9b-741e-4992-a246-b97de7e6e87e",
  links: [
    {
      href: "http://127.0.0.1:40797/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/b1f41f9b-741e-4992-a246-b97de7e6e87e",
      rel: "self",
    },
    {
      href: "http://127.0.0.1:40797/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/backups/b1f41f9b-741e-4992-a246-b97de7e6e87e",
      rel: "bookmark",
    },
  ],
  name: "backup001",
};

export const updateBackupRequest = {
  backup: {
    name: "backup001",
    description: "this is a backup",
  },
};

export const restoreRequest = {
  restore: {
    name: "vol-01",
    volume_id: "64f5d2fb-d836-4063-b7e2-544d5c1ff607",
  },
};

export const restoreResponse = {
  restore: {
    backup_id: "2ef47aee-8844-490c-804d-2a8efe561c65",
    volume_id: "795114e8-7489-40be-a978-83797f2c1dd3",
    volume_name: "volume01",
  },
};

export const exportResponse = {
  "backup-record": {
    backup_service: "cinder.backup.drivers.swift",
    backup_url: "eyJzdGF0",
  },
};

export const importRequest = {
  "backup-record": {
    backup_service: "cinder.backup.drivers.swift",
    backup_url: "eyJzdGF0",
  },
};

export const importResponse = {
  backup: {
    id: "deac8b8c-35c9-4c71-acaa-889c2d5d5c8e",
    links: [
      {
        href: "http://localhost:8776/v3/c95fc3e4afe248a49a28828f286a7b38/backups/deac8b8c-35c9-4c71-acaa-889c2d5d5c8e",
        rel: "self",
      },
      {
        href: "http://localhost:8776/c95fc3e4afe248a49a28828f286a7b38/backups/deac8b8c-35c9-4c71-acaa-889c2d5d5c8e",
        rel: "bookmark",
      },
    ],
    name: null,
  },
};
