// The cloud an end-to-end test runs against: the real one on 127.0.0.1 (e2e/cloud), or, with
// OPENSTACK_TS_TARGET=mock, the fake one of @openstack-ts/mock that target-setup.ts starts.
// Test files that hold on both take their URLs and credentials from here.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConnectionOptions } from "@openstack-ts/openstack";
import { inject } from "vitest";
import * as real from "./cloud.js";

export { ONE_REGION, recordingFetch, uniqueName } from "./cloud.js";

/** What target-setup.ts tells the tests about the mock cloud it started. */
export interface MockTarget {
  /** The server's base URL; Keystone is at its root, the others under their path prefixes. */
  url: string;
  applicationCredentialId: string;
  regions: string[];
}

declare module "vitest" {
  export interface ProvidedContext {
    openstackMock: MockTarget;
  }
}

export const TARGET: "real" | "mock" = process.env["OPENSTACK_TS_TARGET"] === "mock" ? "mock" : "real";
const mock = TARGET === "mock" ? inject("openstackMock") : undefined;

/** Each service's public RegionOne catalog URL, as the target's catalog has it. */
export const endpoints = mock
  ? {
      identity: `${mock.url}/v3`,
      network: `${mock.url}/network`,
      image: `${mock.url}/image`,
      compute: `${mock.url}/compute/v2.1`,
      placement: `${mock.url}/placement`,
    }
  : {
      identity: "http://127.0.0.1:5000/v3",
      network: "http://127.0.0.1:9696",
      image: "http://127.0.0.1:9292",
      compute: "http://127.0.0.1:8774/v2.1",
      placement: "http://127.0.0.1:8778",
    };

/** Each service's unversioned root, where its version document is (Swift's has /info instead). */
export const roots = mock
  ? {
      identity: `${mock.url}/`,
      network: `${mock.url}/network`,
      image: `${mock.url}/image`,
      compute: `${mock.url}/compute`,
      "block-storage": `${mock.url}/volume`,
      placement: `${mock.url}/placement`,
      "object-store": `${mock.url}/object-store`,
    }
  : {
      identity: "http://127.0.0.1:5000/",
      network: "http://127.0.0.1:9696/",
      image: "http://127.0.0.1:9292/",
      compute: "http://127.0.0.1:8774/",
      "block-storage": "http://127.0.0.1:8776/",
      placement: "http://127.0.0.1:8778/",
      "object-store": "http://127.0.0.1:8080/",
    };

export const AUTH_URL = endpoints.identity;
export const admin = { ...real.admin, authUrl: AUTH_URL } satisfies ConnectionOptions;
export const demo = { ...real.demo, authUrl: AUTH_URL } satisfies ConnectionOptions;

/** The id of the admin's application credential `ci-admin` (secret `appcred-secret`). */
export function applicationCredentialId(): string {
  return mock ? mock.applicationCredentialId : real.applicationCredentialId();
}

/** The target's clouds.yaml, parsed: the mock's has cloud `local` (the admin) like the real one's. */
export function cloudsYaml(): object {
  if (!mock) return real.cloudsYaml();
  const auth = {
    auth_url: AUTH_URL,
    username: "admin",
    password: "admin",
    project_name: "admin",
    user_domain_name: "Default",
    project_domain_name: "Default",
  };
  return { clouds: { local: { auth, regions: mock.regions, identity_api_version: 3, interface: "public" } } };
}

/** A clouds.yaml file of the target, for programs run in another process (JSON is YAML too). */
export function cloudsYamlFile(): string {
  if (!mock) return fileURLToPath(new URL("clouds.yaml", real.STATE));
  const file = join(tmpdir(), `openstack-ts-mock-clouds-${new URL(mock.url).port}.yaml`);
  writeFileSync(file, JSON.stringify(cloudsYaml()));
  return file;
}

/** Matches the URL a client GETs for a service's version document (the catalog URL, with or without a trailing slash). */
export function documentUrl(service: "identity" | "network"): RegExp {
  const url = endpoints[service].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${url}/?$`);
}

/** `"<region> <url>"` of a service's public endpoints, sorted, as the target's catalog lists them. */
export function publicEndpoints(service: "network"): string[] {
  if (!mock) return ["RegionOne http://127.0.0.1:9696", "RegionTwo http://localhost:9696"];
  return mock.regions.map((region) => `${region} ${endpoints[service]}`).sort();
}
