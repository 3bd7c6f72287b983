// The fault matrix in front of the real Keystone, Neutron and Swift on 127.0.0.1.
import { admin } from "../support/cloud.js";
import { faultMatrix } from "./matrix.js";

faultMatrix(true, async () => ({ upstreams: [5000, 9696, 8080], ports: { network: 9696, objectStore: 8080 }, admin }));
