// The fake cloud every network test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { networkDocument } from "@openstack-ts/mock";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { network } from "../src/service-definition.js";
import { networkService } from "../src/descriptor.js";

export const NET = "http://network.test:9696";
export const API = `${NET}/v2.0`;

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Neutron, the `conn.network` façade over it, and the requests Neutron saw.
 */
export function networkCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { network: { url: NET, document: networkDocument(NET) } },
      watch: API,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, networkService), network) };
  };
  return { server, setup };
}

/** `PUT /v2.0/routers/r1/add_router_interface?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${url.search}`;
};

/** Neutron's error body for a 404. */
export const notFound = (type: string, message: string) =>
  HttpResponse.json({ NeutronError: { type, message, detail: "" } }, { status: 404 });

/** Neutron's empty success (deletes, tag changes). */
export const noContent = () => new HttpResponse(null, { status: 204 });

/** The JSON body of a request `seen` kept. */
export const bodyOf = async (request: Request): Promise<unknown> => request.clone().json();
