// From the Placement API reference: get-allocation_candidates-1.34.json, trimmed to two providers.

export const COMPUTE = "9a9c6b0f-e8d1-4d16-b053-a2bfe8a76757";
export const ROOT = "be99627d-e848-44ef-8341-683e2e557c58";

export const candidatesBody = {
  allocation_requests: [{ allocations: { [COMPUTE]: { resources: { VCPU: 1 } } }, mappings: { "": [COMPUTE] } }],
  provider_summaries: {
    [ROOT]: {
      resources: {},
      traits: ["COMPUTE_VOLUME_MULTI_ATTACH"],
      parent_provider_uuid: null,
      root_provider_uuid: ROOT,
    },
    [COMPUTE]: {
      resources: { VCPU: { capacity: 4, used: 0 }, MEMORY_MB: { capacity: 2048, used: 0 } },
      traits: ["HW_NUMA_ROOT", "CUSTOM_FOO"],
      parent_provider_uuid: ROOT,
      root_provider_uuid: ROOT,
    },
  },
};
