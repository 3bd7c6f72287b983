// Scenario 4: the runtime starting and importing the façade, as a user's first line does.
import { Connection } from "@openstack-ts/openstack";

if (typeof Connection !== "function") throw new Error("no Connection");
