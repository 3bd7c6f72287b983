// Every JSON request sample of Placement's API reference the SDK sends, with the
// microversion the reference prints it for, the call made with the sample's values, and
// the response sample it is answered with.
import type { Body, Facade, RequestCase, UnspokenCase } from "./sample-cases.js";

const S = "samples/";
const resource_provider_uuid = "3b4005be-d64b-456f-ba36-0ffd02718868";
const NEWEST = "1.39";

/** The calls a sample of each write is made with. */
const calls = {
  setAggregates: (f: Facade, body: Body) => f.setResourceProviderAggregates({ resource_provider_uuid, ...body }),
  manage: (f: Facade, body: Body) => f.manageAllocations(body),
  set: (f: Facade, body: Body) => f.setAllocations({ consumer_uuid: "c", ...body }),
  reshape: (f: Facade, body: Body) => f.reshape(body),
};

export const requestCases: RequestCase[] = [
  {
    file: `${S}aggregates/update-aggregates-request-1.19.json`,
    microversion: "1.19",
    call: calls.setAggregates,
    response: `${S}aggregates/update-aggregates-1.19.json`,
  },
  { file: `${S}allocations/manage-allocations-request-1.28.json`, microversion: "1.28", call: calls.manage },
  { file: `${S}allocations/manage-allocations-request-1.38.json`, microversion: "1.38", call: calls.manage },
  { file: `${S}allocations/update-allocations-request-1.28.json`, microversion: "1.28", call: calls.set },
  { file: `${S}allocations/update-allocations-request-1.38.json`, microversion: "1.38", call: calls.set },
  { file: `${S}reshaper/post-reshaper-1.30.json`, microversion: "1.30", call: calls.reshape },
  { file: `${S}reshaper/post-reshaper-1.38.json`, microversion: "1.38", call: calls.reshape },
  {
    file: `${S}inventories/update-inventories-request.json`,
    microversion: NEWEST,
    call: (f, body) => f.setResourceProviderInventories({ resource_provider_uuid, ...body }),
    response: `${S}inventories/update-inventories.json`,
  },
  {
    file: `${S}inventories/update-inventory-request.json`,
    microversion: NEWEST,
    call: (f, body) => f.updateResourceProviderInventory("VCPU", body, { resource_provider_uuid }),
    response: `${S}inventories/update-inventory.json`,
  },
  {
    file: `${S}resource_classes/create-resource_classes-request.json`,
    // Resource classes came with 1.2, and their create has not changed since: the SDK sends 1.2.
    microversion: "1.2",
    call: (f, body) => f.createResourceClass(body),
  },
  {
    file: `${S}resource_provider_traits/update-resource_provider-traits-request.json`,
    microversion: NEWEST,
    call: (f, body) => f.setResourceProviderTraits({ resource_provider_uuid, ...body }),
    response: `${S}resource_provider_traits/update-resource_provider-traits.json`,
  },
  {
    file: `${S}resource_providers/create-resource_providers-request.json`,
    microversion: NEWEST,
    call: (f, body) => f.createResourceProvider(body),
    response: `${S}resource_providers/create-resource_provider.json`,
  },
  {
    file: `${S}resource_providers/update-resource_provider-request.json`,
    microversion: NEWEST,
    call: (f, body) => f.updateResourceProvider("33f26ae0-dbf2-485b-a24a-244d8280e29f", body),
    response: `${S}resource_providers/update-resource_provider.json`,
  },
];

const generationGuard =
  "the SDK asks 1.19 or above, where the provider generation guards the aggregates against a concurrent change";
const consumerGuard =
  "the SDK writes allocations at 1.28 or above, where the consumer generation guards them against a concurrent writer";
const allocations = { allocations: {}, project_id: "p", user_id: "u", consumer_generation: null };

export const unspokenCases: UnspokenCase[] = [
  {
    file: `${S}aggregates/get-aggregates.json`,
    microversion: "1.18",
    call: (f) => f.getResourceProviderAggregates({ resource_provider_uuid }),
    why: generationGuard,
  },
  ...["update-aggregates-request.json", "update-aggregates.json"].map((file) => ({
    file: `${S}aggregates/${file}`,
    microversion: "1.18",
    call: (f: Facade) =>
      f.setResourceProviderAggregates({ resource_provider_uuid, resource_provider_generation: 1, aggregates: [] }),
    why: generationGuard,
  })),
  {
    file: `${S}allocation_candidates/get-allocation_candidates.json`,
    microversion: "1.11",
    call: (f) => f.listAllocationCandidates({ resources: "VCPU:1" }),
    why: "the SDK asks 1.12 or above, where allocation requests are keyed by provider as setAllocations takes them",
  },
  {
    file: `${S}allocations/update-allocations-request.json`,
    microversion: "1.11",
    call: (f) => f.setAllocations({ consumer_uuid: "c", ...allocations }),
    why: consumerGuard,
  },
  {
    file: `${S}allocations/update-allocations-request-1.12.json`,
    microversion: "1.27",
    call: (f) => f.setAllocations({ consumer_uuid: "c", ...allocations }),
    why: consumerGuard,
  },
  {
    file: `${S}allocations/manage-allocations-request.json`,
    microversion: "1.27",
    call: (f) => f.manageAllocations({ c: allocations }),
    why: consumerGuard,
  },
  ...["update-resource_class-request.json", "update-resource_class.json"].map((file) => ({
    file: `${S}resource_classes/${file}`,
    microversion: "1.6",
    call: (f: Facade) => f.updateResourceClass({ name: "CUSTOM_FPGA_V2" }),
    why: "renaming a resource class (1.2 to 1.6) is gone since 1.7; the SDK's PUT is the 1.7 idempotent create",
  })),
];
