import type { identity } from "@openstack-ts/openstack";
import type { Account } from "../app/account.js";
import { h, show, table } from "../app/dom.js";
import type { View } from "./view.js";

/** After logging in: the projects the user may work in, one button each. */
export function projectPicker(root: HTMLElement, account: Account, pick: (projectId: string) => void): void {
  const choices =
    account.projects.length === 0
      ? h("p", { class: "empty" }, `${account.userName} has a role on no project. Ask an administrator for one.`)
      : h(
          "ul",
          { class: "choices" },
          ...account.projects.map((p) =>
            h(
              "li",
              {},
              h("button", { type: "button", "data-project": p.name, onclick: () => pick(p.id) }, p.name),
              " ",
              h("span", { class: "muted" }, p.description ?? ""),
            ),
          ),
        );
  show(
    root,
    h(
      "section",
      { id: "project-picker", class: "card" },
      h("h1", {}, "Choose a project"),
      h("p", {}, `Logged in as ${account.userName}.`),
      choices,
    ),
  );
}

/** The user's projects (Keystone's `GET /v3/auth/projects`), the current one marked. */
export const projectsView: View = (root, { account, projectId, switchProject }) => {
  const columns: [string, (p: identity.Project) => HTMLElement | string][] = [
    ["Name", (p) => h("strong", {}, p.name)],
    ["ID", (p) => h("code", {}, p.id)],
    ["Domain", (p) => p.domain_id ?? "—"],
    ["Enabled", (p) => (p.enabled === false ? "no" : "yes")],
    ["Description", (p) => p.description ?? ""],
    [
      "",
      (p) =>
        p.id === projectId
          ? h("span", { class: "current" }, "current")
          : h("button", { type: "button", onclick: () => switchProject(p.id) }, "Switch"),
    ],
  ];
  show(
    root,
    h("h2", {}, "Projects"),
    h("p", { class: "muted" }, `The projects ${account.userName} has a role on.`),
    table(account.projects, columns, (p) => ({ "data-name": p.name })),
  );
};
