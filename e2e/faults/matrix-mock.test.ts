// The fault matrix in front of the fake cloud of @openstack-ts/mock, over its loopback server
// (the built package, as users get it): the same faults and calls as on the real cloud.
import { admin } from "../support/cloud.js";
import { startMockServer, type MockServer } from "../../packages/mock/dist/node.js";
import { faultMatrix } from "./matrix.js";

let server: MockServer;
faultMatrix(
  true,
  async () => {
    server = await startMockServer();
    const port = server.port;
    return {
      upstreams: [port],
      ports: { network: port, objectStore: port },
      admin: { ...admin, authUrl: server.authUrl },
    };
  },
  () => server.close(),
);
