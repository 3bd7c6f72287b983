import { defineService } from "@openstack-ts/core";
import { accessRules } from "./access-rules/access-rule.js";
import { applicationCredentials } from "./application-credentials/application-credential.js";
import { credentials } from "./credentials/credential.js";
import { domainConfigs } from "./domain-configs/domain-config.js";
import { domains } from "./domains/domain.js";
import { endpoints } from "./endpoints/endpoint.js";
import { federationProtocols } from "./federation-protocols/federation-protocol.js";
import { groups } from "./groups/group.js";
import { identityProviders } from "./identity-providers/identity-provider.js";
import { limits } from "./limits/limit.js";
import { mappings } from "./mappings/mapping.js";
import { policies } from "./policies/policy.js";
import { projects } from "./projects/project.js";
import { regions } from "./regions/region.js";
import { registeredLimits } from "./registered-limits/registered-limit.js";
import { roleAssignments } from "./role-assignments/role-assignment.js";
import { roles } from "./roles/role.js";
import { identityService } from "./service.js";
import { services } from "./services/service.js";
import { tokens } from "./tokens/token-resource.js";
import { trustRoles } from "./trusts/trust-role.js";
import { trusts } from "./trusts/trust.js";
import { users } from "./users/user.js";
import { revokeToken, validateToken } from "./tokens/token-calls.js";

/** Every Keystone resource, for the `conn.identity` façade. */
export const identity = defineService(identityService, {
  projects,
  domains,
  domainConfigs,
  users,
  groups,
  roles,
  roleAssignments,
  regions,
  services,
  endpoints,
  applicationCredentials,
  accessRules,
  credentials,
  trusts,
  trustRoles,
  policies,
  registeredLimits,
  limits,
  tokens,
  identityProviders,
  mappings,
  federationProtocols,
}, {
  revokeToken,
  validateToken,
});
