// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { ProfileType, ProfileTypeOperation, SupportStatus, profileTypes } from "./profile-types/profile-type.js";
export { Profile, ValidatedProfile, profiles } from "./profiles/profile.js";
export { PolicyType, policyTypes } from "./policy-types/policy-type.js";
export { Policy, ValidatedPolicy, policies } from "./policies/policy.js";
export { Cluster, clusters } from "./clusters/cluster.js";
export { ClusterPolicy, clusterPolicies } from "./cluster-policies/cluster-policy.js";
export { Node, nodes } from "./nodes/node.js";
export { Receiver, receivers } from "./receivers/receiver.js";
export { Action, actions } from "./actions/action.js";
export { Event, events } from "./events/event.js";
export { Service, services } from "./services/service.js";
