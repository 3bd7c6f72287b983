import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { findMagnum, magnumLinks, magnumPage, magnumTime, nextId } from "./magnum.js";
import { findTemplate } from "./templates.js";

/**
 * Why a cluster fails on the fake cloud: as on the loopback cloud, where the master server
 * never runs the Kubernetes set-up Heat waits for and the stack fails at create_timeout.
 */
export const CREATE_FAILURE = "default-master failed, default-worker failed";

/** What Magnum's API answers for a cluster whose node groups are gone: 0 is below master_count's minimum. */
const MASTER_COUNT_ZERO =
  "Invalid input for field/attribute master_count. Value: '0'. Value should be greater or equal to 1";

/** A cluster as Magnum's list shows it; a read adds the rest (`full`). */
function view(ctx: Ctx, c: Row, full: boolean): Row {
  const short = {
    uuid: c["uuid"],
    name: c["name"],
    cluster_template_id: c["cluster_template_id"],
    keypair: c["keypair"],
    node_count: c["node_count"],
    master_count: c["master_count"],
    docker_volume_size: c["docker_volume_size"],
    labels: c["labels"],
    master_flavor_id: c["master_flavor_id"],
    flavor_id: c["flavor_id"],
    create_timeout: c["create_timeout"],
    links: magnumLinks(ctx, "clusters", c["uuid"]),
    stack_id: c["stack_id"],
    status: c["status"],
  };
  if (!full) return { ...short, health_status: null, merge_labels: false };
  const { id: _id, ...rest } = c;
  return { ...rest, ...short, health_status: null, health_status_reason: {}, merge_labels: false };
}

function nodegroup(cluster: Row, role: "master" | "worker", count: number, template: Row): Row {
  return {
    uuid: uuid(),
    name: `default-${role}`,
    cluster_id: cluster["uuid"],
    project_id: cluster["project_id"],
    flavor_id: role === "master" ? template["master_flavor_id"] : template["flavor_id"],
    image_id: template["image_id"],
    node_count: count,
    role,
    min_node_count: 0,
    max_node_count: null,
    is_default: true,
    stack_id: cluster["stack_id"],
    status: cluster["status"],
    merge_labels: false,
  };
}

const findCluster = (ctx: Ctx, id = ctx.params["id"]) => findMagnum(ctx, ctx.cloud.state.magnumClusters, "Cluster", id);

/**
 * Magnum's clusters on the fake cloud: accepted (202, the uuid) CREATE_IN_PROGRESS with their
 * two default node groups, CREATE_FAILED one cloud delay later as the loopback's end, deleted
 * through DELETE_IN_PROGRESS. No Heat stack, CA or trust is made.
 */
export function clusterRoutes(): Route[] {
  return [
    // the short list, and `detail`: every field
    ...["v1/clusters", "v1/clusters/detail"].map(
      (path): Route => ({
        method: "GET",
        path,
        handle: (ctx) => {
          const mine = ctx.cloud.state.magnumClusters.filter((c) => c["project_id"] === authOf(ctx).projectId);
          const page = magnumPage(ctx, mine, path.slice(3), "Cluster");
          const next = page.next ? { next: page.next } : {};
          return json({ clusters: page.items.map((c) => view(ctx, c, path.endsWith("detail"))), ...next });
        },
      }),
    ),
    {
      method: "POST",
      path: "v1/clusters",
      handle: async (ctx) => {
        const input = await ctx.body();
        const template = findTemplate(ctx, input["cluster_template_id"]);
        const keypair = input["keypair"] ?? template["keypair_id"];
        if (!ctx.cloud.state.keypairs.some((k) => k["name"] === keypair && k["user_id"] === authOf(ctx).userId))
          fail(404, `Unable to find keypair ${keypair}.`);
        const rows = ctx.cloud.state.magnumClusters;
        const now = magnumTime(ctx.cloud.now());
        const cluster: Row = {
          id: nextId(rows),
          uuid: uuid(),
          name: input["name"] ?? `cluster-${uuid().slice(0, 8)}`,
          cluster_template_id: template["uuid"],
          keypair,
          node_count: input["node_count"] ?? 1,
          master_count: input["master_count"] ?? 1,
          docker_volume_size: input["docker_volume_size"] ?? template["docker_volume_size"],
          labels: input["labels"] ?? template["labels"] ?? {},
          master_flavor_id: input["master_flavor_id"] ?? template["master_flavor_id"],
          flavor_id: input["flavor_id"] ?? template["flavor_id"],
          create_timeout: input["create_timeout"] ?? 60,
          stack_id: uuid(),
          status: "CREATE_IN_PROGRESS",
          status_reason: null,
          discovery_url: input["discovery_url"] ?? null,
          api_address: null,
          coe_version: null,
          container_version: null,
          project_id: authOf(ctx).projectId,
          user_id: authOf(ctx).userId,
          node_addresses: [],
          master_addresses: [],
          faults: {},
          fixed_network: input["fixed_network"] ?? null,
          fixed_subnet: input["fixed_subnet"] ?? null,
          floating_ip_enabled: template["floating_ip_enabled"],
          labels_overridden: {},
          labels_added: {},
          labels_skipped: {},
          master_lb_enabled: template["master_lb_enabled"],
          created_at: now,
          updated_at: null,
        };
        rows.push(cluster);
        const groups = [
          nodegroup(cluster, "master", cluster["master_count"], template),
          nodegroup(cluster, "worker", cluster["node_count"], template),
        ];
        ctx.cloud.state.magnumNodegroups.push(...groups);
        ctx.cloud.later(() => {
          const failed = { status: "CREATE_FAILED", updated_at: magnumTime(ctx.cloud.now()) };
          Object.assign(cluster, failed, { status_reason: CREATE_FAILURE });
          for (const group of groups) Object.assign(group, { status: "CREATE_FAILED" });
        });
        return json({ uuid: cluster["uuid"] }, 202);
      },
    },
    {
      method: "GET",
      path: "v1/clusters/:id",
      handle: (ctx) => {
        const cluster = findCluster(ctx);
        if (cluster["master_count"] === 0) fail(400, MASTER_COUNT_ZERO);
        return json(view(ctx, cluster, true));
      },
    },
    {
      method: "DELETE",
      path: "v1/clusters/:id",
      handle: (ctx) => {
        const cluster = findCluster(ctx);
        cluster["status"] = "DELETE_IN_PROGRESS";
        // Magnum's conductor deletes the node groups, then the cluster: in between, the
        // cluster's master count (its master groups' sizes added up) is 0 and its GET fails.
        ctx.cloud.later(() => {
          const { state } = ctx.cloud;
          state.magnumNodegroups = state.magnumNodegroups.filter((g) => g["cluster_id"] !== cluster["uuid"]);
          cluster["master_count"] = 0;
          ctx.cloud.later(() => {
            state.magnumClusters = state.magnumClusters.filter((c) => c !== cluster);
          });
        });
        return empty(204);
      },
    },
    {
      method: "GET",
      path: "v1/clusters/:id/nodegroups",
      handle: (ctx) => {
        const cluster = findCluster(ctx);
        const groups = ctx.cloud.state.magnumNodegroups.filter((g) => g["cluster_id"] === cluster["uuid"]);
        const shown = groups.map(({ cluster_id: _c, project_id: _p, ...g }) => g);
        return json({ nodegroups: shown.filter((g) => !ctx.query.has("role") || g["role"] === ctx.query.get("role")) });
      },
    },
  ];
}
