// Flavor bodies shaped like the Compute API reference's samples (2.1 and 2.75 views).
import { API } from "../fixtures.js";

const links = (id: string) => [
  { href: `${API}/flavors/${id}`, rel: "self" },
  { href: `${API.replace("/v2.1", "")}/flavors/${id}`, rel: "bookmark" },
];

/** GET flavors/{id} at 2.75. */
export const flavorBody = {
  "OS-FLV-DISABLED:disabled": false,
  disk: 20,
  "OS-FLV-EXT-DATA:ephemeral": 0,
  id: "7",
  links: links("7"),
  name: "m1.small.description",
  "os-flavor-access:is_public": true,
  ram: 2048,
  swap: 0,
  vcpus: 1,
  rxtx_factor: 1.0,
  description: "test description",
  extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": "1" },
};

/** A flavor as 2.1 shows it: no swap is "", no description or extra specs. */
export const oldFlavorBody = {
  "OS-FLV-DISABLED:disabled": false,
  disk: 1,
  "OS-FLV-EXT-DATA:ephemeral": 0,
  id: "1",
  links: links("1"),
  name: "m1.tiny",
  "os-flavor-access:is_public": true,
  ram: 512,
  swap: "",
  vcpus: 1,
  rxtx_factor: 1.0,
};
