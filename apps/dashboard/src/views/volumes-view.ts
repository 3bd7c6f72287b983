import type { blockStorage } from "@openstack-ts/openstack";
import { h, show, table } from "../app/dom.js";
import { load, statusBadge, type View } from "./view.js";

/** Cinder volumes of the project: size, status, and the servers they are attached to. */
export const volumesView: View = (root, { conn }) => {
  const list = h("div", { id: "volume-list" });
  const refresh = () =>
    load(list, "Listing volumes", async () =>
      table(
        await conn.blockStorage.listVolumes(),
        [
          ["Name", (v: blockStorage.Volume) => h("strong", {}, v.name || "(no name)")],
          ["Status", (v) => statusBadge(v.status)],
          ["Size", (v) => `${v.size} GiB`],
          ["Type", (v) => v.volume_type ?? "—"],
          ["Bootable", (v) => v.bootable],
          [
            "Attached to",
            (v) => v.attachments.map((a) => `${a.server_id ?? "?"}${a.device ? ` on ${a.device}` : ""}`).join(", "),
          ],
          ["ID", (v) => h("code", {}, v.id)],
        ],
        (v) => ({ "data-name": v.name ?? "", "data-id": v.id }),
      ),
    );
  show(
    root,
    h("h2", {}, "Volumes"),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
  );
  return refresh();
};
