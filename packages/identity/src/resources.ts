// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { AccessRule, accessRules } from "./access-rules/access-rule.js";
export { ApplicationCredential, applicationCredentials } from "./application-credentials/application-credential.js";
export { Credential, credentials } from "./credentials/credential.js";
export { DomainConfig, domainConfigs } from "./domain-configs/domain-config.js";
export { Domain, domains } from "./domains/domain.js";
export { Endpoint, endpoints } from "./endpoints/endpoint.js";
export { FederationProtocol, federationProtocols } from "./federation-protocols/federation-protocol.js";
export { Group, groups } from "./groups/group.js";
export { IdentityProvider, identityProviders } from "./identity-providers/identity-provider.js";
export { Limit, limits, type LimitCreate } from "./limits/limit.js";
export { Mapping, mappings } from "./mappings/mapping.js";
export { Policy, policies } from "./policies/policy.js";
export { Project, projects } from "./projects/project.js";
export { Region, regions } from "./regions/region.js";
export { RegisteredLimit, registeredLimits, type RegisteredLimitCreate } from "./registered-limits/registered-limit.js";
export { RoleAssignment, roleAssignments } from "./role-assignments/role-assignment.js";
export { Role, roles } from "./roles/role.js";
export { Service, services } from "./services/service.js";
export { tokens } from "./tokens/token-resource.js";
export { TrustRole, trustRoles } from "./trusts/trust-role.js";
export { Trust, trusts } from "./trusts/trust.js";
export { User, users } from "./users/user.js";
