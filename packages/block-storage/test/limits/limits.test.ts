import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, blockStorageCloud, sent, versionOf } from "../fixtures.js";
import { limitsBody } from "./fixtures.js";
import { LimitsBody } from "../../src/limits/limits.js";

const { server, setup } = blockStorageCloud();

describe("limits", () => {
  it("reads the caller's limits, which the exported schema parses", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/limits`, () => HttpResponse.json(limitsBody)));
    const { limits } = v.parse(LimitsBody, await facade.getLimits());
    expect(limits.absolute.maxTotalVolumes).toBe(10);
    expect(limits.rate).toEqual([]);
    expect(sent(seen[0]!)).toBe("GET limits");
  });

  it("reads another project's limits at 3.39", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/limits`, () => HttpResponse.json(limitsBody)));
    await facade.getProjectLimits({ project: { id: "p2" } });
    expect(`${sent(seen[0]!)} ${versionOf(seen[0]!)}`).toBe("GET limits?project_id=p2 3.39");
  });
});
