import { fail } from "../engine/api-error.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { CONDUCTOR, ironicLinks } from "./ironic.js";
import { nodeStateRoutes } from "./node-states.js";
import { DEFAULT_INTERFACES, FAKE_HARDWARE, nodeRoutes } from "./nodes.js";
import { portRoutes } from "./ports.js";

/** Ironic's microversions, as Zed's (21.x) Ironic on the real cloud offers them. */
const RANGE = {
  name: "baremetal",
  min: "1.1",
  max: "1.82",
  legacyHeader: "X-OpenStack-Ironic-API-Version",
  style: "ironic",
} as const;

const version = (ctx: Ctx) => ({
  id: "v1",
  links: [{ href: `${ctx.serviceUrl}/v1/`, rel: "self" }],
  status: "CURRENT",
  min_version: RANGE.min,
  version: RANGE.max,
});

/** The interfaces fake-hardware offers beside its defaults, as the real conductor lists them. */
const ALSO_ENABLED: Readonly<Record<string, readonly string[]>> = {
  inspect: ["no-inspect"],
  storage: ["fake"],
  network: ["flat"],
  bios: ["no-bios"],
  rescue: ["no-rescue"],
  raid: ["no-raid"],
  console: ["no-console"],
  vendor: ["no-vendor"],
};

function driverView(ctx: Ctx, detail: boolean) {
  const base = {
    name: FAKE_HARDWARE,
    hosts: [CONDUCTOR],
    links: ironicLinks(ctx, `drivers/${FAKE_HARDWARE}`),
    properties: ironicLinks(ctx, `drivers/${FAKE_HARDWARE}/properties`),
    type: "dynamic",
  };
  if (!detail) return base;
  const interfaces = Object.entries(DEFAULT_INTERFACES).flatMap(([field, name]) => {
    const kind = field.replace(/_interface$/, "");
    return [
      [`default_${field}`, name],
      [`enabled_${kind}_interfaces`, [name, ...(ALSO_ENABLED[kind] ?? [])].sort()],
    ];
  });
  return { ...base, ...Object.fromEntries(interfaces) };
}

function driverRoutes(): Route[] {
  return [
    { method: "GET", path: "v1/drivers", handle: (ctx) => json({ drivers: [driverView(ctx, false)] }) },
    {
      method: "GET",
      path: "v1/drivers/:driver",
      handle: (ctx) =>
        ctx.params["driver"] === FAKE_HARDWARE
          ? json(driverView(ctx, true))
          : fail(404, `Could not find the following driver(s) or hardware type(s): ${ctx.params["driver"]}.`),
    },
  ];
}

/**
 * Ironic under `/baremetal`, its catalog URL unversioned as the real one's: the root document
 * (no token), v1 with Ironic's own microversion headers, nodes and their provision and power
 * states, ports, and the fake-hardware driver of one conductor. Port groups, chassis,
 * allocations, deploy templates, volume resources, traits, VIFs, BIOS and console are not
 * served: the fidelity suite does not use them.
 */
export const baremetalService: ServiceSpec = {
  type: "baremetal",
  prefix: "baremetal",
  errors: "ironic",
  microversion: RANGE,
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          name: "OpenStack Ironic API",
          description:
            "Ironic is an OpenStack project which enables the provision and management of baremetal machines.",
          default_version: version(ctx),
          versions: [version(ctx)],
        }),
    },
    {
      method: "GET",
      path: "v1",
      auth: "none",
      handle: (ctx) =>
        json({
          id: "v1",
          links: [{ href: `${ctx.serviceUrl}/v1/`, rel: "self" }],
          media_types: { base: "application/json", type: "application/vnd.openstack.ironic.v1+json" },
          ...Object.fromEntries(
            ["chassis", "nodes", "ports", "drivers"].map((name) => [name, ironicLinks(ctx, `${name}/`)]),
          ),
          version: version(ctx),
        }),
    },
    ...nodeRoutes(),
    ...nodeStateRoutes(),
    ...portRoutes(),
    ...driverRoutes(),
  ],
};
