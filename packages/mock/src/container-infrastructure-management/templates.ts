import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { findMagnum, magnumLinks, magnumPage, magnumTime, nextId } from "./magnum.js";
import { applyPatch } from "./patch.js";

/** A template's fields in Magnum's order, with what Magnum stores when a create leaves one out. */
const FIELDS: readonly [string, unknown][] = [
  ["name", null],
  ["coe", null],
  ["image_id", null],
  ["flavor_id", null],
  ["master_flavor_id", null],
  ["dns_nameserver", null],
  ["keypair_id", null],
  ["external_network_id", null],
  ["fixed_network", null],
  ["fixed_subnet", null],
  ["network_driver", null],
  ["apiserver_port", null],
  ["docker_volume_size", null],
  ["cluster_distro", null],
];
const MORE: readonly [string, unknown][] = [
  ["http_proxy", null],
  ["https_proxy", null],
  ["no_proxy", null],
  ["volume_driver", null],
  ["registry_enabled", false],
  ["labels", null],
  ["tls_disabled", false],
  ["public", false],
  ["server_type", "vm"],
  ["insecure_registry", null],
  ["docker_storage_driver", null],
  ["master_lb_enabled", false],
  ["floating_ip_enabled", true],
];
const TAIL: readonly [string, unknown][] = [
  ["hidden", false],
  ["tags", null],
];

/** A template as Magnum shows it: its fields, its links, its owner and times. */
function view(ctx: Ctx, t: Row): Row {
  const pick = (fields: readonly [string, unknown][]) => Object.fromEntries(fields.map(([k]) => [k, t[k]]));
  return {
    uuid: t["uuid"],
    ...pick(FIELDS),
    links: magnumLinks(ctx, "clustertemplates", t["uuid"]),
    ...pick(MORE),
    project_id: t["project_id"],
    user_id: t["user_id"],
    ...pick(TAIL),
    created_at: t["created_at"],
    updated_at: t["updated_at"],
  };
}

/** The image's `os_distro`, as Magnum reads it from Glance to choose a driver; refusals in its words. */
function distroOf(ctx: Ctx, template: Row): string {
  const image = ctx.cloud.state.images.find(
    (i) => i["id"] === template["image_id"] || i["name"] === template["image_id"],
  );
  if (!image) fail(404, `Image ${template["image_id"]} could not be found.`);
  const distro = image["os_distro"];
  if (typeof distro !== "string" || !["fedora-coreos", "fedora-atomic"].includes(distro))
    fail(400, `Cluster type (${template["server_type"]}, ${distro ?? "None"}, ${template["coe"]}) not supported.`);
  return distro;
}

function checkKeypair(ctx: Ctx, name: unknown): void {
  if (name === null || name === undefined) return;
  const mine = ctx.cloud.state.keypairs.some((k) => k["name"] === name && k["user_id"] === authOf(ctx).userId);
  if (!mine) fail(404, `Unable to find keypair ${name}.`);
}

export const findTemplate = (ctx: Ctx, id = ctx.params["id"]) =>
  findMagnum(ctx, ctx.cloud.state.magnumTemplates, "ClusterTemplate", id);

/** Magnum's cluster templates: made from an image whose os_distro picks a driver, read, paged, JSON-patched, deleted. */
export function templateRoutes(): Route[] {
  return [
    // the list and its `detail` twin show the same fields since Magnum's 1.x
    ...["v1/clustertemplates", "v1/clustertemplates/detail"].map(
      (path): Route => ({
        method: "GET",
        path,
        handle: (ctx) => {
          const mine = ctx.cloud.state.magnumTemplates.filter((t) => t["project_id"] === authOf(ctx).projectId);
          const page = magnumPage(ctx, mine, path.slice(3), "ClusterTemplate");
          const next = page.next ? { next: page.next } : {};
          return json({ clustertemplates: page.items.map((t) => view(ctx, t)), ...next });
        },
      }),
    ),
    {
      method: "POST",
      path: "v1/clustertemplates",
      handle: async (ctx) => {
        const input = await ctx.body();
        for (const field of ["coe", "image_id", "external_network_id"])
          if (typeof input[field] !== "string") fail(400, `Mandatory field missing: ${field}`);
        const rows = ctx.cloud.state.magnumTemplates;
        const template: Row = Object.fromEntries([...FIELDS, ...MORE, ...TAIL].map(([k, d]) => [k, input[k] ?? d]));
        if (input["coe"] === "kubernetes" && !input["network_driver"]) template["network_driver"] = "flannel";
        template["cluster_distro"] = distroOf(ctx, template);
        checkKeypair(ctx, template["keypair_id"]);
        const now = magnumTime(ctx.cloud.now());
        Object.assign(template, {
          id: nextId(rows),
          uuid: uuid(),
          project_id: authOf(ctx).projectId,
          user_id: authOf(ctx).userId,
          created_at: now,
          updated_at: null,
        });
        rows.push(template);
        return json(view(ctx, template), 201);
      },
    },
    { method: "GET", path: "v1/clustertemplates/:id", handle: (ctx) => json(view(ctx, findTemplate(ctx))) },
    {
      method: "PATCH",
      path: "v1/clustertemplates/:id",
      handle: async (ctx) => {
        const template = findTemplate(ctx);
        const changed = applyPatch(template, await ctx.body(), ["uuid", "id", "project_id", "user_id", "created_at"]);
        if (changed["image_id"] !== template["image_id"]) changed["cluster_distro"] = distroOf(ctx, changed);
        Object.assign(template, changed);
        return json(view(ctx, template));
      },
    },
    {
      method: "DELETE",
      path: "v1/clustertemplates/:id",
      handle: (ctx) => {
        const template = findTemplate(ctx);
        const { state } = ctx.cloud;
        if (state.magnumClusters.some((c) => c["cluster_template_id"] === template["uuid"]))
          fail(400, `ClusterTemplate ${template["uuid"]} is referenced by one or multiple clusters.`);
        state.magnumTemplates = state.magnumTemplates.filter((t) => t !== template);
        return empty(204);
      },
    },
  ];
}
