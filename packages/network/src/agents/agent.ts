import { defineResource, idOf, type Item, type Ref } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { fieldSelection, optionalString, sortFilters } from "../standard-attributes.js";

/**
 * A Neutron agent (DHCP, L3, Open vSwitch, metadata, …) as it last reported itself. Agents
 * register themselves: there is no create; an admin may describe, disable or delete one.
 */
export const Agent = v.looseObject({
  id: v.string(),
  agent_type: v.string(),
  binary: v.string(),
  topic: v.string(),
  host: v.string(),
  admin_state_up: v.boolean(),
  // Whether its last heartbeat is recent enough.
  alive: v.boolean(),
  description: optionalString,
  availability_zone: optionalString,
  configurations: v.optional(v.record(v.string(), v.unknown())),
  created_at: v.optional(v.string()),
  started_at: v.optional(v.string()),
  heartbeat_timestamp: v.optional(v.string()),
  resources_synced: v.optional(v.nullable(v.boolean())),
  resource_versions: v.optional(v.record(v.string(), v.unknown())),
  // For L3 agents hosting an HA router: active or standby.
  ha_state: optionalString,
});

const networkBody = (args: { network: Ref }) => ({ network_id: idOf(args.network, "network") });
const routerBody = (args: { router: Ref }) => ({ router_id: idOf(args.router, "router") });

/**
 * Agents, and the scheduling of networks to DHCP agents and routers to L3 agents (named as
 * openstacksdk names them). The listing actions answer Neutron's body: `{ networks }`,
 * `{ routers }` or `{ agents }`.
 */
export const agents = defineResource({
  service: networkService,
  path: "agents",
  singular: "Agent",
  plural: "Agents",
  key: "agent",
  pluralKey: "agents",
  schema: Agent,
  verbs: ["list", "get", "update", "delete"],
  getQuery: fieldSelection,
  query: ["id", "agent_type", "binary", "topic", "host", "admin_state_up", "alive", "availability_zone", "description"],
  filters: sortFilters,
  // Only these two can change; the rest is what the agent reports.
  readOnly: [
    "id",
    "agent_type",
    "binary",
    "topic",
    "host",
    "alive",
    "availability_zone",
    "configurations",
    "created_at",
    "started_at",
    "heartbeat_timestamp",
    "resources_synced",
    "resource_versions",
    "ha_state",
  ],
  actions: {
    /** The networks a DHCP agent serves: `{ networks }`. */
    dhcpAgentHostingNetworks: { method: "GET", path: "agents/{agent}/dhcp-networks", returns: "json" },
    addDhcpAgentToNetwork: { method: "POST", path: "agents/{agent}/dhcp-networks", body: networkBody },
    removeDhcpAgentFromNetwork: { method: "DELETE", path: "agents/{agent}/dhcp-networks/{network}" },
    /** The DHCP agents serving a network: `{ agents }`. */
    networkHostingDhcpAgents: { method: "GET", path: "networks/{network}/dhcp-agents", returns: "json" },
    /** The routers an L3 agent hosts: `{ routers }`. */
    agentHostedRouters: { method: "GET", path: "agents/{agent}/l3-routers", returns: "json" },
    addRouterToAgent: { method: "POST", path: "agents/{agent}/l3-routers", body: routerBody },
    removeRouterFromAgent: { method: "DELETE", path: "agents/{agent}/l3-routers/{router}" },
    /** The L3 agents hosting a router: `{ agents }`. */
    routersHostingL3Agents: { method: "GET", path: "routers/{router}/l3-agents", returns: "json" },
  },
});

/** An Agent as the API returns it (its declared fields; extra fields pass through at run time). */
export type Agent = Item<typeof agents>;
