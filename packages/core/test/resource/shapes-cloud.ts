import { mockServer, testCloud } from "../support/server.js";

// A service of no particular shape on one root, for the api-shapes tests: each file its own
// msw server, and a session on a cloud whose catalog has the service.
export const ROOT = "http://picture.test:9292";
export const service = { type: "picture", discovery: false } as const;

export function shapesCloud() {
  const server = mockServer();
  const cloud = () => testCloud(server, { services: { picture: { url: ROOT } }, watch: ROOT });
  return { server, cloud };
}
