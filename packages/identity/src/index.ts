import { defineService } from "@openstack-ts/core";
import { applicationCredentials } from "./application-credentials/application-credential.js";
import { credentials } from "./credentials/credential.js";
import { domains } from "./domains/domain.js";
import { endpoints } from "./endpoints/endpoint.js";
import { groups } from "./groups/group.js";
import { projects } from "./projects/project.js";
import { regions } from "./regions/region.js";
import { roleAssignments } from "./role-assignments/role-assignment.js";
import { roles } from "./roles/role.js";
import { identityService } from "./service.js";
import { services } from "./services/service.js";
import { users } from "./users/user.js";

export { identityService } from "./service.js";
export { ApplicationCredential, applicationCredentials } from "./application-credentials/application-credential.js";
export { Credential, credentials } from "./credentials/credential.js";
export { Domain, domains } from "./domains/domain.js";
export { Endpoint, endpoints } from "./endpoints/endpoint.js";
export { Group, groups } from "./groups/group.js";
export { Project, projects } from "./projects/project.js";
export { Region, regions } from "./regions/region.js";
export { RoleAssignment, roleAssignments } from "./role-assignments/role-assignment.js";
export { Role, roles } from "./roles/role.js";
export { Service, services } from "./services/service.js";
export { User, users } from "./users/user.js";

/** Every Keystone resource, for the `conn.identity` façade. */
export const identity = defineService(identityService, {
  projects,
  domains,
  users,
  groups,
  roles,
  roleAssignments,
  regions,
  services,
  endpoints,
  applicationCredentials,
  credentials,
});
