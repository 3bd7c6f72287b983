import { connectionFor, type Account } from "../app/account.js";
import { h, show } from "../app/dom.js";
import type { UploadProgress } from "../app/upload-progress.js";
import { containersView } from "./containers-view.js";
import { imagesView } from "./images-view.js";
import { networksView } from "./networks-view.js";
import { projectsView } from "./projects-view.js";
import { serversView } from "./servers-view.js";
import { errorPanel, type View, type ViewContext } from "./view.js";
import { volumesView } from "./volumes-view.js";

/** The views, by the name in the URL's hash (`#networks`). */
const VIEWS: Record<string, [label: string, view: View]> = {
  projects: ["Projects", projectsView],
  networks: ["Networks", networksView],
  images: ["Images", imagesView],
  servers: ["Servers", serversView],
  volumes: ["Volumes", volumesView],
  containers: ["Containers", containersView],
};
const FIRST = "networks";

export interface ShellOptions {
  account: Account;
  projectId: string;
  uploads: UploadProgress;
  /** Back to the login form. */
  logOut(): void;
  /** Opens the shell again, on another project. */
  open(projectId: string): void;
}

/**
 * The dashboard once a project is chosen: a header (user, project picker, log out), the
 * views' tabs, and the chosen view. Listeners end with the shell (`stop`), so a project
 * switch or a log-out leaves nothing behind.
 */
export function shell(root: HTMLElement, options: ShellOptions): void {
  const { account, projectId, uploads } = options;
  const stop = new AbortController();
  const leave = (then: () => void) => () => {
    stop.abort();
    then();
  };
  const context: ViewContext = {
    conn: connectionFor(account, projectId, uploads.fetch),
    account,
    projectId,
    uploads,
    switchProject: (id) => leave(() => options.open(id))(),
  };
  const picker = h(
    "select",
    { id: "project", "aria-label": "Project" },
    ...account.projects.map((p) => h("option", { value: p.id, selected: p.id === projectId }, p.name)),
  );
  picker.addEventListener("change", () => context.switchProject(picker.value), { signal: stop.signal });
  const tabs = h(
    "nav",
    {},
    ...Object.entries(VIEWS).map(([name, [label]]) => h("a", { href: `#${name}`, "data-view": name }, label)),
  );
  const main = h("main", { id: "view" });
  const header = h(
    "header",
    {},
    h("span", { class: "brand" }, "openstack-ts"),
    h("span", { class: "who" }, `${account.userName} in `, picker),
    h("button", { type: "button", id: "log-out", class: "secondary", onclick: leave(options.logOut) }, "Log out"),
  );

  const render = () => {
    const name = location.hash.slice(1) in VIEWS ? location.hash.slice(1) : FIRST;
    for (const tab of tabs.querySelectorAll("a")) tab.classList.toggle("active", tab.dataset["view"] === name);
    const area = h("div", { "data-view": name });
    show(main, area);
    Promise.resolve(VIEWS[name]![1](area, context)).catch((error: unknown) => show(area, errorPanel(error)));
  };
  window.addEventListener("hashchange", render, { signal: stop.signal });
  show(root, header, tabs, main);
  render();
}
