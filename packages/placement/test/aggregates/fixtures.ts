// Bodies from the Placement API reference (samples/aggregates).

export const PROVIDER = "99c09379-6e52-4ef8-9a95-b9ce6f68452e";

/** get-aggregates-1.19.json */
export const aggregatesBody = {
  aggregates: ["42896e0d-205d-4fe3-bd1e-100924931787", "5e08ea53-c4c6-448e-9334-ac4953de3cfa"],
  resource_provider_generation: 8,
};
