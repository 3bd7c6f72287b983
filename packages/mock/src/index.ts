export {
  fakeKeystone,
  networkDocument,
  ADMIN,
  type FakeKeystone,
  type FakeKeystoneOptions,
  type FakeUser,
  type FakeService,
  type FakeApplicationCredential,
} from "./keystone.js";
export { sessionFor } from "./session-for.js";

export { mockCloud, type MockCloud, type MockCloudOptions } from "./cloud/mock-cloud.js";
export type { Seed } from "./cloud/seed.js";
export type { MockState, TokenRecord, AssignmentRecord, CollectionName } from "./cloud/state.js";
export { DEFAULT_CREDENTIALS, DEFAULT_IDS } from "./cloud/defaults.js";
export { PREFIXES } from "./cloud/layout.js";
export { manualClock, type ManualClock } from "./cloud/clock.js";
export type { Row, ServiceType } from "./engine/types.js";
