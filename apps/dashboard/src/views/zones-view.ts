import type { dns } from "@openstack-ts/openstack";
import { h, show, table } from "../app/dom.js";
import { load, statusBadge, type View } from "./view.js";

/** Designate zones of the project; pick one to see its recordsets. */
export const zonesView: View = (root, { conn }) => {
  const list = h("div", { id: "zone-list" });
  const recordsets = h("section", { id: "recordset-list" });

  const open = (zone: dns.Zone) =>
    load(recordsets, `Listing the recordsets of ${zone.name}`, async () => [
      h("h3", {}, `Recordsets in ${zone.name}`),
      table(
        await conn.dns.listRecordsets({ zone_id: zone.id }),
        [
          ["Name", (r: dns.Recordset) => h("strong", {}, r.name)],
          ["Type", (r) => r.type],
          ["Records", (r) => r.records.join(", ")],
          ["TTL", (r) => (r.ttl === null || r.ttl === undefined ? "zone's" : String(r.ttl))],
          ["Status", (r) => statusBadge(r.status)],
        ],
        (r) => ({ "data-name": r.name, "data-type": r.type, "data-id": r.id }),
      ),
    ]);

  const refresh = () =>
    load(list, "Listing zones", async () =>
      table(
        await conn.dns.listZones(),
        [
          [
            "Name",
            (z: dns.Zone) =>
              h("button", { type: "button", class: "link", "data-open": z.name, onclick: () => void open(z) }, z.name),
          ],
          ["Status", (z) => statusBadge(z.status)],
          ["Type", (z) => z.type ?? "PRIMARY"],
          ["Email", (z) => z.email ?? ""],
          ["TTL", (z) => (z.ttl === null || z.ttl === undefined ? "—" : String(z.ttl))],
          ["Serial", (z) => (z.serial === undefined ? "—" : String(z.serial))],
          ["ID", (z) => h("code", {}, z.id)],
        ],
        (z) => ({ "data-name": z.name, "data-id": z.id }),
      ),
    );

  show(
    root,
    h("h2", {}, "DNS zones"),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
    recordsets,
  );
  return refresh();
};
