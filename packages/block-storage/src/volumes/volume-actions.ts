import { idOf, type ActionSpec, type Ref } from "@openstack-ts/core";

// Cinder's volume actions: one POST to volumes/{id}/action whose body names the action.
// Method names follow openstacksdk's block-storage proxy; arguments use the wire names.
const action = "volumes/{volume}/action";

/** Leaves out what the caller did not give, so Cinder applies its own defaults. */
const defined = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

export interface ResetVolumeStatus {
  status?: string;
  attach_status?: "attached" | "detached";
  migration_status?: string;
}

export interface AttachVolume {
  mountpoint: string;
  /** The server using the volume; or `host_name` for a bare-metal host. */
  instance_uuid?: string;
  host_name?: string;
  mode?: "rw" | "ro";
}

export interface UploadVolumeToImage {
  image_name: string;
  /** Upload an in-use volume too. */
  force?: boolean;
  disk_format?: string;
  container_format?: string;
  visibility?: "public" | "private" | "shared" | "community";
  protected?: boolean;
}

export interface MigrateVolume {
  /** The destination backend (`host@backend#pool`), or else a `cluster`. */
  host?: string;
  cluster?: string;
  force_host_copy?: boolean;
  lock_volume?: boolean;
}

export const volumeActions = {
  // 3.42 lets an in-use volume grow too; without it Cinder extends only available volumes.
  extendVolume: {
    method: "POST",
    path: action,
    body: (a: { new_size: number }) => ({ "os-extend": { new_size: a.new_size } }),
    requires: "3.42",
  },
  setVolumeBootableStatus: {
    method: "POST",
    path: action,
    body: (a: { bootable: boolean }) => ({ "os-set_bootable": { bootable: a.bootable } }),
  },
  setVolumeReadonly: {
    method: "POST",
    path: action,
    body: (a: { readonly: boolean }) => ({ "os-update_readonly_flag": { readonly: a.readonly } }),
  },
  resetVolumeStatus: {
    method: "POST",
    path: action,
    body: (a: ResetVolumeStatus) => ({
      "os-reset_status": defined({
        status: a.status,
        attach_status: a.attach_status,
        migration_status: a.migration_status,
      }),
    }),
  },
  retypeVolume: {
    method: "POST",
    path: action,
    body: (a: { new_type: string; migration_policy?: "never" | "on-demand" }) => ({
      "os-retype": defined({ new_type: a.new_type, migration_policy: a.migration_policy }),
    }),
  },
  setVolumeImageMetadata: {
    method: "POST",
    path: action,
    body: (a: { metadata: Record<string, string> }) => ({ "os-set_image_metadata": { metadata: a.metadata } }),
    returns: "json",
  },
  /** Removes one key of the volume's image metadata. */
  deleteVolumeImageMetadata: {
    method: "POST",
    path: action,
    body: (a: { key: string }) => ({ "os-unset_image_metadata": { key: a.key } }),
  },
  /** `{ metadata: { … } }`: the image properties the volume carries. */
  getVolumeImageMetadata: {
    method: "POST",
    path: action,
    body: () => ({ "os-show_image_metadata": {} }),
    returns: "json",
  },
  // Bookkeeping for a consumer (Nova) that attaches the volume itself: reserve → attach → begin detaching → detach.
  reserveVolume: { method: "POST", path: action, body: () => ({ "os-reserve": {} }) },
  unreserveVolume: { method: "POST", path: action, body: () => ({ "os-unreserve": {} }) },
  attachVolume: {
    method: "POST",
    path: action,
    body: (a: AttachVolume) => ({
      "os-attach": defined({
        mountpoint: a.mountpoint,
        instance_uuid: a.instance_uuid,
        host_name: a.host_name,
        mode: a.mode,
      }),
    }),
  },
  beginVolumeDetaching: { method: "POST", path: action, body: () => ({ "os-begin_detaching": {} }) },
  abortVolumeDetaching: { method: "POST", path: action, body: () => ({ "os-roll_detaching": {} }) },
  /** Marks an attachment detached; with several attachments, `attachment_id` says which. */
  detachVolume: {
    method: "POST",
    path: action,
    body: (a: { attachment_id?: string }) => ({ "os-detach": defined({ attachment_id: a.attachment_id }) }),
  },
  forceDetachVolume: {
    method: "POST",
    path: action,
    body: (a: { attachment_id?: string; connector?: Record<string, unknown> }) => ({
      "os-force_detach": defined({ attachment_id: a.attachment_id, connector: a.connector }),
    }),
  },
  /** `{ connection_info: { driver_volume_type, data } }` for the host the connector describes. */
  initVolumeAttachment: {
    method: "POST",
    path: action,
    body: (a: { connector: Record<string, unknown> }) => ({ "os-initialize_connection": { connector: a.connector } }),
    returns: "json",
  },
  terminateVolumeAttachment: {
    method: "POST",
    path: action,
    body: (a: { connector: Record<string, unknown> }) => ({ "os-terminate_connection": { connector: a.connector } }),
  },
  /** Deletes whatever the volume's state (admin). */
  forceDeleteVolume: { method: "POST", path: action, body: () => ({ "os-force_delete": {} }) },
  /** Deletes the volume and its snapshots in one call. */
  deleteVolumeCascade: { method: "DELETE", path: "volumes/{volume}?cascade=true" },
  /** `{ "os-volume_upload_image": { image_id, status, … } }`. 3.1 adds visibility and protection. */
  uploadVolumeToImage: {
    method: "POST",
    path: action,
    body: (a: UploadVolumeToImage) => ({
      "os-volume_upload_image": defined({
        image_name: a.image_name,
        force: a.force,
        disk_format: a.disk_format,
        container_format: a.container_format,
        visibility: a.visibility,
        protected: a.protected,
      }),
    }),
    returns: "json",
    requires: "3.1",
  },
  // 3.16 adds migration to a cluster.
  migrateVolume: {
    method: "POST",
    path: action,
    body: (a: MigrateVolume) => ({
      "os-migrate_volume": defined({
        host: a.host,
        cluster: a.cluster,
        force_host_copy: a.force_host_copy,
        lock_volume: a.lock_volume,
      }),
    }),
    requires: "3.16",
  },
  /** `{ save_volume_id }`. */
  completeVolumeMigration: {
    method: "POST",
    path: action,
    body: (a: { new_volume: Ref; error?: boolean }) => ({
      "os-migrate_volume_completion": defined({ new_volume: idOf(a.new_volume, "new_volume"), error: a.error }),
    }),
    returns: "json",
  },
  revertVolumeToSnapshot: {
    method: "POST",
    path: action,
    body: (a: { snapshot: Ref }) => ({ revert: { snapshot_id: idOf(a.snapshot, "snapshot") } }),
    requires: "3.40",
  },
  reimageVolume: {
    method: "POST",
    path: action,
    body: (a: { image_id: string; reimage_reserved?: boolean }) => ({
      "os-reimage": defined({ image_id: a.image_id, reimage_reserved: a.reimage_reserved }),
    }),
    requires: "3.68",
  },
  /** Forgets the volume, leaving its storage on the backend. */
  unmanageVolume: { method: "POST", path: action, body: () => ({ "os-unmanage": {} }) },
  /** Adopts storage that exists on a backend: `{ volume: { host, ref, name, … } }` in, the new volume out. */
  manageVolume: {
    method: "POST",
    path: "manageable_volumes",
    body: (a: { volume: Record<string, unknown> }) => ({ volume: a.volume }),
    returns: "json",
    // A `cluster` in place of a `host` is 3.16's: asked for at 3.8, Cinder refuses it.
    requires: (a: { volume: Record<string, unknown> }) => (a.volume["cluster"] === undefined ? "3.8" : "3.16"),
  },
  /** `{ "volume-summary": { total_size, total_count, metadata } }` of the caller's project. */
  getVolumeSummary: { method: "GET", path: "volumes/summary", returns: "json", requires: "3.12" },
  // Metadata: get all, merge (POST), replace all (PUT), delete one key.
  getVolumeMetadata: { method: "GET", path: "volumes/{volume}/metadata", returns: "json" },
  setVolumeMetadata: {
    method: "POST",
    path: "volumes/{volume}/metadata",
    body: (a: { metadata: Record<string, string> }) => ({ metadata: a.metadata }),
    returns: "json",
  },
  replaceVolumeMetadata: {
    method: "PUT",
    path: "volumes/{volume}/metadata",
    body: (a: { metadata: Record<string, string> }) => ({ metadata: a.metadata }),
    returns: "json",
  },
  deleteVolumeMetadata: { method: "DELETE", path: "volumes/{volume}/metadata/{key}" },
} as const satisfies Record<string, ActionSpec>;
