// Every JSON response sample of Placement's API reference, with the microversion the
// reference prints it for and the call that reads it. Where the files come from: SOURCE.md.
import type { ResponseCase } from "./sample-cases.js";

const S = "samples/";
const RP = "3b4005be-d64b-456f-ba36-0ffd02718868";
const resource_provider_uuid = RP;
// Samples the reference gives for every microversion are read at the SDK's newest.
const NEWEST = "1.39";

export const responseCases: ResponseCase[] = [
  {
    file: `${S}aggregates/get-aggregates-1.19.json`,
    microversion: "1.19",
    call: (f) => f.getResourceProviderAggregates({ resource_provider_uuid }),
  },
  ...["1.12", "1.17", "1.29", "1.34"].map((microversion) => ({
    file: `${S}allocation_candidates/get-allocation_candidates-${microversion}.json`,
    microversion,
    call: (f: Parameters<ResponseCase["call"]>[0]) => f.listAllocationCandidates({ resources: "VCPU:1" }),
  })),
  ...[
    ["get-allocations.json", "1.12"],
    ["get-allocations-1.28.json", "1.28"],
    ["get-allocations-1.38.json", "1.38"],
  ].map(([file, microversion]) => ({
    file: `${S}allocations/${file}`,
    microversion: microversion!,
    call: (f: Parameters<ResponseCase["call"]>[0]) => f.getAllocations({ consumer_uuid: "c" }),
  })),
  {
    file: `${S}inventories/get-inventories.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProviderInventories({ resource_provider_uuid }),
  },
  {
    file: `${S}inventories/get-inventory.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProviderInventory("VCPU", { resource_provider_uuid }),
  },
  {
    file: `${S}resource_classes/get-resource_class.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceClass("CUSTOM_FPGA"),
  },
  {
    file: `${S}resource_classes/get-resource_classes.json`,
    microversion: NEWEST,
    call: (f) => f.listResourceClasses(),
    key: "resource_classes",
  },
  {
    file: `${S}resource_provider_allocations/get-resource_provider_allocations.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProviderAllocations({ resource_provider_uuid }),
  },
  {
    file: `${S}resource_provider_traits/get-resource_provider-traits.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProviderTraits({ resource_provider_uuid }),
  },
  {
    file: `${S}resource_provider_usages/get-resource_provider_usages.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProviderUsages({ resource_provider_uuid }),
  },
  {
    file: `${S}resource_providers/get-resource_provider.json`,
    microversion: NEWEST,
    call: (f) => f.getResourceProvider(RP),
  },
  {
    file: `${S}resource_providers/get-resource_providers.json`,
    microversion: NEWEST,
    call: (f) => f.listResourceProviders(),
    key: "resource_providers",
  },
  { file: `${S}traits/get-traits.json`, microversion: NEWEST, call: (f) => f.listTraits({}), key: "traits" },
  { file: `${S}usages/get-usages.json`, microversion: "1.9", call: (f) => f.getProjectUsages({ project_id: "p" }) },
  {
    file: `${S}usages/get-usages-1.38.json`,
    microversion: "1.38",
    call: (f) => f.getProjectUsagesByConsumerType({ project_id: "p" }),
  },
];
