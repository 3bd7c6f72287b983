import { defineResource, idOf, type Item, type Ref } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { FixedIp, Route } from "../shared-fields.js";
import {
  fieldSelection,
  optionalString,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

/**
 * Where the router leaves for the outside: an external network, the addresses it takes
 * there, and whether it masquerades (SNAT) the inside. Null for a router without one.
 */
const ExternalGateway = v.looseObject({
  network_id: v.string(),
  enable_snat: v.optional(v.boolean()),
  external_fixed_ips: v.optional(v.array(FixedIp)),
  qos_policy_id: optionalString,
});

/**
 * A Neutron router, fields as the Networking API reference names them. The core router's
 * fields are required; those of extensions (DVR, HA, flavors, availability zones, extra
 * routes, …) are optional, since a cloud without the extension leaves them out.
 */
export const Router = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  // ACTIVE, ALLOCATING, DOWN or ERROR.
  status: v.string(),
  admin_state_up: v.boolean(),
  // Set or cleared by an update: this is how a router gets (or loses) its external gateway.
  external_gateway_info: v.nullable(ExternalGateway),
  routes: v.optional(v.array(Route)),
  distributed: v.optional(v.nullable(v.boolean())),
  ha: v.optional(v.nullable(v.boolean())),
  flavor_id: optionalString,
  service_type_id: optionalString,
  availability_zone_hints: v.optional(v.array(v.string())),
  availability_zones: v.optional(v.array(v.string())),
  enable_ndp_proxy: v.optional(v.nullable(v.boolean())),
  conntrack_helpers: v.optional(v.array(v.looseObject({}))),
});

/** What adding or removing an interface answers: the port that joins the router to the subnet. */
export const RouterInterface = v.looseObject({
  id: v.string(),
  port_id: v.string(),
  subnet_id: v.string(),
  subnet_ids: v.optional(v.array(v.string())),
  network_id: v.optional(v.string()),
  project_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
});

/** An interface is named by the subnet to join (the router takes its gateway address) or by a port. */
type InterfaceArgs = { subnet: Ref; port?: undefined } | { port: Ref; subnet?: undefined };

const interfaceBody = (args: InterfaceArgs) =>
  args.port !== undefined ? { port_id: idOf(args.port, "port") } : { subnet_id: idOf(args.subnet, "subnet") };

const routesBody = (args: { routes: readonly v.InferInput<typeof Route>[] }) => ({ router: { routes: args.routes } });

/**
 * Routers, and their interfaces and extra routes (named as openstacksdk names them). The
 * external gateway is a field: `updateRouter(router, { external_gateway_info: { network_id } })`
 * sets it, `{ external_gateway_info: null }` removes it.
 */
export const routers = defineResource({
  service: networkService,
  path: "routers",
  singular: "Router",
  plural: "Routers",
  key: "router",
  pluralKey: "routers",
  schema: Router,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: fieldSelection,
  // Neutron refuses the others (status, distributed, ha, …) as filters.
  query: [...standardFilters, "admin_state_up"],
  filters: { ...sortFilters, ...tagFilters },
  readOnly: ["id", ...standardReadOnly, "status", "availability_zones", "conntrack_helpers"],
  createOnly: ["project_id", "flavor_id", "service_type_id", "availability_zone_hints"],
  actions: {
    /** PUT routers/{id}/add_router_interface: answers the interface (a {@link RouterInterface}). */
    // A second add fails (the subnet already has a port on the router): never resent.
    addInterfaceToRouter: {
      method: "PUT",
      path: "routers/{router}/add_router_interface",
      body: interfaceBody,
      returns: "json",
      idempotent: false,
    },
    /** PUT routers/{id}/remove_router_interface: answers the interface removed. */
    removeInterfaceFromRouter: {
      method: "PUT",
      path: "routers/{router}/remove_router_interface",
      body: interfaceBody,
      returns: "json",
      idempotent: false,
    },
    /** Adds routes to the router's `routes` in one step (extraroute-atomic); answers `{ router }`. */
    addExtraRoutesToRouter: {
      method: "PUT",
      path: "routers/{router}/add_extraroutes",
      body: routesBody,
      returns: "json",
    },
    /** Removes these routes from the router's `routes`; answers `{ router }`. */
    removeExtraRoutesFromRouter: {
      method: "PUT",
      path: "routers/{router}/remove_extraroutes",
      body: routesBody,
      returns: "json",
    },
  },
});

/** A Router as the API returns it (its declared fields; extra fields pass through at run time). */
export type Router = Item<typeof routers>;
export type RouterInterface = v.InferOutput<typeof RouterInterface>;
