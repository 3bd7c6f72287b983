// The fake cloud every network test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { networkDocument } from "@openstack-ts/mock";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { network } from "./service-definition.js";
import { networkService } from "./service.js";

export const NET = "http://network.test:9696";
export const API = `${NET}/v2.0`;

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Neutron, the `conn.network` façade over it, and the requests Neutron saw.
 */
export function networkCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, { services: { network: { url: NET, document: networkDocument(NET) } }, watch: API });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, networkService), network) };
  };
  return { server, setup };
}
