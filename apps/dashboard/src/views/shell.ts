import { baremetal, dns, keyManager, loadBalancer, orchestration, sharedFileSystem } from "@openstack-ts/openstack";
import { connectionFor, type Account } from "../app/account.js";
import { h, show } from "../app/dom.js";
import { offeredServices } from "../app/services.js";
import type { UploadProgress } from "../app/upload-progress.js";
import { containersView } from "./containers-view.js";
import { imagesView } from "./images-view.js";
import { loadBalancersView } from "./load-balancers-view.js";
import { networksView } from "./networks-view.js";
import { nodesView } from "./nodes-view.js";
import { projectsView } from "./projects-view.js";
import { secretsView } from "./secrets-view.js";
import { serversView } from "./servers-view.js";
import { sharesView } from "./shares-view.js";
import { stacksView } from "./stacks-view.js";
import { errorPanel, type View, type ViewContext } from "./view.js";
import { volumesView } from "./volumes-view.js";
import { zonesView } from "./zones-view.js";

/**
 * The views, by the name in the URL's hash (`#networks`). A view with a service type is
 * offered only when the project's catalog has that service: a cloud without Heat shows no
 * Stacks tab. The first seven services are what the dashboard is for, and stay shown.
 */
const VIEWS: Record<string, [label: string, view: View, serviceType?: string]> = {
  projects: ["Projects", projectsView],
  networks: ["Networks", networksView],
  images: ["Images", imagesView],
  servers: ["Servers", serversView],
  volumes: ["Volumes", volumesView],
  containers: ["Containers", containersView],
  stacks: ["Stacks", stacksView, orchestration.orchestrationService.type],
  "load-balancers": ["Load balancers", loadBalancersView, loadBalancer.loadBalancerService.type],
  zones: ["DNS zones", zonesView, dns.dnsService.type],
  secrets: ["Secrets", secretsView, keyManager.keyManagerService.type],
  shares: ["Shares", sharesView, sharedFileSystem.sharedFileSystemService.type],
  nodes: ["Bare-metal nodes", nodesView, baremetal.baremetalService.type],
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
  const tabs = h("nav", {});
  const main = h("main", { id: "view" }, h("p", { class: "loading" }, "Loading…"));
  const header = h(
    "header",
    {},
    h("span", { class: "brand" }, "openstack-ts"),
    h("span", { class: "who" }, `${account.userName} in `, picker),
    h("button", { type: "button", id: "log-out", class: "secondary", onclick: leave(options.logOut) }, "Log out"),
  );

  const render = (shown: Set<string>) => {
    const hashed = location.hash.slice(1);
    const name = shown.has(hashed) ? hashed : FIRST;
    for (const tab of tabs.querySelectorAll("a")) tab.classList.toggle("active", tab.dataset["view"] === name);
    const area = h("div", { "data-view": name });
    show(main, area);
    Promise.resolve(VIEWS[name]![1](area, context)).catch((error: unknown) => show(area, errorPanel(error)));
  };
  show(root, header, tabs, main);
  void shownViews(context).then((shown) => {
    if (stop.signal.aborted) return;
    show(tabs, ...[...shown].map((name) => h("a", { href: `#${name}`, "data-view": name }, VIEWS[name]![0])));
    window.addEventListener("hashchange", () => render(shown), { signal: stop.signal });
    render(shown);
  });
}

/** The names of the views to offer, in VIEWS' order: those without a service, and those the catalog has. */
async function shownViews({ conn }: ViewContext): Promise<Set<string>> {
  const types = Object.values(VIEWS).flatMap(([, , type]) => (type ? [type] : []));
  const offered = await offeredServices(conn.session, types);
  return new Set(Object.keys(VIEWS).filter((name) => !VIEWS[name]![2] || offered.has(VIEWS[name]![2]!)));
}
