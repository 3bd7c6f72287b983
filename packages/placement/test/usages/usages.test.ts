import { MicroversionError, ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, placementCloud, sent } from "../fixtures.js";
import { PROJECT, PROVIDER, providerUsagesBody, usagesBody, usagesByTypeBody } from "./fixtures.js";
import {
  getProjectUsages,
  getProjectUsagesByConsumerType,
  getResourceProviderUsages,
} from "../../src/usages/usages.js";

const { server, setup } = placementCloud();

describe("usages", () => {
  it("of a provider, by resource class", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/resource_providers/:uuid/usages`, () => HttpResponse.json(providerUsagesBody)));
    const usages = await getResourceProviderUsages(facade, { resource_provider_uuid: { uuid: PROVIDER } });
    expect(usages.usages["MEMORY_MB"]).toBe(512);
    expect(sent(seen[0]!)).toBe(`GET /resource_providers/${PROVIDER}/usages`);
  });

  it("of a project, flat, held at 1.37 even when the server offers more", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${API}/usages`, () => HttpResponse.json(usagesBody)));
    expect(await getProjectUsages(session, { project_id: PROJECT, user_id: "u1" })).toEqual(usagesBody);
    expect(sent(seen[0]!)).toBe(`GET /usages?project_id=${PROJECT}&user_id=u1`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.37");
  });

  it("of a project, by consumer type, at 1.38 and above only", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${API}/usages`, () => HttpResponse.json(usagesByTypeBody)));
    const grouped = await getProjectUsagesByConsumerType(session, { project_id: PROJECT, consumer_type: "all" });
    expect(grouped.usages["INSTANCE"]?.consumer_count).toBe(5);
    expect(grouped.usages["MIGRATION"]?.["DISK_GB"]).toBe(5);
    expect(sent(seen[0]!)).toBe(`GET /usages?project_id=${PROJECT}&consumer_type=all`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
    const old = setup("1.37");
    await expect(getProjectUsagesByConsumerType(old.session, { project_id: PROJECT })).rejects.toBeInstanceOf(
      MicroversionError,
    );
  });

  it("rejects a grouped answer without its consumer count", async () => {
    const { session } = setup();
    server.use(http.get(`${API}/usages`, () => HttpResponse.json({ usages: { INSTANCE: { VCPU: 2 } } })));
    await expect(getProjectUsagesByConsumerType(session, { project_id: PROJECT })).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });
});
