#!/usr/bin/env node
// The `openstack-ts-mock` command: runs the built CLI and stops the server on Ctrl+C.
import { main } from "../dist/cli.js";

try {
  const server = await main(process.argv.slice(2));
  if (server) {
    const stop = () => server.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
