export { imageService } from "./descriptor.js";
export { image } from "./service-definition.js";

export * from "./resources.js";
export { imageProperties } from "./images/image-properties.js";
export { ImportInfo, type ImportImageArgs, type ImportMethod } from "./images/image-import.js";

export { uploadImage, stageImage, type ImageUploadData, type UploadImageOptions } from "./image-data/upload.js";
export { downloadImage, type DownloadImageOptions } from "./image-data/download.js";
export { ChecksumMismatchError, ImageDataMissingError } from "./image-data/errors.js";
