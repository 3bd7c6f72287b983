// Bodies from the Placement API reference (samples/resource_provider_usages, samples/usages).

export const PROVIDER = "99c09379-6e52-4ef8-9a95-b9ce6f68452e";
export const PROJECT = "7e67cbf7-7c38-4a32-b85b-0739c690991a";

/** get-resource_provider_usages.json */
export const providerUsagesBody = { resource_provider_generation: 1, usages: { DISK_GB: 1, MEMORY_MB: 512, VCPU: 1 } };

/** get-usages.json */
export const usagesBody = { usages: { DISK_GB: 5, MEMORY_MB: 512, VCPU: 2 } };

/** get-usages-1.38.json */
export const usagesByTypeBody = {
  usages: {
    INSTANCE: { consumer_count: 5, MEMORY_MB: 512, VCPU: 2, DISK_GB: 5 },
    MIGRATION: { DISK_GB: 5, VCPU: 2, consumer_count: 2, MEMORY_MB: 512 },
    unknown: { VCPU: 2, DISK_GB: 5, consumer_count: 1, MEMORY_MB: 512 },
  },
};
