// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Image, images } from "./images/image.js";
export { Member, members } from "./members/member.js";
export { Task, tasks } from "./tasks/task.js";
export { ImageTask, imageTasks } from "./image-tasks/image-task.js";
export { Store, stores, storeDetails } from "./stores/store.js";
export { JsonSchema, schemas } from "./schemas/schema.js";
