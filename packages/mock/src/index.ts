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
