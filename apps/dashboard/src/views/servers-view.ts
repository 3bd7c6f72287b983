import type { compute } from "@openstack-ts/openstack";
import { h, show, table } from "../app/dom.js";
import { load, statusBadge, type View } from "./view.js";

/** A server, or what Nova knows of one in a cell it cannot reach (`status` UNKNOWN, no name). */
type Listed = compute.Server | compute.PartialServer;

/** The IPs of a server, network by network: "private: 10.0.0.5, fd00::5". */
function addresses(server: Listed): string {
  return Object.entries(server.addresses ?? {})
    .map(([network, list]) => `${network}: ${list.map((a) => a.addr).join(", ")}`)
    .join("; ");
}

/** Nova servers of the project, each with its status (and task, while one runs). */
export const serversView: View = (root, { conn }) => {
  const list = h("div", { id: "server-list" });
  const refresh = () =>
    load(list, "Listing servers", async () =>
      table(
        await conn.compute.listServers(),
        [
          ["Name", (s: Listed) => h("strong", {}, s.name ?? "(no name)")],
          ["Status", (s) => statusBadge(s.status)],
          ["Task", (s) => s["OS-EXT-STS:task_state"] ?? ""],
          ["Flavor", (s) => s.flavor?.original_name ?? s.flavor?.id ?? "—"],
          ["Addresses", (s) => addresses(s)],
          ["Created", (s) => s.created ?? ""],
          ["ID", (s) => h("code", {}, s.id)],
        ],
        (s) => ({ "data-name": s.name ?? "", "data-id": s.id }),
      ),
    );
  show(
    root,
    h("h2", {}, "Servers"),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
  );
  return refresh();
};
