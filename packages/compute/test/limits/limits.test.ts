import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, computeCloud, sent } from "../fixtures.js";
import { Limits } from "../../src/limits/limits.js";

const { server, setup } = computeCloud();

const limitsBody = {
  limits: {
    absolute: {
      maxServerMeta: 128,
      maxTotalCores: 20,
      maxTotalInstances: 10,
      maxTotalKeypairs: 100,
      maxTotalRAMSize: 51200,
      maxServerGroups: 10,
      maxServerGroupMembers: 10,
      totalCoresUsed: 0,
      totalInstancesUsed: 0,
      totalRAMUsed: 0,
      totalServerGroupsUsed: 0,
    },
    rate: [],
  },
};

describe("limits", () => {
  it("answers the absolute limits, which the Limits schema reads", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/limits`, () => HttpResponse.json(limitsBody)));
    const answer = (await facade.getLimits()) as { limits: unknown };
    expect(v.parse(Limits, answer.limits).absolute.maxTotalInstances).toBe(10);
    expect(seen.map(sent)).toEqual(["GET /v2.1/limits"]);
  });
});
