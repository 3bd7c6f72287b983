// The fake-hardware nodes Ironic's test files make (baremetal, baremetal-nodes and their
// fidelity twin mock-baremetal), made and cleaned up one way on the real cloud and the fake.
import type { Connection } from "@openstack-ts/openstack";
import { uniqueName } from "./cloud.js";
import type { Later } from "./undo-later.js";

type Wait = { interval: number; maxInterval: number; timeout: number };

/**
 * A maker of fake-hardware nodes named after `what`. After the file's tests each node still
 * there is deleted, undeployed first when it was left `active` (Ironic refuses to delete it then).
 */
export function fakeNodes(conn: Connection, later: Later, wait: Wait) {
  return async (what: string, extra: Record<string, unknown> = {}) => {
    const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName(what), ...extra });
    later(`node ${node.name}`, async () => {
      const now = await conn.baremetal.findNode(node.uuid);
      if (now === null) return;
      if (now.provision_state === "active")
        await conn.baremetal.setNodeProvisionState(node, "deleted", { wait: true, ...wait });
      await conn.baremetal.deleteNode(node.uuid);
    });
    return node;
  };
}
