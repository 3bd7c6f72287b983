// Bodies from the Identity v3 API reference ("Unified Limits"), trimmed to what the tests read.

export const serviceId = "9408080f1970482aa0e38bc2d4ea34b7";

export const snapshotLimitRequest = {
  service_id: serviceId,
  project_id: "3a705b9f56bb439381b43c4fe59dccce",
  region_id: "RegionOne",
  resource_name: "snapshot",
  resource_limit: 5,
};

export const volumeLimitRequest = {
  service_id: serviceId,
  domain_id: "edbafc92be354ffa977c58aa79c7bdb2",
  resource_name: "volume",
  resource_limit: 10,
  description: "Number of volumes for project 3a705b9f56bb439381b43c4fe59dccce",
};

export const volumeLimitBody = {
  resource_name: "volume",
  region_id: null,
  links: { self: "http://10.3.150.25/identity/v3/limits/25a04c7a065c430590881c646cdcdd58" },
  service_id: serviceId,
  project_id: null,
  domain_id: "edbafc92be354ffa977c58aa79c7bdb2",
  id: "25a04c7a065c430590881c646cdcdd58",
  resource_limit: 10,
  description: "Number of volumes for project 3a705b9f56bb439381b43c4fe59dccce",
};

export const snapshotLimitBody = {
  resource_name: "snapshot",
  region_id: "RegionOne",
  links: { self: "http://10.3.150.25/identity/v3/limits/3229b3849f584faea483d6851f7aab05" },
  service_id: serviceId,
  project_id: "3a705b9f56bb439381b43c4fe59dccce",
  domain_id: null,
  id: "3229b3849f584faea483d6851f7aab05",
  resource_limit: 5,
  description: null,
};

export const flatModelBody = {
  model: {
    description: "Limit enforcement and validation does not take project hierarchy into consideration.",
    name: "flat",
  },
};
