// Bodies from the Placement API reference (samples/traits, samples/resource_provider_traits).

export const PROVIDER = "99c09379-6e52-4ef8-9a95-b9ce6f68452e";

/** get-traits.json */
export const traitsBody = { traits: ["CUSTOM_HW_FPGA_CLASS1", "CUSTOM_HW_FPGA_CLASS2", "CUSTOM_HW_FPGA_CLASS3"] };

/** get-resource_provider-traits.json */
export const providerTraitsBody = {
  resource_provider_generation: 1,
  traits: ["CUSTOM_HW_FPGA_CLASS1", "CUSTOM_HW_FPGA_CLASS3"],
};

/** update-resource_provider-traits-request.json */
export const setProviderTraitsRequest = {
  resource_provider_generation: 0,
  traits: ["CUSTOM_HW_FPGA_CLASS1", "CUSTOM_HW_FPGA_CLASS3"],
};
