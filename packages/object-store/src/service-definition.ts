import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { objectStoreService } from "./descriptor.js";
import { deleteAccountMetadata, getAccountMetadata, setAccountMetadata } from "./account/account.js";
import { bulkDelete } from "./bulk-delete/bulk-delete.js";
import {
  createContainer,
  deleteContainer,
  deleteContainerMetadata,
  getContainerMetadata,
  setContainerMetadata,
} from "./containers/container-calls.js";
import { getObjectStoreInfo } from "./info/info.js";
import { deleteLargeObject } from "./large-objects/delete-large-object.js";
import { uploadLargeObject } from "./large-objects/upload-large-object.js";
import { copyObject } from "./objects/copy-object.js";
import { deleteObject } from "./objects/delete-object.js";
import { downloadObject, streamObject } from "./objects/download-object.js";
import { listObjects } from "./objects/list-objects.js";
import { deleteObjectMetadata, getObjectMetadata, setObjectMetadata } from "./objects/object-metadata.js";
import { uploadObject } from "./objects/upload-object.js";
import { getTempUrlKey, setAccountTempUrlKey, setContainerTempUrlKey } from "./temp-urls/temp-url-keys.js";
import { generateTempUrl } from "./temp-urls/temp-url.js";

/** Every object-store resource, for the `conn.objectStore` façade. */
export const objectStore = defineService(objectStoreService, resourcesIn(resources), {
  bulkDelete,
  copyObject,
  createContainer,
  deleteAccountMetadata,
  deleteContainer,
  deleteContainerMetadata,
  deleteLargeObject,
  deleteObject,
  deleteObjectMetadata,
  downloadObject,
  generateTempUrl,
  getAccountMetadata,
  getContainerMetadata,
  getObjectMetadata,
  getObjectStoreInfo,
  getTempUrlKey,
  listObjects,
  setAccountMetadata,
  setAccountTempUrlKey,
  setContainerMetadata,
  setContainerTempUrlKey,
  setObjectMetadata,
  streamObject,
  uploadLargeObject,
  uploadObject,
});
