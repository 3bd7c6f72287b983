import type { network } from "@openstack-ts/openstack";
import { field, h, show, table } from "../app/dom.js";
import { actions, load, onSubmit, statusBadge, type View } from "./view.js";

/** Neutron networks: the project's and the shared ones; create and delete. */
export const networksView: View = (root, { conn, projectId }) => {
  const list = h("div", { id: "network-list" });
  const notice = h("div", { class: "notice", "aria-live": "polite" });
  const name = h("input", { id: "network-name", name: "name", required: true, placeholder: "my-network" });
  const create = h("button", { type: "submit", id: "create-network" }, "Create network");

  const refresh = () =>
    load(list, "Listing networks", async () => {
      const networks = await conn.network.listNetworks();
      return table(
        networks,
        [
          ["Name", (n: network.Network) => h("strong", {}, n.name || "(no name)")],
          ["ID", (n) => h("code", {}, n.id)],
          ["Status", (n) => statusBadge(n.status)],
          ["Subnets", (n) => String(n.subnets?.length ?? 0)],
          ["Shared", (n) => (n.shared ? "yes" : "no")],
          ["External", (n) => (n["router:external"] ? "yes" : "no")],
          [
            "",
            (n) =>
              n.project_id === projectId &&
              h(
                "button",
                { type: "button", class: "danger", "data-delete": n.name, onclick: () => remove(n) },
                "Delete",
              ),
          ],
        ],
        (n) => ({ "data-name": n.name, "data-id": n.id }),
      );
    });

  const act = actions(notice, refresh);
  const remove = (network: network.Network) =>
    act(`Deleting network ${network.name}`, async () => {
      await conn.network.deleteNetwork(network);
      return `Deleted network ${network.name}.`;
    });

  const form = h("form", { id: "network-form", class: "inline" }, field("Name", name), create);
  onSubmit(form, create, () =>
    act(`Creating network ${name.value}`, async () => {
      const network = await conn.network.createNetwork({ name: name.value.trim() });
      name.value = "";
      return `Created network ${network.name} (${network.id}).`;
    }),
  );

  show(root, h("h2", {}, "Networks"), form, notice, list);
  return refresh();
};
