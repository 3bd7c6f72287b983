import type { Connection, loadBalancer } from "@openstack-ts/openstack";
import { h, show, table, type Child } from "../app/dom.js";
import { load, statusBadge, type View } from "./view.js";

type Listed = loadBalancer.LoadBalancer;

/** One load balancer's listeners and pools, each with its two statuses. */
async function loadBalancerDetail(conn: Connection, lb: Listed): Promise<Child[]> {
  const label = lb.name || lb.id;
  const [listeners, pools] = await Promise.all([
    conn.loadBalancer.listListeners({ loadbalancer_id: lb.id }),
    conn.loadBalancer.listPools({ loadbalancer_id: lb.id }),
  ]);
  return [
    h("h3", {}, `Listeners of ${label}`),
    h(
      "div",
      { id: "lb-listeners" },
      table(
        listeners,
        [
          ["Name", (l: loadBalancer.Listener) => h("strong", {}, l.name || "(no name)")],
          ["Protocol", (l) => `${l.protocol} ${l.protocol_port}`],
          ["Provisioning", (l) => statusBadge(l.provisioning_status)],
          ["Operating", (l) => statusBadge(l.operating_status)],
          ["Default pool", (l) => h("code", {}, l.default_pool_id ?? "—")],
          ["ID", (l) => h("code", {}, l.id)],
        ],
        (l) => ({ "data-name": l.name ?? "", "data-id": l.id }),
      ),
    ),
    h("h3", {}, `Pools of ${label}`),
    h(
      "div",
      { id: "lb-pools" },
      table(
        pools,
        [
          ["Name", (p: loadBalancer.Pool) => h("strong", {}, p.name || "(no name)")],
          ["Protocol", (p) => p.protocol],
          ["Algorithm", (p) => p.lb_algorithm],
          ["Provisioning", (p) => statusBadge(p.provisioning_status)],
          ["Operating", (p) => statusBadge(p.operating_status)],
          ["Members", (p) => String(p.members?.length ?? 0)],
          ["ID", (p) => h("code", {}, p.id)],
        ],
        (p) => ({ "data-name": p.name ?? "", "data-id": p.id }),
      ),
    ),
  ];
}

/** Octavia load balancers: provisioning and operating status; one load balancer's listeners and pools. */
export const loadBalancersView: View = (root, { conn }) => {
  const list = h("div", { id: "lb-list" });
  const detail = h("section", { id: "lb-detail" });
  const open = (lb: Listed) =>
    load(detail, `Reading load balancer ${lb.name || lb.id}`, () => loadBalancerDetail(conn, lb));
  const refresh = () =>
    load(list, "Listing load balancers", async () =>
      table(
        await conn.loadBalancer.listLoadBalancers(),
        [
          [
            "Name",
            (lb: Listed) =>
              h(
                "button",
                { type: "button", class: "link", "data-open": lb.name || lb.id, onclick: () => void open(lb) },
                lb.name || "(no name)",
              ),
          ],
          ["Provisioning", (lb) => statusBadge(lb.provisioning_status)],
          ["Operating", (lb) => statusBadge(lb.operating_status)],
          ["VIP", (lb) => lb.vip_address ?? "—"],
          ["Provider", (lb) => lb.provider ?? "—"],
          ["ID", (lb) => h("code", {}, lb.id)],
        ],
        (lb) => ({ "data-name": lb.name ?? "", "data-id": lb.id }),
      ),
    );
  show(
    root,
    h("h2", {}, "Load balancers"),
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
    detail,
  );
  return refresh();
};
