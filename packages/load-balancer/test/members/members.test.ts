import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, loadBalancerCloud, sent } from "../fixtures.js";

const { server, setup } = loadBalancerCloud();
const POOL = "4029d267-3983-4224-a3d0-afb3fe16a2cd";
const member = { id: "m1", address: "192.0.2.16", protocol_port: 80, provisioning_status: "ACTIVE" };

describe("members, under their pool", () => {
  it("take the pool in every call, as an id or the pool, and keep it out of the body", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/lbaas/pools/${POOL}/members`, () => HttpResponse.json({ member }, { status: 201 })),
      http.get(`${API}/lbaas/pools/${POOL}/members`, () => HttpResponse.json({ members: [member], members_links: [] })),
      http.get(`${API}/lbaas/pools/${POOL}/members/m1`, () => HttpResponse.json({ member })),
      http.delete(`${API}/lbaas/pools/${POOL}/members/m1`, () => new HttpResponse(null, { status: 204 })),
    );
    await facade.createMember({ pool_id: POOL, address: "192.0.2.16", protocol_port: 80 });
    expect(await facade.listMembers({ pool_id: { id: POOL } })).toEqual([member]);
    expect(await facade.getMember("m1", { pool_id: POOL })).toEqual(member);
    await facade.deleteMember("m1", { pool_id: POOL });
    expect(seen.map(sent)).toEqual([
      `POST /v2/lbaas/pools/${POOL}/members`,
      `GET /v2/lbaas/pools/${POOL}/members`,
      `GET /v2/lbaas/pools/${POOL}/members/m1`,
      `DELETE /v2/lbaas/pools/${POOL}/members/m1`,
    ]);
    expect(await seen[0]!.json()).toEqual({ member: { address: "192.0.2.16", protocol_port: 80 } });
  });

  it("without the pool, refuse before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error pool_id is needed
    await expect(facade.createMember({ address: "192.0.2.16", protocol_port: 80 })).rejects.toThrow(/pool_id/);
    // @ts-expect-error the port is a number
    await expect(facade.createMember({ pool_id: POOL, address: "a", protocol_port: "80" })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(seen).toHaveLength(0);
  });

  it("batchUpdateMembers sets the pool's whole list with one PUT, additive_only in the query", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/lbaas/pools/${POOL}/members`, () => new HttpResponse(null, { status: 202 })));
    const members = [{ address: "192.0.2.16", protocol_port: 80 }];
    await facade.batchUpdateMembers({ pool_id: POOL, members });
    await facade.batchUpdateMembers({ pool_id: POOL, members, additive_only: true });
    expect(seen.map(sent)).toEqual([
      `PUT /v2/lbaas/pools/${POOL}/members`,
      `PUT /v2/lbaas/pools/${POOL}/members?additive_only=true`,
    ]);
    expect(await seen[0]!.json()).toEqual({ members });
  });
});
