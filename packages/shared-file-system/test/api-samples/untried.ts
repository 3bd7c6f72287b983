// The response samples of the folder no call reads, each with why (see SOURCE.md).

/** Response samples of the folder no call reads, by what they answer, and why. */
export const untried: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /^(shares|snapshots|share-networks|security-services|share-groups|share-group-snapshots)-list-response\.json$/,
    why: "summary lists (id, name, links): the SDK lists `…/detail`, as openstacksdk does",
  },
  {
    pattern: /^pools-list-response\.json$/,
    why: "the summary pool list: the SDK lists `scheduler-stats/pools/detail`",
  },
  {
    pattern: /^snapshot-(set|show|update)-metadata|^snapshot-show-metadata-item|^snapshot-update-null-metadata/,
    why: "snapshot metadata (2.73): not declared yet",
  },
  {
    pattern: /^export-location-.*metadata|^share-network-subnet-.*metadata|^share-show-network-subnet-metadata/,
    why: "export location and subnet metadata: 2.87 and 2.78, newer than Zed (2.73)",
  },
  { pattern: /^share-access-rules-update-response/, why: "updating an access rule's level: 2.88, newer than Zed" },
  {
    pattern: /^share-actions-list-access-rules-response/,
    why: "the pre-2.45 access_list action: the SDK lists share-access-rules",
  },
  { pattern: /^snapshot-instance/, why: "snapshot instances: not declared yet" },
  {
    pattern: /^share-network-(add|update)-security-service-check|^share-network-update-security-service-response/,
    why: "security service update checks (2.63, for share servers): not declared yet",
  },
  { pattern: /^share-replica/, why: "share replicas: the loopback backend has no replication domain; not declared" },
  { pattern: /^share-backup/, why: "share backups: 2.80, newer than Zed" },
  { pattern: /^share-transfer/, why: "share transfers: 2.77, newer than Zed" },
  { pattern: /^resource-lock/, why: "resource locks: 2.81, newer than Zed" },
  { pattern: /^qos-type/, why: "QoS types: newer than Zed" },
  {
    pattern: /^share-migration|^share-server-migration|^share-server-manage/,
    why: "migrations and share-server manage: need a data service and share servers; not declared",
  },
  {
    pattern: /^extensions-list|^versions-/,
    why: "extensions and version documents: read by core's discovery, not by a call",
  },
];
