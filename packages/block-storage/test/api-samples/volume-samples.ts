// The Block Storage reference's volume samples (items at every microversion folder, metadata,
// and the volume actions), the call that reads or sends each, and its microversion.
import { createVolumeWithSchedulerHints } from "../../src/volumes/create-with-hints.js";
import { volumes } from "../../src/volumes/volume.js";
import { act, action, at, base, ID, type SampleCase, version } from "./sample-case.js";

const volume = { volume: ID };

/** The reference's volume create sends scheduler hints beside the envelope: the call that sends both. */
const withHints = (row: SampleCase): SampleCase =>
  row.request !== "volumes/volume-create-request.json"
    ? row
    : {
        ...row,
        call: ({ session }, body) =>
          createVolumeWithSchedulerHints(session, body.volume, body["OS-SCH-HNT:scheduler_hints"]),
      };

export const volumeRows: readonly SampleCase[] = [
  ...[
    ...base(volumes, "volumes", "volume", "volumes"),
    ...["3.13", "3.21", "3.48", "3.61", "3.63", "3.65", "3.69"].flatMap((microversion) =>
      version(volumes, "volumes", "volume", "volumes", microversion),
    ),
  ].map(withHints),
  ...at("3.12", action("getVolumeSummary", { response: "volumes/volumes-list-summary-response.json" })),
  action(
    "setVolumeMetadata",
    {
      request: "volumes/volume-metadata-create-request.json",
      response: "volumes/volume-metadata-create-response.json",
    },
    (body) => ({ volume: ID, metadata: body.metadata }),
  ),
  action("getVolumeMetadata", { response: "volumes/volume-metadata-show-response.json" }, () => volume),
  action(
    "replaceVolumeMetadata",
    {
      request: "volumes/volume-metadata-update-request.json",
      response: "volumes/volume-metadata-update-response.json",
    },
    (body) => ({ volume: ID, metadata: body.metadata }),
  ),
  act("attachVolume", "volume-attach-request.json", volume),
  act("beginVolumeDetaching", "volume-begin-detaching-request.json", volume),
  act("setVolumeBootableStatus", "volume-bootable-status-update-request.json", volume),
  act("detachVolume", "volume-detach-request.json", volume),
  ...at("3.42", act("extendVolume", "volume-extend-request.json", volume)),
  act("forceDeleteVolume", "volume-force-delete-request.json", volume),
  act("forceDetachVolume", "volume-force-detach-request.json", volume),
  act(
    "setVolumeImageMetadata",
    "volume-image-metadata-set-request.json",
    volume,
    "volume-image-metadata-update-response.json",
  ),
  act("deleteVolumeImageMetadata", "volume-image-metadata-unset-request.json", volume),
  act("initVolumeAttachment", "volume-initialize-connection-request.json", volume),
  ...at("3.16", act("migrateVolume", "volume-os-migrate_volume-request.json", volume)),
  act("completeVolumeMigration", "volume-os-migrate_volume_completion-request.json", volume),
  ...at("3.68", act("reimageVolume", "volume-os-reimage-request.json", volume)),
  act("retypeVolume", "volume-os-retype-request.json", volume),
  act("setVolumeReadonly", "volume-readonly-update-request.json", volume),
  act("reserveVolume", "volume-reserve-request.json", volume),
  ...at(
    "3.40",
    action("revertVolumeToSnapshot", { request: "volume-revert-to-snapshot-request.json" }, (body) => ({
      volume: ID,
      snapshot: body.revert.snapshot_id,
    })),
  ),
  act("abortVolumeDetaching", "volume-roll-detaching-request.json", volume),
  act("resetVolumeStatus", "volume-status-reset-request.json", volume),
  act("terminateVolumeAttachment", "volume-terminate-connection-request.json", volume),
  act("unmanageVolume", "volume-unmanage-request.json", volume),
  act("unreserveVolume", "volume-unreserve-request.json", volume),
  ...at(
    "3.1",
    act(
      "uploadVolumeToImage",
      "volume_actions/volume-upload-to-image-request.json",
      volume,
      "volume_actions/volume-upload-to-image-response.json",
    ),
  ),
  ...at(
    "3.8",
    action(
      "manageVolume",
      {
        request: "volume_manage_extensions/volume-manage-request.json",
        response: "volume_manage_extensions/volume-manage-response.json",
      },
      (body) => body,
    ),
  ),
  // Managing into a cluster (instead of a host) is 3.16's.
  ...at(
    "3.16",
    action(
      "manageVolume",
      {
        request: "volume-manage-request-cluster.json",
        response: "volume_manage_extensions/volume-manage-response.json",
      },
      (body) => body,
    ),
  ),
];
