// Bodies from the Placement API reference (samples/inventories).

export const PROVIDER = "99c09379-6e52-4ef8-9a95-b9ce6f68452e";

/** get-inventories.json */
export const inventoriesBody = {
  inventories: {
    DISK_GB: { allocation_ratio: 1.0, max_unit: 35, min_unit: 1, reserved: 0, step_size: 1, total: 35 },
    MEMORY_MB: { allocation_ratio: 1.5, max_unit: 5825, min_unit: 1, reserved: 512, step_size: 1, total: 5825 },
    VCPU: { allocation_ratio: 16.0, max_unit: 4, min_unit: 1, reserved: 0, step_size: 1, total: 4 },
  },
  resource_provider_generation: 7,
};

/** get-inventory.json */
export const inventoryBody = {
  allocation_ratio: 16.0,
  max_unit: 4,
  min_unit: 1,
  reserved: 0,
  resource_provider_generation: 9,
  step_size: 1,
  total: 4,
};

/** update-inventories-request.json */
export const setInventoriesRequest = {
  inventories: {
    MEMORY_MB: { allocation_ratio: 2.0, max_unit: 16, step_size: 4, total: 128 },
    VCPU: { allocation_ratio: 10.0, reserved: 2, total: 64 },
  },
  resource_provider_generation: 1,
};

/** update-inventory.json: a PUT of `total` alone; every other field back at its default. */
export const updatedInventoryBody = {
  allocation_ratio: 1.0,
  max_unit: 2147483647,
  min_unit: 1,
  reserved: 0,
  resource_provider_generation: 8,
  step_size: 1,
  total: 50,
};
