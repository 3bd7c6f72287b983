// A browser app as its author writes it: the SDK imported by name, for a bundler to resolve
// from node_modules (Vite and esbuild, in browser.test.ts).
import { Connection } from "@openstack-ts/openstack";
import { runSeed } from "./seed-in-page.js";

runSeed(Connection);
