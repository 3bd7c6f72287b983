import type { Connection, sharedFileSystem } from "@openstack-ts/openstack";
import { field, h, show, table } from "../app/dom.js";
import { StateTrail } from "../app/state-trail.js";
import { shareDetail } from "./share-detail.js";
import { actions, errorPanel, load, onSubmit, statusBadge, trailBadges, type View, whileShown } from "./view.js";

type Share = sharedFileSystem.Share;

/** The protocols Manila names; which ones work is up to the share type's backend. */
const PROTOCOLS = ["NFS", "CIFS", "CEPHFS", "GLUSTERFS", "HDFS", "MAPRFS"];
/** How often the view reads a share it follows: a second, then up to three. */
const POLL = { interval: 1_000, maxInterval: 3_000, timeout: 600_000 } as const;

/**
 * Manila shares: the list with size, protocol, status and share type; one share's export
 * locations and access rules; create (followed from `creating` until `available`) and delete.
 */
export const sharesView: View = async (root, { conn }) => {
  const manila = conn.sharedFileSystem;
  const list = h("div", { id: "share-list" });
  const detail = h("section", { id: "share-detail" });
  const notice = h("div", { id: "share-notice", class: "notice", "aria-live": "polite" });
  const name = h("input", { id: "share-name", name: "name", required: true, placeholder: "my-share" });
  const protocol = h(
    "select",
    { id: "share-proto", name: "share_proto" },
    ...PROTOCOLS.map((p) => h("option", { value: p }, p)),
  );
  const size = h("input", {
    id: "share-size",
    name: "size",
    type: "number",
    min: 1,
    step: 1,
    value: 1,
    required: true,
  });
  const shareType = h("select", { id: "share-type", name: "share_type" });
  const create = h("button", { type: "submit", id: "create-share" }, "Create share");

  const label = (share: Share) => share.name || share.id;
  const open = (share: Share) => {
    detail.dataset["id"] = share.id;
    return load(detail, `Reading share ${label(share)}`, () => shareDetail(conn, share));
  };

  const refresh = () =>
    load(list, "Listing shares", async () =>
      table(
        await manila.listShares(),
        [
          [
            "Name",
            (s: Share) =>
              h(
                "button",
                { type: "button", class: "link", "data-open": label(s), onclick: () => void open(s) },
                s.name || "(no name)",
              ),
          ],
          ["Size", (s) => (s.size === null || s.size === undefined ? "—" : `${s.size} GiB`)],
          ["Protocol", (s) => s.share_proto],
          ["Status", (s) => statusBadge(s.status)],
          ["Share type", (s) => s.share_type_name ?? s.share_type ?? "—"],
          ["ID", (s) => h("code", {}, s.id)],
          [
            "",
            (s) =>
              h(
                "button",
                { type: "button", class: "danger", "data-delete": label(s), onclick: () => void remove(s) },
                "Delete",
              ),
          ],
        ],
        (s) => ({ "data-name": s.name ?? "", "data-id": s.id }),
      ),
    );

  const act = actions(notice, refresh);

  const remove = (share: Share) =>
    act(`Deleting share ${label(share)}`, async () => {
      await manila.deleteShare(share);
      if (detail.dataset["id"] === share.id) show(detail);
      void refresh();
      await whileShown(root, (signal) => manila.waitForDeleteShare(share, { ...POLL, signal }));
      return `Deleted share ${label(share)}.`;
    });

  const form = h(
    "form",
    { id: "share-form", class: "inline" },
    field("Name", name),
    field("Protocol", protocol),
    field("Size (GiB)", size),
    field("Share type", shareType),
    create,
  );
  onSubmit(form, create, () => {
    const shareName = name.value.trim();
    const doing = `Creating share ${shareName}`;
    return act(doing, async () => {
      const created = await manila.createShare({
        name: shareName,
        share_proto: protocol.value,
        size: Number(size.value),
        ...(shareType.value && { share_type: shareType.value }),
      });
      name.value = "";
      // Manila answers the create `creating`: the first state of the trail, before any poll.
      const trail = new StateTrail();
      const seen = (s: Share) => {
        if (!trail.add(s.status ?? "?")) return;
        show(notice, h("p", { class: "busy" }, `${doing}: `, trailBadges(trail.states)));
        void refresh();
      };
      seen(created);
      const share = await whileShown(root, (signal) =>
        manila.waitForShare(created, { status: "available", ...POLL, signal, onProgress: seen }),
      );
      void open(share);
      return `Share ${label(share)} is ${share.status} (${trail}).`;
    });
  });

  show(
    root,
    h("h2", {}, "Shares"),
    form,
    notice,
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
    detail,
  );
  await Promise.all([refresh(), fillShareTypes(conn, shareType, notice)]);
};

/**
 * The share types the project may use, the cloud's default chosen (2.46's `is_default`, else
 * the one named `default`, else the first). None listed leaves the choice to Manila's default.
 */
async function fillShareTypes(conn: Connection, select: HTMLSelectElement, notice: HTMLElement): Promise<void> {
  try {
    const types = await conn.sharedFileSystem.listShareTypes();
    const chosen = types.find((t) => t.is_default) ?? types.find((t) => t.name === "default") ?? types[0];
    show(
      select,
      ...(types.length === 0 ? [h("option", { value: "" }, "the cloud's default")] : []),
      ...types.map((t) => h("option", { value: t.id, selected: t === chosen }, t.name)),
    );
  } catch (error) {
    show(select, h("option", { value: "" }, "the cloud's default"));
    show(notice, errorPanel(error, "Listing share types"));
  }
}
