// The Node (and Deno) entry: everything of the browser entry, plus the loopback HTTP server.
export * from "./index.js";
export { startMockServer, LOOPBACK_HOSTS, type MockServer, type MockServerOptions } from "./server/http-server.js";
