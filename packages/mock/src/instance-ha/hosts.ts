import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { COMPUTE_HOSTS, findSegment, masakariList, masakariTime, nextId, SOFT_DELETE } from "./masakari.js";

const UPDATABLE = ["name", "type", "control_attributes", "reserved", "on_maintenance"];

/** A host as Masakari shows it: with its whole segment. */
const hostView = (ctx: Ctx, host: Row): Row => {
  const { id, uuid: hostUuid, name, failover_segment_id, ...rest } = host;
  return {
    id,
    uuid: hostUuid,
    name,
    failover_segment_id,
    failover_segment: findSegment(ctx, failover_segment_id),
    ...rest,
  };
};

function findHost(ctx: Ctx, segment: Row): Row {
  const id = ctx.params["host"];
  const host = ctx.cloud.state.haHosts.find((h) => h["uuid"] === id && h["failover_segment_id"] === segment["uuid"]);
  return host ?? fail(404, `Host ${id} could not be found.`);
}

/** Checks a host's name: a compute host Nova knows, in no other segment's or this one's hosts. */
function check(ctx: Ctx, host: Row): void {
  const name = host["name"];
  if (!COMPUTE_HOSTS.includes(name)) fail(400, `Compute service with name ${name} could not be found.`);
  if (ctx.cloud.state.haHosts.some((h) => h["uuid"] !== host["uuid"] && h["name"] === name))
    fail(409, `Host with name ${name} already exists.`);
}

/** Masakari's hosts of a segment: compute hosts Nova knows, made, read, listed, changed, deleted. */
export function hostRoutes(): Route[] {
  const base = "v1/:project/segments/:segment/hosts";
  return [
    {
      method: "GET",
      path: base,
      handle: (ctx) => {
        const segment = findSegment(ctx, ctx.params["segment"]);
        const mine = ctx.cloud.state.haHosts.filter((h) => h["failover_segment_id"] === segment["uuid"]);
        const hosts = masakariList(ctx, mine, ["type", "control_attributes", "on_maintenance", "reserved"]);
        return json({ hosts: hosts.map((h) => hostView(ctx, h)) });
      },
    },
    {
      method: "POST",
      path: base,
      handle: async (ctx) => {
        const segment = findSegment(ctx, ctx.params["segment"]);
        const input: Row = (await ctx.body())["host"] ?? {};
        for (const field of ["name", "type", "control_attributes"])
          if (typeof input[field] !== "string") fail(400, `Invalid input for field/attribute ${field}. Value: None.`);
        const hosts = ctx.cloud.state.haHosts;
        const host = {
          id: nextId(hosts),
          uuid: uuid(),
          name: input["name"],
          failover_segment_id: segment["uuid"],
          type: input["type"],
          reserved: input["reserved"] ?? false,
          control_attributes: input["control_attributes"],
          on_maintenance: input["on_maintenance"] ?? false,
          created_at: masakariTime(ctx.cloud.now()),
          updated_at: null,
          ...SOFT_DELETE,
        };
        check(ctx, host);
        hosts.push(host);
        return json({ host: hostView(ctx, host) }, 201);
      },
    },
    {
      method: "GET",
      path: `${base}/:host`,
      handle: (ctx) => json({ host: hostView(ctx, findHost(ctx, findSegment(ctx, ctx.params["segment"]))) }),
    },
    {
      method: "PUT",
      path: `${base}/:host`,
      handle: async (ctx) => {
        const host = findHost(ctx, findSegment(ctx, ctx.params["segment"]));
        const input: Row = (await ctx.body())["host"] ?? {};
        const changed = { ...host };
        for (const field of UPDATABLE) if (field in input) changed[field] = input[field];
        check(ctx, changed);
        Object.assign(host, changed, { updated_at: masakariTime(ctx.cloud.now()) });
        return json({ host: hostView(ctx, host) });
      },
    },
    {
      method: "DELETE",
      path: `${base}/:host`,
      handle: (ctx) => {
        const host = findHost(ctx, findSegment(ctx, ctx.params["segment"]));
        const { state } = ctx.cloud;
        state.haHosts = state.haHosts.filter((h) => h !== host);
        return empty(204);
      },
    },
  ];
}
