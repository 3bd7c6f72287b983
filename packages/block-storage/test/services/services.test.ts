import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, blockStorageCloud, sent, versionOf } from "../fixtures.js";
import {
  disableReasonRequest,
  disableReasonResponse,
  enableRequest,
  enableResponse,
  failoverRequest,
  freezeRequest,
  getLogRequest,
  getLogResponse,
  servicesBody,
  setLogRequest,
} from "./fixtures.js";

const { server, setup } = blockStorageCloud();

describe("services", () => {
  it("lists services filtered by binary, parsing 3.49 bodies", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/os-services`, () => HttpResponse.json(servicesBody)));
    const listed = await facade.listServices({ binary: "cinder-volume" });
    expect(listed).toHaveLength(7);
    expect(listed[1]).toMatchObject({
      binary: "cinder-volume",
      frozen: false,
      backend_state: null,
      state: "down",
      status: "disabled",
    });
    expect(`${sent(seen[0]!)} ${versionOf(seen[0]!)}`).toBe("GET os-services?binary=cinder-volume 3.70");
  });

  it("enables, and disables with or without a reason", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/os-services/enable`, () => HttpResponse.json(enableResponse)),
      http.put(`${API}/os-services/disable-log-reason`, () => HttpResponse.json(disableReasonResponse)),
    );
    expect(await facade.enableService(enableRequest)).toEqual(enableResponse);
    expect(await facade.disableService(disableReasonRequest)).toEqual(disableReasonResponse);
    await facade.disableService({ host: "host1", binary: "cinder-volume" });
    expect(seen.map(sent)).toEqual([
      "PUT os-services/enable",
      "PUT os-services/disable-log-reason",
      "PUT os-services/disable-log-reason",
    ]);
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      enableRequest,
      disableReasonRequest,
      { host: "host1", binary: "cinder-volume" },
    ]);
  });

  it("freezes, thaws and fails over a host", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/os-services/:action`, () => new HttpResponse(null, { status: 202 })));
    await facade.freezeService(freezeRequest);
    await facade.thawService(freezeRequest);
    await facade.failoverService(failoverRequest);
    await facade.failoverService({ host: "host1", backend_id: "replica" });
    expect(seen.map(sent)).toEqual([
      "PUT os-services/freeze",
      "PUT os-services/thaw",
      "PUT os-services/failover_host",
      "PUT os-services/failover_host",
    ]);
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      freezeRequest,
      freezeRequest,
      failoverRequest,
      { host: "host1", backend_id: "replica" },
    ]);
  });

  it("never resends a failover: a 503 to it is final, where thawing is retried", async () => {
    const { facade, seen } = setup({ session: { retries: { baseDelay: 1 } } });
    let thaws = 0;
    server.use(
      http.put(`${API}/os-services/failover_host`, () => new HttpResponse(null, { status: 503 })),
      http.put(`${API}/os-services/thaw`, () => new HttpResponse(null, { status: (thaws += 1) === 1 ? 503 : 202 })),
    );
    await expect(facade.failoverService(failoverRequest)).rejects.toMatchObject({ status: 503 });
    await facade.thawService(freezeRequest);
    expect(seen.map(sent)).toEqual(["PUT os-services/failover_host", "PUT os-services/thaw", "PUT os-services/thaw"]);
  });

  it("sets and reads log levels at 3.32", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/os-services/set-log`, () => new HttpResponse(null, { status: 202 })),
      http.put(`${API}/os-services/get-log`, () => HttpResponse.json(getLogResponse)),
    );
    await facade.setServiceLogLevels({ ...setLogRequest, level: "ERROR" });
    expect(await facade.getServiceLogLevels(getLogRequest)).toEqual(getLogResponse);
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([setLogRequest, getLogRequest]);
    expect(seen.map(versionOf)).toEqual(["3.32", "3.32"]);
  });
});
