// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { RecoveryMethod, Segment, segments } from "./segments/segment.js";
export { Host, hosts } from "./hosts/host.js";
export { Notification, NotificationType, RecoveryWorkflowTask, notifications } from "./notifications/notification.js";
