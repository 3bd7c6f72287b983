// Bodies from the Block Storage v3 API reference ("Quota sets extension").

export const quotaSetBody = {
  quota_set: {
    backup_gigabytes: 1000,
    backups: 10,
    gigabytes: 1000,
    gigabytes___DEFAULT__: -1,
    groups: 10,
    id: "fake_tenant",
    per_volume_gigabytes: -1,
    snapshots: 10,
    snapshots___DEFAULT__: -1,
    volumes: 10,
    volumes___DEFAULT__: -1,
  },
};

// The reference's sample of the defaults is the same body as its show sample.
export const quotaDefaultsBody = quotaSetBody;

export const quotaUsageBody = {
  quota_set: {
    backup_gigabytes: {
      in_use: 0,
      limit: 1000,
      reserved: 0,
    },
    backups: {
      in_use: 0,
      limit: 10,
      reserved: 0,
    },
    gigabytes: {
      in_use: 0,
      limit: 1000,
      reserved: 0,
    },
    gigabytes___DEFAULT__: {
      in_use: 0,
      limit: -1,
      reserved: 0,
    },
    groups: {
      in_use: 0,
      limit: 10,
      reserved: 0,
    },
    id: "fake_tenant",
    per_volume_gigabytes: {
      in_use: 0,
      limit: -1,
      reserved: 0,
    },
    snapshots: {
      in_use: 0,
      limit: 10,
      reserved: 0,
    },
    snapshots___DEFAULT__: {
      in_use: 0,
      limit: -1,
      reserved: 0,
    },
    volumes: {
      in_use: 0,
      limit: 10,
      reserved: 0,
    },
    volumes___DEFAULT__: {
      in_use: 0,
      limit: -1,
      reserved: 0,
    },
  },
};

export const updateQuotaRequest = {
  quota_set: {
    groups: 11,
    volumes: 5,
    backups: 4,
  },
};

export const updatedQuotaBody = {
  quota_set: {
    backup_gigabytes: 1000,
    backups: 4,
    gigabytes: 1000,
    gigabytes___DEFAULT__: -1,
    groups: 11,
    per_volume_gigabytes: -1,
    snapshots: 10,
    snapshots___DEFAULT__: -1,
    volumes: 5,
    volumes___DEFAULT__: -1,
  },
};
