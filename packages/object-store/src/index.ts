export { objectStoreService } from "./descriptor.js";
export { objectStore } from "./service-definition.js";

export { ObjectStoreInfo, getObjectStoreInfo, infoUrl } from "./info/info.js";
export {
  getAccountMetadata,
  setAccountMetadata,
  deleteAccountMetadata,
  type AccountMetadata,
} from "./account/account.js";

export * from "./resources.js";
export type { ContainerCors, ContainerSettings, ContainerCreateSettings } from "./containers/container-settings.js";
export {
  createContainer,
  getContainerMetadata,
  setContainerMetadata,
  deleteContainerMetadata,
  deleteContainer,
  type ContainerMetadata,
} from "./containers/container-calls.js";

export { StoredObject, ObjectSubdir, ObjectEntry, isObjectSubdir } from "./objects/object.js";
export { listObjects, type ObjectListQuery } from "./objects/list-objects.js";
export type { ObjectData } from "./objects/payload.js";
export type { ObjectWriteSettings } from "./objects/object-headers.js";
export { uploadObject, type UploadObjectOptions, type UploadedObject } from "./objects/upload-object.js";
export {
  streamObject,
  downloadObject,
  type DownloadObjectOptions,
  type ObjectDownload,
} from "./objects/download-object.js";
export { copyObject, type CopyObjectOptions, type ObjectLocation } from "./objects/copy-object.js";
export {
  getObjectMetadata,
  setObjectMetadata,
  deleteObjectMetadata,
  type ObjectMetadata,
  type ObjectMetadataChanges,
} from "./objects/object-metadata.js";
export { deleteObject } from "./objects/delete-object.js";

export { bulkDelete, type BulkDeleteItem } from "./bulk-delete/bulk-delete.js";
export {
  uploadLargeObject,
  type UploadLargeObjectOptions,
  type LargeObjectUpload,
} from "./large-objects/upload-large-object.js";
export { deleteLargeObject } from "./large-objects/delete-large-object.js";

export { generateTempUrl, type TempUrlOptions, type TempUrlDigest } from "./temp-urls/temp-url.js";
export { setAccountTempUrlKey, setContainerTempUrlKey, getTempUrlKey } from "./temp-urls/temp-url-keys.js";

export type { ContainerRef, ObjectRef } from "./paths.js";
export type { Metadata } from "./metadata.js";
export { ObjectChecksumError, BulkDeleteError, type BulkDeleteResult } from "./errors.js";
