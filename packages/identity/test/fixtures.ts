// The fake Keystone every identity test runs against. It lives in a fixtures file so the
// package build leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade, type SessionOptions } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { identity } from "../src/service-definition.js";
import { identityService } from "../src/descriptor.js";

/** The identity endpoint of the fake cloud: Keystone serves its API at its auth URL. */
export const API = "http://keystone.test/v3";

/**
 * An msw server for one test file, and `setup()` for one test: a session logged in to a
 * fake Keystone (with any session options given, a logger say), the façade over it, and
 * every identity request sent (auth and discovery left out).
 */
export function identityCloud() {
  const server = mockServer();
  const setup = (session?: Partial<SessionOptions>) => {
    const cloud = testCloud(server, {
      authUrl: API,
      session,
      watch: (url) => url.startsWith(`${API}/`) && !url.startsWith(`${API}/auth/tokens`),
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, identityService), identity) };
  };
  return { server, setup };
}

/** `PATCH /v3/projects/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${url.search}`;
};

/** A Keystone list body: the items, and its `links` object (Keystone never has a next page). */
export const collection = (key: string, items: readonly unknown[]) =>
  HttpResponse.json({ [key]: items, links: { self: `${API}/${key}`, previous: null, next: null } });

/** Keystone's error body for a 404. */
export const notFound = (message: string) =>
  HttpResponse.json({ error: { code: 404, title: "Not Found", message } }, { status: 404 });

/** Keystone's empty success (grants, deletes). */
export const noContent = () => new HttpResponse(null, { status: 204 });
