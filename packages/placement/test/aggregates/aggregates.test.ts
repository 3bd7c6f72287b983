import { ConflictError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, placementCloud, placementError, sent } from "../fixtures.js";
import { getResourceProviderAggregates, setResourceProviderAggregates } from "../../src/aggregates/aggregates.js";
import { aggregatesBody, PROVIDER } from "./fixtures.js";

const { server, setup } = placementCloud();
const path = `${API}/resource_providers/${PROVIDER}/aggregates`;

describe("a provider's aggregates", () => {
  it("reads them with the generation", async () => {
    const { facade, seen } = setup();
    server.use(http.get(path, () => HttpResponse.json(aggregatesBody)));
    expect(await getResourceProviderAggregates(facade, { resource_provider_uuid: PROVIDER })).toEqual(aggregatesBody);
    expect(sent(seen[0]!)).toBe(`GET /resource_providers/${PROVIDER}/aggregates`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("replaces them with the generation; a stale one is a ConflictError", async () => {
    const { session, seen } = setup();
    server.use(
      http.put(path, async ({ request }) => {
        const body = (await request.json()) as { resource_provider_generation: number; aggregates: string[] };
        return body.resource_provider_generation === 8
          ? HttpResponse.json({ aggregates: body.aggregates, resource_provider_generation: 9 })
          : placementError(409, "Resource provider's generation already changed.", "placement.concurrent_update");
      }),
    );
    const set = await setResourceProviderAggregates(session, {
      resource_provider_uuid: PROVIDER,
      resource_provider_generation: 8,
      aggregates: aggregatesBody.aggregates.slice(0, 1),
    });
    expect(set).toEqual({ aggregates: aggregatesBody.aggregates.slice(0, 1), resource_provider_generation: 9 });
    expect(await seen[0]!.json()).toEqual({
      resource_provider_generation: 8,
      aggregates: [aggregatesBody.aggregates[0]],
    });
    await expect(
      setResourceProviderAggregates(session, {
        resource_provider_uuid: PROVIDER,
        resource_provider_generation: 7,
        aggregates: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("needs 1.19, where the generation guards the change", async () => {
    const { session, seen } = setup("1.18");
    await expect(getResourceProviderAggregates(session, { resource_provider_uuid: PROVIDER })).rejects.toThrow(
      MicroversionError,
    );
    await expect(getResourceProviderAggregates(session, { resource_provider_uuid: PROVIDER })).rejects.toThrow(
      /needs microversion 1.19.*at most 1.18/,
    );
    expect(seen).toHaveLength(0);
  });
});
