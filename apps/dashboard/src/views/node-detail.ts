import type { baremetal, Connection } from "@openstack-ts/openstack";
import { type Child, field, h, show, table } from "../app/dom.js";
import { powerActionsFor, provisionActionsFor } from "../app/node-actions.js";
import { StateTrail } from "../app/state-trail.js";
import { errorPanel, fact, statusBadge, trailBadges, whileShown } from "./view.js";

type Node = baremetal.Node;

/** How often a state change is read: every second at first, then up to every three. */
const POLL = { interval: 1_000, maxInterval: 3_000, timeout: 600_000 } as const;

export interface NodeDetailHooks {
  /** Where an action says what it is doing, and how it ended: outside the detail, which is drawn again after. */
  notice: HTMLElement;
  /** The node's state moved: the list is read again. */
  changed(): unknown;
  /** Draws the node's detail again, as it now is. */
  reopen(node: Node): unknown;
}

/**
 * One node, read afresh: its facts, the actions its state allows, maintenance, and its ports.
 * Each action is the SDK's call with `wait`, so the SDK polls Ironic until the node settles
 * (or fails, with Ironic's `last_error`); every state it reads is added to the notice's trail.
 */
export async function nodeDetail(conn: Connection, uuid: string, hooks: NodeDetailHooks): Promise<Child[]> {
  const ironic = conn.baremetal;
  const [node, ports] = await Promise.all([ironic.getNode(uuid), ironic.listPorts({ node_uuid: uuid })]);
  const label = node.name || node.uuid;
  const buttons: HTMLButtonElement[] = [];

  /**
   * Runs one action with every button of the node disabled, the notice showing the trail of
   * `state(node)` as the polls read it; then the list and the detail are read again.
   */
  const run = async (
    doing: string,
    state: (n: Node) => string,
    work: (poll: baremetal.NodeWaitOptions) => Promise<Node>,
  ) => {
    for (const button of buttons) button.disabled = true;
    const trail = new StateTrail();
    const seen = (n: Node) => {
      if (!trail.add(state(n))) return;
      show(hooks.notice, h("p", { class: "busy" }, `${doing} ${label}: `, trailBadges(trail.states)));
      void hooks.changed();
    };
    seen(node);
    try {
      const done = await whileShown(hooks.notice, (signal) => work({ ...POLL, signal, onProgress: seen }));
      trail.add(state(done));
      show(hooks.notice, h("p", { class: "ok" }, `Node ${label} is ${state(done)} (${trail}).`));
      void hooks.reopen(done);
    } catch (error) {
      show(hooks.notice, errorPanel(error, `${doing} ${label}`));
      void hooks.reopen(node);
    }
    await hooks.changed();
  };

  const button = (text: string, attributes: Record<string, string>, onclick: () => void) => {
    const b = h("button", { type: "button", class: "secondary", ...attributes, onclick }, text);
    buttons.push(b);
    return b;
  };

  const provisionButtons = provisionActionsFor(node.provision_state).map((action) =>
    button(
      action.label,
      { "data-provision-action": action.target },
      () =>
        void run(
          action.doing,
          (n) => n.provision_state,
          (poll) => ironic.setNodeProvisionState(node.uuid, action.target, { wait: true, ...poll }),
        ),
    ),
  );
  const powerButtons = powerActionsFor(node).map((action) =>
    button(
      action.label,
      { "data-power-action": action.target },
      () =>
        void run(
          action.doing,
          (n) => n.power_state ?? "unknown",
          (poll) => ironic.setNodePowerState(node.uuid, action.target, { wait: true, ...poll }),
        ),
    ),
  );

  const maintenanceState = (n: Node) => (n.maintenance ? "in maintenance" : "out of maintenance");
  const reason = h("input", { id: "maintenance-reason", name: "reason", placeholder: "why (optional)" });
  const maintenance = node.maintenance
    ? [
        button(
          "End maintenance",
          { id: "unset-maintenance" },
          () =>
            void run("Ending maintenance of", maintenanceState, async ({ signal }) => {
              await ironic.unsetNodeMaintenance({ node: node.uuid }, { signal });
              return ironic.getNode(node.uuid, { signal });
            }),
        ),
      ]
    : [
        field("Maintenance reason", reason),
        button("Start maintenance", { id: "set-maintenance" }, () => {
          const why = reason.value.trim();
          void run("Starting maintenance of", maintenanceState, async ({ signal }) => {
            await ironic.setNodeMaintenance({ node: node.uuid, ...(why && { reason: why }) }, { signal });
            return ironic.getNode(node.uuid, { signal });
          });
        }),
      ];

  return [
    h("h3", {}, `Node ${label}`),
    h(
      "dl",
      { class: "facts" },
      ...fact("UUID", h("code", {}, node.uuid)),
      ...fact("Driver", node.driver),
      ...fact(
        "Provision state",
        h(
          "span",
          {},
          statusBadge(node.provision_state),
          node.target_provision_state && ` → ${node.target_provision_state}`,
        ),
      ),
      ...fact("Power", statusBadge(node.power_state ?? "unknown")),
      ...fact(
        "Maintenance",
        node.maintenance ? `yes${node.maintenance_reason ? `: ${node.maintenance_reason}` : ""}` : "no",
      ),
      ...fact("Resource class", node.resource_class ?? "—"),
      ...fact("Last error", node.last_error ?? "—"),
    ),
    h(
      "div",
      { class: "actions", id: "node-actions" },
      ...provisionButtons,
      ...powerButtons,
      provisionButtons.length + powerButtons.length === 0 &&
        h("span", { class: "muted" }, `No action while the node is ${node.provision_state}.`),
    ),
    h("div", { class: "actions", id: "node-maintenance" }, ...maintenance),
    h("h3", {}, `Ports of ${label}`),
    h(
      "div",
      { id: "node-ports" },
      table(
        ports,
        [
          ["MAC address", (p: baremetal.Port) => h("strong", {}, p.address)],
          ["PXE", (p) => (p.pxe_enabled === false ? "no" : "yes")],
          ["Physical network", (p) => p.physical_network ?? "—"],
          ["UUID", (p) => h("code", {}, p.uuid)],
        ],
        (p) => ({ "data-name": p.address, "data-id": p.uuid }),
      ),
    ),
  ];
}
