import * as v from "valibot";

/** Traffic counters, as a load balancer's and a listener's `stats` carry them. */
export const Statistics = v.looseObject({
  active_connections: v.number(),
  bytes_in: v.number(),
  bytes_out: v.number(),
  request_errors: v.number(),
  total_connections: v.number(),
});
export const LoadBalancerStatistics = Statistics;

/** One node of the status tree: its id, name and two statuses; its children under their plural names. */
const StatusNode = v.looseObject({
  id: v.string(),
  name: v.optional(v.nullable(v.string())),
  provisioning_status: v.optional(v.string()),
  operating_status: v.optional(v.string()),
});

/** What `GET …/status` answers inside `statuses`: the load balancer, its listeners, their pools, members and monitor. */
export const LoadBalancerStatusTree = v.looseObject({
  loadbalancer: v.looseObject({
    ...StatusNode.entries,
    listeners: v.optional(
      v.array(
        v.looseObject({
          ...StatusNode.entries,
          pools: v.optional(
            v.array(
              v.looseObject({
                ...StatusNode.entries,
                members: v.optional(v.array(StatusNode)),
                // The server says health_monitor; the API reference's sample, healthmonitor.
                health_monitor: v.optional(StatusNode),
                healthmonitor: v.optional(StatusNode),
              }),
            ),
          ),
          l7policies: v.optional(
            v.array(v.looseObject({ ...StatusNode.entries, rules: v.optional(v.array(StatusNode)) })),
          ),
        }),
      ),
    ),
    pools: v.optional(v.array(v.looseObject({ ...StatusNode.entries, members: v.optional(v.array(StatusNode)) }))),
  }),
});
export type LoadBalancerStatusTree = v.InferOutput<typeof LoadBalancerStatusTree>;
export type Statistics = v.InferOutput<typeof Statistics>;
