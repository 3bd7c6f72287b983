// Bodies from the Placement API reference (samples/allocations, samples/resource_provider_allocations).

export const CONSUMER = "30328d13-e299-4a93-a102-61e4ccabe474";

/** get-allocations-1.38.json */
export const allocationsBody = {
  allocations: {
    "92637880-2d79-43c6-afab-d860886c6391": { generation: 2, resources: { DISK_GB: 5 } },
    "ba8e1ef8-7fa3-41a4-9bb4-d7cb2019899b": { generation: 8, resources: { MEMORY_MB: 512, VCPU: 2 } },
  },
  consumer_generation: 1,
  project_id: "7e67cbf7-7c38-4a32-b85b-0739c690991a",
  user_id: "067f691e-725a-451a-83e2-5c3d13e1dffc",
  consumer_type: "INSTANCE",
};

/** update-allocations-request-1.28.json */
export const setAllocationsRequest = {
  allocations: {
    "4e061c03-611e-4caa-bf26-999dcff4284e": { resources: { DISK_GB: 20 } },
    "89873422-1373-46e5-b467-f0c5e6acf08f": { resources: { MEMORY_MB: 1024, VCPU: 1 } },
  },
  consumer_generation: 1,
  user_id: "66cb2f29-c86d-47c3-8af5-69ae7b778c70",
  project_id: "42a32c07-3eeb-4401-9373-68a8cdca6784",
};

/** manage-allocations-request-1.28.json, two of its consumers */
export const manageAllocationsRequest = {
  "30328d13-e299-4a93-a102-61e4ccabe474": {
    consumer_generation: 1,
    project_id: "131d4efb-abc0-4872-9b92-8c8b9dc4320f",
    user_id: "131d4efb-abc0-4872-9b92-8c8b9dc4320f",
    allocations: { "e10927c4-8bc9-465d-ac60-d2f79f7e4a00": { resources: { VCPU: 2, MEMORY_MB: 3 }, generation: 4 } },
  },
  "71921e4e-1629-4c5b-bf8d-338d915d2ef3": {
    consumer_generation: 1,
    project_id: "131d4efb-abc0-4872-9b92-8c8b9dc4320f",
    user_id: "131d4efb-abc0-4872-9b92-8c8b9dc4320f",
    allocations: {},
  },
};

/** get-resource_provider_allocations.json, two of its consumers */
export const providerAllocationsBody = {
  allocations: {
    "56785a3f-6f1c-4fec-af0b-0faf075b1fcb": { resources: { MEMORY_MB: 256, VCPU: 1 } },
    "9afd5aeb-d6b9-4dea-a588-1e6327a91834": { resources: { MEMORY_MB: 512, VCPU: 2 } },
  },
  resource_provider_generation: 12,
};
