import type { keyManager } from "@openstack-ts/openstack";
import { h, show, table } from "../app/dom.js";
import { formatContentTypes, payloadForDisplay } from "../app/format.js";
import { errorPanel, load, statusBadge, type View } from "./view.js";

/**
 * Barbican secrets, by their metadata only. A payload is read from Barbican when its row's
 * "Show payload" is pressed, never before, shown in that row only, and dropped from the page
 * by "Hide". Nothing here logs it: the SDK's SecretPayload shows no bytes in any string form.
 */
export const secretsView: View = (root, { conn }) => {
  const list = h("div", { id: "secret-list" });

  /** The payload cell: a button until pressed, then the payload (or why it could not be read). */
  const payloadCell = (secret: keyManager.Secret): HTMLElement => {
    const cell = h("div", { class: "payload" });
    const label = secret.name || secret.id;
    const hidden = () => {
      // No payload stored yet: Barbican would answer 404, whatever is asked.
      if (!secret.content_types?.["default"]) return show(cell, h("span", { class: "muted" }, "none stored"));
      show(
        cell,
        h(
          "button",
          { type: "button", class: "secondary", "data-show-payload": label, onclick: () => void reveal() },
          "Show payload",
        ),
      );
    };
    const reveal = async () => {
      show(cell, h("span", { class: "loading" }, "Reading…"));
      try {
        const shown = payloadForDisplay(await conn.keyManager.getSecretPayload(secret));
        show(
          cell,
          h("code", { class: "payload-text", "data-encoding": shown.encoding }, shown.text),
          shown.encoding === "base64" && h("span", { class: "muted" }, " (base64)"),
          " ",
          h("button", { type: "button", class: "link", "data-hide-payload": label, onclick: hidden }, "Hide"),
        );
      } catch (error) {
        show(cell, errorPanel(error, `Reading the payload of ${label}`));
      }
    };
    hidden();
    return cell;
  };

  const refresh = () =>
    load(list, "Listing secrets", async () =>
      table(
        await conn.keyManager.listSecrets(),
        [
          ["Name", (s: keyManager.Secret) => h("strong", {}, s.name || "(no name)")],
          ["Type", (s) => s.secret_type],
          ["Status", (s) => statusBadge(s.status)],
          ["Created", (s) => s.created],
          ["Expiration", (s) => s.expiration ?? "never"],
          ["Content types", (s) => formatContentTypes(s.content_types)],
          ["Algorithm", (s) => [s.algorithm, s.bit_length, s.mode].filter((x) => x != null).join(" ") || "—"],
          ["ID", (s) => h("code", {}, s.id)],
          ["Payload", (s) => payloadCell(s)],
        ],
        (s) => ({ "data-name": s.name ?? "", "data-id": s.id }),
      ),
    );

  show(
    root,
    h("h2", {}, "Secrets"),
    h("p", { class: "muted" }, "Metadata only: a payload is read from Barbican when you ask for it."),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
  );
  return refresh();
};
