import { isPartial } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { servers } from "../../src/servers/server.js";
import {
  guideServersDetailSample,
  serverGetSample,
  serversDetailSample,
  serversListSample,
} from "../down-cell-samples.js";
import { API, computeCloud, microversionOf } from "../fixtures.js";
import { serverBody } from "./fixtures.js";

const { server, setup } = computeCloud();

/** A session whose warnings are kept, on a Nova answering servers/detail and servers/{id} with these bodies. */
function answering(list: unknown, one: unknown = {}) {
  const warnings: string[] = [];
  const cloud = setup({ session: { logger: { warn: (message: string) => warnings.push(message) } } });
  server.use(
    http.get(`${API}/servers/detail`, () => HttpResponse.json(list as object)),
    http.get(`${API}/servers/:id`, () => HttpResponse.json(one as object)),
  );
  return { ...cloud, warnings };
}

// From 2.69, Nova answers for a server of a cell it cannot reach with what its API database
// knows: these are Nova's own samples of it.
describe("servers of an unreachable cell (2.69+)", () => {
  it("come back from a list beside the healthy ones, every field kept, the partial one marked", async () => {
    const { session, seen, warnings } = answering(guideServersDetailSample);
    const all = await servers.list(session);
    expect(all).toEqual(guideServersDetailSample.servers);
    expect(all.map(isPartial)).toEqual([true, false]);
    expect(warnings).toEqual([]);
    expect(microversionOf(seen[0]!)).toBe("2.90");
    const [down, healthy] = all;
    if (down === undefined || healthy === undefined || !isPartial(down) || isPartial(healthy))
      throw new Error("narrowing");
    // The types follow: a partial server's status is UNKNOWN, a full server has its name.
    const status: "UNKNOWN" = down.status;
    const name: string = healthy.name;
    expect([status, name]).toEqual(["UNKNOWN", "new-server-test"]);
  });

  it("are read from the detail and the plain list samples alike", async () => {
    for (const sample of [serversDetailSample, serversListSample]) {
      const { session, warnings } = answering(sample);
      const all = await servers.list(session);
      expect(all).toEqual(sample.servers);
      expect(all.every(isPartial)).toBe(true);
      expect(warnings).toEqual([]);
    }
  });

  it("come back from a get, marked partial, with the GET's own fields (flavor, image, zone, power state)", async () => {
    const { facade } = answering({ servers: [] }, serverGetSample);
    const one = await facade.getServer(serverGetSample.server.id);
    expect(one).toEqual(serverGetSample.server);
    expect(isPartial(one)).toBe(true);
  });

  it("leave a full server unmarked", async () => {
    const { facade } = answering({ servers: [serverBody] }, { server: serverBody });
    expect(isPartial(await facade.getServer(serverBody.id))).toBe(false);
    expect((await facade.listServers()).map(isPartial)).toEqual([false]);
  });
});
