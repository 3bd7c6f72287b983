import { ConflictError, InvalidArgumentError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { isLoadBalancerImmutable } from "../../src/immutable.js";
import { API, loadBalancerCloud, octaviaError, sent } from "../fixtures.js";

const { server, setup } = loadBalancerCloud();
const LB = "8a562351-f0fb-424c-a0af-513461424ea5";
const lb = (provisioning_status: string) => ({
  id: LB,
  name: "web",
  provisioning_status,
  operating_status: "OFFLINE",
  vip_subnet_id: "s1",
});

describe("load balancers", () => {
  it("create sends the envelope and the wire names, and answers the item", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/lbaas/loadbalancers`, async ({ request }) => {
        const body = (await request.json()) as { loadbalancer: Record<string, unknown> };
        return HttpResponse.json({ loadbalancer: { ...lb("PENDING_CREATE"), ...body.loadbalancer } }, { status: 201 });
      }),
    );
    const created = await facade.createLoadBalancer({ name: "web", vip_subnet_id: "s1", admin_state_up: true });
    expect(created.provisioning_status).toBe("PENDING_CREATE");
    expect(await seen[0]!.json()).toEqual({ loadbalancer: { name: "web", vip_subnet_id: "s1", admin_state_up: true } });
  });

  it("refuses fields only Octavia sets, and create-only ones on update, before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error provisioning_status is read-only
    await expect(facade.createLoadBalancer({ provisioning_status: "ACTIVE" })).rejects.toThrow(InvalidArgumentError);
    // @ts-expect-error the VIP is set on create only
    await expect(facade.updateLoadBalancer(LB, { vip_subnet_id: "s2" })).rejects.toThrow(/vip_subnet_id/);
    expect(seen).toHaveLength(0);
  });

  it("waitForLoadBalancer reads provisioning_status until ACTIVE", async () => {
    const { facade } = setup();
    const states = ["PENDING_CREATE", "PENDING_CREATE", "ACTIVE"];
    server.use(
      http.get(`${API}/lbaas/loadbalancers/${LB}`, () => HttpResponse.json({ loadbalancer: lb(states.shift()!) })),
    );
    const seenStates: string[] = [];
    const done = await facade.waitForLoadBalancer(LB, {
      status: "ACTIVE",
      interval: 1,
      onProgress: (item) => seenStates.push(item.provisioning_status!),
    });
    expect(done.provisioning_status).toBe("ACTIVE");
    expect(seenStates).toEqual(["PENDING_CREATE", "PENDING_CREATE", "ACTIVE"]);
  });

  it("waitForLoadBalancer fails on ERROR", async () => {
    const { facade } = setup();
    server.use(http.get(`${API}/lbaas/loadbalancers/${LB}`, () => HttpResponse.json({ loadbalancer: lb("ERROR") })));
    await expect(facade.waitForLoadBalancer(LB, { status: "ACTIVE", interval: 1 })).rejects.toThrow(
      ResourceFailureError,
    );
  });

  it("lists with filters by wire name, sorts, and follows loadbalancers_links with the filters put back", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/lbaas/loadbalancers`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null)
          return HttpResponse.json({
            loadbalancers: [lb("ACTIVE")],
            // As Octavia writes them: limit, sort and marker, none of the list's filters.
            loadbalancers_links: [
              { rel: "next", href: `${API}/lbaas/loadbalancers?limit=1&sort=name:asc&marker=${LB}` },
            ],
          });
        return HttpResponse.json({ loadbalancers: [{ ...lb("ACTIVE"), id: "second" }], loadbalancers_links: [] });
      }),
    );
    const all = await facade.listLoadBalancers({ provisioning_status: "ACTIVE", sort: "name:asc" });
    expect(all.map((item) => item.id)).toEqual([LB, "second"]);
    expect(seen.map(sent)).toEqual([
      "GET /v2/lbaas/loadbalancers?provisioning_status=ACTIVE&sort=name:asc",
      `GET /v2/lbaas/loadbalancers?limit=1&sort=name:asc&marker=${LB}&provisioning_status=ACTIVE`,
    ]);
    // @ts-expect-error not a filter Octavia documents
    await expect(Promise.resolve(facade.listLoadBalancers({ colour: "red" }))).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(2);
  });

  it("deletes with cascade, fails over, reads stats and the status tree at their paths", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/lbaas/loadbalancers/${LB}`, () => new HttpResponse(null, { status: 204 })),
      http.put(`${API}/lbaas/loadbalancers/${LB}/failover`, () => new HttpResponse(null, { status: 202 })),
      http.get(`${API}/lbaas/loadbalancers/${LB}/stats`, () =>
        HttpResponse.json({
          stats: { active_connections: 1, bytes_in: 2, bytes_out: 3, request_errors: 0, total_connections: 4 },
        }),
      ),
      http.get(`${API}/lbaas/loadbalancers/${LB}/status`, () =>
        HttpResponse.json({ statuses: { loadbalancer: { id: LB, provisioning_status: "ACTIVE", listeners: [] } } }),
      ),
    );
    await facade.deleteLoadBalancerCascade({ load_balancer: lb("ACTIVE") });
    await facade.failoverLoadBalancer({ load_balancer: LB });
    expect((await facade.getLoadBalancerStatistics({ load_balancer: LB })).total_connections).toBe(4);
    expect((await facade.getLoadBalancerStatusTree({ load_balancer: LB })).loadbalancer.listeners).toEqual([]);
    expect(seen.map(sent)).toEqual([
      `DELETE /v2/lbaas/loadbalancers/${LB}?cascade=true`,
      `PUT /v2/lbaas/loadbalancers/${LB}/failover`,
      `GET /v2/lbaas/loadbalancers/${LB}/stats`,
      `GET /v2/lbaas/loadbalancers/${LB}/status`,
    ]);
  });
});

describe("a change while the load balancer is busy", () => {
  it("is Octavia's 409 'immutable', which isLoadBalancerImmutable tells from other conflicts", async () => {
    const { facade } = setup();
    server.use(
      http.post(`${API}/lbaas/listeners`, () =>
        octaviaError(409, `Load Balancer ${LB} is immutable and cannot be updated.`),
      ),
      http.post(`${API}/lbaas/pools`, () =>
        octaviaError(409, "Another Listener on this Load Balancer is using port 80"),
      ),
    );
    const busy = await facade
      .createListener({ loadbalancer_id: LB, protocol: "HTTP", protocol_port: 80 })
      .catch((error: unknown) => error);
    expect(busy).toBeInstanceOf(ConflictError);
    expect(isLoadBalancerImmutable(busy)).toBe(true);
    expect(String(busy)).toContain("is immutable");
    const other = await facade
      .createPool({ loadbalancer_id: LB, protocol: "HTTP", lb_algorithm: "ROUND_ROBIN" })
      .catch((error: unknown) => error);
    expect(other).toBeInstanceOf(ConflictError);
    expect(isLoadBalancerImmutable(other)).toBe(false);
    expect(isLoadBalancerImmutable(new Error("is immutable"))).toBe(false);
  });
});
