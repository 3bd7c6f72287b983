// The SDK's load-balancer and key-manager façades over a mock cloud, as a user's tests hold them.
import { clientFor, createFacade, PasswordAuth, Session } from "@openstack-ts/core";
import { keyManager } from "@openstack-ts/key-manager";
import { loadBalancer } from "@openstack-ts/load-balancer";
import type { MockCloud } from "../src/cloud/mock-cloud.js";

/** A session of one of the default cloud's users (`admin` or `demo`) that reaches only `cloud`. */
export function sessionOf(cloud: MockCloud, user: "admin" | "demo" = "admin"): Session {
  const { username, password, projectName } = cloud.credentials[user];
  return new Session({
    auth: new PasswordAuth({ authUrl: cloud.authUrl, username, password, projectName }),
    fetch: cloud.fetch,
    retries: false,
  });
}

export const loadBalancerOf = (session: Session) =>
  createFacade(clientFor(session, loadBalancer.descriptor), loadBalancer);

export const keyManagerOf = (session: Session) => createFacade(clientFor(session, keyManager.descriptor), keyManager);
