// Every Block Storage v3 API reference sample this package types, the call that reads (or
// sends) it, and the microversion it was written for (a `vX.Y/` folder; 3.0 without one).
// The samples are Cinder's, verbatim: see SOURCE.md for the commit and the families left out.
import { attachments } from "../../src/attachments/attachment.js";
import { availabilityZones } from "../../src/availability-zones/availability-zone.js";
import { backups } from "../../src/backups/backup.js";
import { qosSpecAssociations, qosSpecs } from "../../src/qos-specs/qos-spec.js";
import { quotaSets } from "../../src/quota-sets/quota-set.js";
import { services } from "../../src/services/service.js";
import { snapshots } from "../../src/snapshots/snapshot.js";
import { typeAccess } from "../../src/volume-types/type-access.js";
import { volumeTypes } from "../../src/volume-types/volume-type.js";
import {
  act,
  action,
  at,
  base,
  create,
  get,
  ID,
  inner,
  list,
  type SampleCase,
  update,
  version,
} from "./sample-case.js";
import { volumeRows } from "./volume-samples.js";

const rows: readonly SampleCase[] = [
  ...at(
    "3.27",
    create(attachments, "attachment-create-request.json", "attachment-create-response.json"),
    get(attachments, "attachment-show-response.json"),
    list(attachments, "attachment-list-detailed-response.json"),
  ),
  ...at("3.27", update(attachments, "attachment-update-request.json", "attachment-update-response.json")),
  ...at(
    "3.44",
    action("completeAttachment", { request: "attachment-complete.json" }, () => ({ attachment: ID })),
  ),

  list(availabilityZones, "availability-zone-list-response.json"),

  ...base(backups, "backups", "backup", "backups").filter(
    (row) => row.request !== "backups/backup-update-request.json",
  ),
  ...at("3.9", update(backups, "backups/v3.9/backup-update-request.json", "backups/v3.9/backup-update-response.json")),
  ...["3.9", "3.18", "3.43", "3.45", "3.56"].flatMap((microversion) =>
    version(backups, "backups", "backup", "backups", microversion).filter(
      (row) => row.request === undefined || row.request.includes("create"),
    ),
  ),
  action("forceDeleteBackup", { request: "backup-force-delete-request.json" }, () => ({ backup: ID })),
  action("exportBackup", { response: "backup-record-export-response.json" }, () => ({ backup: ID })),
  action(
    "importBackup",
    { request: "backup-record-import-request.json", response: "backup-record-import-response.json" },
    inner,
  ),
  act("resetBackupStatus", "backup-reset-status-request.json", { backup: ID }),
  act("restoreBackup", "backup-restore-request.json", { backup: ID }, "backup-restore-response.json"),

  action("getLimits", { response: "limits/limits-show-response.json" }),

  create(qosSpecs, "qos/qos-create-request.json", "qos/qos-create-response.json"),
  get(qosSpecs, "qos/qos-show-response.json"),
  list(qosSpecs, "qos/qos-list-response.json"),
  action(
    "updateQosSpec",
    { request: "qos/qos-update-request.json", response: "qos/qos-update-response.json" },
    (body) => ({
      qos_spec: ID,
      specs: body.qos_specs,
    }),
  ),
  action("deleteQosSpecMetadata", { request: "qos/qos-unset-request.json" }, (body) => ({
    qos_spec: ID,
    keys: body.keys,
  })),
  list(qosSpecAssociations, "qos/qos_show_response.json", { qos_spec: ID }),

  get(quotaSets, "quota_sets/quotas-show-response.json"),
  action("getQuotaSetDefaults", { response: "quota_sets/quotas-show-defaults-response.json" }, () => ({ project: ID })),
  action("getQuotaSetUsage", { response: "quota_sets/quotas-show-usage-response.json" }, () => ({ project: ID })),
  update(quotaSets, "quota_sets/quotas-update-request.json", "quota_sets/quotas-update-response.json"),

  list(services, "services-list-response.json"),
  ...at("3.49", list(services, "os-services/v3.49/services-list-response.json")),
  ...[
    ["enableService", "services-enable"],
    ["enableService", "os-services/service-enable"],
    ["disableService", "services-disable"],
    ["disableService", "os-services/service-disable"],
    ["disableService", "services-disable-log"],
    ["disableService", "os-services/service-disable-log-reason"],
  ].map(([name, file]) =>
    action(name!, { request: `${file}-request.json`, response: `${file}-response.json` }, (body) => body),
  ),
  ...["services-freeze", "os-services/service-freeze"].map((file) =>
    action("freezeService", { request: `${file}-request.json` }, (body) => body),
  ),
  ...["services-thaw", "os-services/service-thaw"].map((file) =>
    action("thawService", { request: `${file}-request.json` }, (body) => body),
  ),
  ...["services-failover-host", "os-services/service-failover-host"].map((file) =>
    action("failoverService", { request: `${file}-request.json` }, (body) => body),
  ),
  ...at(
    "3.32",
    action(
      "getServiceLogLevels",
      { request: "services-get-log-request.json", response: "services-get-log-response.json" },
      (body) => body,
    ),
    action(
      "getServiceLogLevels",
      {
        request: "os-services/v3.32/service-get-log-request.json",
        response: "os-services/v3.32/service-get-log-response.json",
      },
      (body) => body,
    ),
    action("setServiceLogLevels", { request: "services-set-log-request.json" }, (body) => body),
    action("setServiceLogLevels", { request: "os-services/v3.32/service-set-log-request.json" }, (body) => body),
  ),

  ...base(snapshots, "snapshots", "snapshot", "snapshots"),
  ...["3.14", "3.41", "3.65"].flatMap((microversion) =>
    version(snapshots, "snapshots", "snapshot", "snapshots", microversion),
  ),
  action("forceDeleteSnapshot", { request: "snapshot-force-delete-request.json" }, () => ({ snapshot: ID })),
  act("resetSnapshotStatus", "snapshot-status-reset-request.json", { snapshot: ID }),
  act("setSnapshotStatus", "snapshot-status-update-request.json", { snapshot: ID }),
  ...at(
    "3.8",
    action(
      "manageSnapshot",
      {
        request: "snapshot_manage_extensions/snapshot-manage-request.json",
        response: "snapshot_manage_extensions/snapshot-manage-response.json",
      },
      (body) => body,
    ),
  ),
  action(
    "setSnapshotMetadata",
    {
      request: "snapshots/snapshot-metadata-create-request.json",
      response: "snapshots/snapshot-metadata-create-response.json",
    },
    (body) => ({ snapshot: ID, metadata: body.metadata }),
  ),
  action("getSnapshotMetadata", { response: "snapshots/snapshot-metadata-show-response.json" }, () => ({
    snapshot: ID,
  })),
  action(
    "replaceSnapshotMetadata",
    {
      request: "snapshots/snapshot-metadata-update-request.json",
      response: "snapshots/snapshot-metadata-update-response.json",
    },
    (body) => ({ snapshot: ID, metadata: body.metadata }),
  ),

  create(volumeTypes, "volume_type/volume-type-create-request.json", "volume_type/volume-type-create-response.json"),
  get(volumeTypes, "volume_type/volume-type-show-response.json"),
  update(volumeTypes, "volume_type/volume-type-update-request.json", "volume_type/volume-type-update-response.json"),
  list(volumeTypes, "volume_type/volume-types-list-response.json"),
  action("getTypeExtraSpecs", { response: "volume_type/volume-type-all-extra-specs-show-response.json" }, () => ({
    volume_type: ID,
  })),
  action(
    "updateTypeExtraSpecs",
    {
      request: "volume_type/volume-type-extra-specs-create-update-request.json",
      response: "volume_type/volume-type-extra-specs-create-update-response.json",
    },
    (body) => ({ volume_type: ID, extra_specs: body.extra_specs }),
  ),
  action("getTypeEncryption", { response: "volume_type/encryption-type-show-response.json" }, () => ({
    volume_type: ID,
  })),
  action(
    "createTypeEncryption",
    {
      request: "volume_type/encryption-type-create-request.json",
      response: "volume_type/encryption-type-create-response.json",
    },
    (body) => ({ volume_type: ID, encryption: body.encryption }),
  ),
  action(
    "updateTypeEncryption",
    {
      request: "volume_type/encryption-type-update-request.json",
      response: "volume_type/encryption-type-update-response.json",
    },
    (body) => ({ volume_type: ID, encryption_id: ID, encryption: body.encryption }),
  ),
  action("addTypeAccess", { request: "volume_type/volume-type-access-add-request.json" }, (body) => ({
    volume_type: ID,
    project: body.addProjectAccess.project,
  })),
  action("removeTypeAccess", { request: "volume-type-access-delete-request.json" }, (body) => ({
    volume_type: ID,
    project: body.removeProjectAccess.project,
  })),
  list(typeAccess, "volume_type/volume-type-access-list-response.json", { volume_type: ID }),

  ...volumeRows,
];

// Cinder's samples need no refusal (sample-case.ts's `refused`, as the network package uses it).
export const samples: readonly SampleCase[] = rows;
