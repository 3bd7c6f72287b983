// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Instance, InstanceStatus, instances } from "./instances/instance.js";
export { Database, databases } from "./databases/database.js";
export { User, users } from "./users/user.js";
export { Flavor, flavors } from "./flavors/flavor.js";
export { Datastore, datastores } from "./datastores/datastore.js";
export { DatastoreVersion, datastoreVersions } from "./datastores/datastore-version.js";
export { Configuration, ConfigurationParameter, configurations } from "./configurations/configuration.js";
export { Backup, backups } from "./backups/backup.js";
