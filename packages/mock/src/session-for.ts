import { PasswordAuth, Session, type SessionOptions } from "@openstack-ts/core";
import { ADMIN, type FakeKeystone, type FakeUser } from "./keystone.js";

/**
 * A session logged in to a fake Keystone as `user` (admin by default), with retries off so
 * a test sees every request it causes.
 */
export function sessionFor(
  keystone: FakeKeystone,
  options: Partial<SessionOptions> & { user?: FakeUser } = {},
): Session {
  const { user = ADMIN, ...rest } = options;
  return new Session({
    auth: new PasswordAuth({
      authUrl: keystone.authUrl,
      username: user.name,
      password: user.password,
      projectName: user.projectName,
    }),
    retries: false,
    ...rest,
  });
}
