import type { image } from "@openstack-ts/openstack";
import { field, h, show, table } from "../app/dom.js";
import { formatBytes, formatPercent } from "../app/format.js";
import { errorPanel, load, statusBadge, type View } from "./view.js";

const DISK_FORMATS = ["raw", "qcow2", "iso", "vmdk", "vdi", "vhd", "vhdx", "ami", "aki", "ari", "ploop"];

/** Glance images: the list, and an upload from a file with a progress bar. */
export const imagesView: View = (root, { conn, projectId, uploads }) => {
  const list = h("div", { id: "image-list" });
  const notice = h("div", { class: "notice", "aria-live": "polite" });
  const file = h("input", { id: "image-file", name: "file", type: "file", required: true });
  const name = h("input", { id: "image-name", name: "name", placeholder: "from the file's name" });
  const format = h(
    "select",
    { id: "image-format", name: "disk_format" },
    ...DISK_FORMATS.map((f) => h("option", { value: f }, f)),
  );
  const upload = h("button", { type: "submit", id: "upload-image" }, "Upload");
  const bar = h("progress", { id: "upload-progress", max: 1, value: 0 });
  const percent = h("output", { id: "upload-percent" }, "");
  const progress = h("div", { class: "progress", hidden: true }, bar, percent);

  const setProgress = (sent: number, total: number, done = false) => {
    const ratio = done ? 1 : total > 0 ? sent / total : 0;
    // Never behind what was shown: the SDK's final report and the browser's may interleave.
    bar.value = Math.max(bar.value, done ? 1 : Math.min(ratio, 0.999));
    percent.value = `${formatPercent(bar.value, done)} · ${formatBytes(sent)} of ${formatBytes(total)}`;
    bar.dataset["state"] = done ? "done" : "sending";
  };

  const refresh = () =>
    load(list, "Listing images", async () => {
      const images = await conn.image.listImages();
      return table(
        images,
        [
          ["Name", (i: image.Image) => h("strong", {}, i.name ?? "(no name)")],
          ["Status", (i) => statusBadge(i.status)],
          ["Size", (i) => formatBytes(i.size)],
          ["Format", (i) => `${i.disk_format ?? "—"} / ${i.container_format ?? "—"}`],
          ["Visibility", (i) => i.visibility ?? ""],
          ["ID", (i) => h("code", {}, i.id)],
          [
            "",
            (i) =>
              i.owner === projectId &&
              h(
                "button",
                { type: "button", class: "danger", "data-delete": i.name ?? i.id, onclick: () => remove(i) },
                "Delete",
              ),
          ],
        ],
        (i) => ({ "data-name": i.name ?? "", "data-id": i.id }),
      );
    });

  const remove = async (image: image.Image) => {
    show(notice);
    try {
      await conn.image.deleteImage(image);
      show(notice, h("p", { class: "ok" }, `Deleted image ${image.name ?? image.id}.`));
    } catch (error) {
      show(notice, errorPanel(error, `Deleting image ${image.name ?? image.id}`));
    }
    await refresh();
  };

  /** Creates the image record, then sends the file to it, the bar following the bytes sent. */
  const send = async (chosen: File) => {
    const imageName = name.value.trim() || chosen.name;
    const image = await conn.image.createImage({
      name: imageName,
      disk_format: format.value,
      container_format: "bare",
    });
    progress.hidden = false;
    bar.value = 0;
    setProgress(0, chosen.size);
    const stop = uploads.watch(`/images/${image.id}/file`, (sent, total) => setProgress(sent, total));
    try {
      await conn.image.uploadImage(image, chosen, {
        onUploadProgress: ({ transferredBytes, totalBytes, percent }) =>
          setProgress(transferredBytes, totalBytes, percent >= 1),
      });
    } finally {
      stop();
    }
    return `Uploaded ${formatBytes(chosen.size)} to image ${imageName} (${image.id}).`;
  };

  const form = h(
    "form",
    { id: "image-form", class: "inline" },
    field("File", file),
    field("Name", name),
    field("Disk format", format),
    upload,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return;
    upload.disabled = true;
    show(notice);
    try {
      show(notice, h("p", { class: "ok" }, await send(chosen)));
      form.reset();
    } catch (error) {
      show(notice, errorPanel(error, `Uploading ${chosen.name}`));
    } finally {
      upload.disabled = false;
    }
    await refresh();
  });

  show(root, h("h2", {}, "Images"), form, progress, notice, list);
  return refresh();
};
