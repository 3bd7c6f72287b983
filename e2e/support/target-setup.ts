// vitest globalSetup of the e2e-mock project: starts the fake cloud's loopback server (the
// built @openstack-ts/mock, as users get it) and tells the tests where it is.
import type { TestProject } from "vitest/node";
import { startMockServer } from "../../packages/mock/dist/node.js";

const REGIONS = ["RegionOne", "RegionTwo"];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A short delay, so that BUILD, creating and deleting are seen, and waits stay quick.
  const server = await startMockServer({ catalogRegions: REGIONS, delay: 100 });
  project.provide("openstackMock", {
    url: server.url,
    applicationCredentialId: server.cloud.credentials.applicationCredential.id,
    regions: REGIONS,
  });
  return () => server.close();
}
