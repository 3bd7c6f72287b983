// Scenario 4, the prototype: the same import from the one-file build (lib/one-file.mjs).
import { Connection } from "../.cache/openstack.one-file.mjs";

if (typeof Connection !== "function") throw new Error("no Connection");
