import { defineService } from "@openstack-ts/core";
import { imageTasks } from "./image-tasks/image-task.js";
import { images } from "./images/image.js";
import { members } from "./members/member.js";
import { schemas } from "./schemas/schema.js";
import { imageService } from "./service.js";
import { storeDetails, stores } from "./stores/store.js";
import { tasks } from "./tasks/task.js";
import { downloadImage } from "./image-data/download.js";
import { stageImage, uploadImage } from "./image-data/upload.js";

/** Every image resource, for the `conn.image` façade. */
export const image = defineService(imageService, { images, members, tasks, imageTasks, stores, storeDetails, schemas }, {
  downloadImage,
  stageImage,
  uploadImage,
});
