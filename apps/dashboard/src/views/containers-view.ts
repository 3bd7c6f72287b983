import { NetworkError, objectStore } from "@openstack-ts/openstack";
import { field, h, show, table } from "../app/dom.js";
import { formatBytes } from "../app/format.js";
import { errorPanel, load, type View } from "./view.js";

/**
 * Swift answers a CORS preflight only for containers and objects, never for the account
 * (its proxy says so: "a future change could allow CORS requests to the Account level"). A
 * page on another origin than Swift's cannot list containers then, but can open one by name.
 */
const ACCOUNT_CORS_NOTE =
  "Swift answers browsers' CORS preflight requests for containers and objects, not for the account's list of containers: open a container by name above.";

/** Swift containers of the project's account; pick one (or name one) to see its objects. */
export const containersView: View = (root, { conn }) => {
  const list = h("div", { id: "container-list" });
  const objects = h("section", { id: "object-list" });

  const open = (name: string) =>
    load(objects, `Listing the objects of ${name}`, async () => {
      const entries = await objectStore.listObjects(conn.objectStore, name);
      const stored = entries.filter((e): e is objectStore.StoredObject => !objectStore.isObjectSubdir(e));
      return [
        h("h3", {}, `Objects in ${name}`),
        table(
          stored,
          [
            ["Name", (o: objectStore.StoredObject) => h("strong", {}, o.name)],
            ["Size", (o) => formatBytes(o.bytes)],
            ["Type", (o) => o.content_type],
            ["Modified", (o) => o.last_modified],
          ],
          (o) => ({ "data-name": o.name }),
        ),
      ];
    });

  const refresh = async () => {
    show(list, h("p", { class: "loading" }, "Loading…"));
    try {
      const containers = await conn.objectStore.listContainers();
      show(
        list,
        table(
          containers,
          [
            [
              "Name",
              (c: objectStore.Container) =>
                h(
                  "button",
                  { type: "button", class: "link", "data-open": c.name, onclick: () => void open(c.name) },
                  c.name,
                ),
            ],
            ["Objects", (c) => String(c.count)],
            ["Size", (c) => formatBytes(c.bytes)],
          ],
          (c) => ({ "data-name": c.name }),
        ),
      );
    } catch (error) {
      show(
        list,
        errorPanel(error, "Listing containers"),
        error instanceof NetworkError && h("p", { class: "muted" }, ACCOUNT_CORS_NOTE),
      );
    }
  };

  const name = h("input", { id: "container-name", name: "container", required: true, placeholder: "backups" });
  const form = h(
    "form",
    { id: "container-form", class: "inline" },
    field("Container", name),
    h("button", { type: "submit", class: "secondary" }, "Open"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void open(name.value.trim());
  });

  show(root, h("h2", {}, "Containers"), form, list, objects);
  return refresh();
};
