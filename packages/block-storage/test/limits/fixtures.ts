// Bodies from the Block Storage v3 API reference ("Limits").

export const limitsBody = {
  limits: {
    rate: [],
    absolute: {
      totalSnapshotsUsed: 0,
      maxTotalBackups: 10,
      maxTotalVolumeGigabytes: 1000,
      maxTotalSnapshots: 10,
      maxTotalBackupGigabytes: 1000,
      totalBackupGigabytesUsed: 0,
      maxTotalVolumes: 10,
      totalVolumesUsed: 0,
      totalBackupsUsed: 0,
      totalGigabytesUsed: 0,
    },
  },
};
