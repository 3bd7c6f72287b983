export { imageService } from "./service.js";
export { image } from "./service-definition.js";

export { Image, images } from "./images/image.js";
export { imageProperties } from "./images/image-properties.js";
export { ImportInfo, type ImportImageArgs, type ImportMethod } from "./images/image-import.js";
export { Member, members } from "./members/member.js";
export { Task, tasks } from "./tasks/task.js";
export { ImageTask, imageTasks } from "./image-tasks/image-task.js";
export { Store, stores, storeDetails } from "./stores/store.js";
export { JsonSchema, schemas } from "./schemas/schema.js";

export { uploadImage, stageImage, type ImageUploadData, type UploadImageOptions } from "./image-data/upload.js";
export { downloadImage, type DownloadImageOptions } from "./image-data/download.js";
export { ChecksumMismatchError, ImageDataMissingError } from "./image-data/errors.js";
