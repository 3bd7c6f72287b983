import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { imageService } from "./descriptor.js";
import { downloadImage } from "./image-data/download.js";
import { stageImage, uploadImage } from "./image-data/upload.js";

/** Every image resource, for the `conn.image` façade. */
export const image = defineService(imageService, resourcesIn(resources), {
  downloadImage,
  stageImage,
  uploadImage,
});
