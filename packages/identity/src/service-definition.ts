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
