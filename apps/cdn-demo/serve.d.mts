import type { Server } from "node:http";

/** Serves the demo page and openstack.min.js on 127.0.0.1 (port 0: any free port). */
export function serve(port?: number): Promise<Server>;
