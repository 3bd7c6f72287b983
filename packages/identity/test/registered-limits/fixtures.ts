// Bodies from the Identity v3 API reference ("Unified Limits"), trimmed to what the tests read.

export const serviceId = "9408080f1970482aa0e38bc2d4ea34b7";

export const snapshotRequest = {
  service_id: serviceId,
  region_id: "RegionOne",
  resource_name: "snapshot",
  default_limit: 5,
};
export const volumeRequest = {
  service_id: serviceId,
  resource_name: "volume",
  default_limit: 10,
  description: "Number of volumes",
};

export const volumeBody = {
  resource_name: "volume",
  region_id: null,
  links: { self: "http://10.3.150.25/identity/v3/registered_limits/773147dd53cd4a17b921d555cf17c633" },
  service_id: serviceId,
  default_limit: 10,
  id: "773147dd53cd4a17b921d555cf17c633",
  description: "Number of volumes",
};

export const snapshotBody = {
  resource_name: "snapshot",
  region_id: "RegionOne",
  links: { self: "http://10.3.150.25/identity/v3/registered_limits/e35a965b2b244209bb0c2b193c55955f" },
  service_id: serviceId,
  default_limit: 5,
  id: "e35a965b2b244209bb0c2b193c55955f",
  description: null,
};

export const updateRequest = {
  service_id: serviceId,
  region_id: "RegionOne",
  resource_name: "snapshot",
  default_limit: 5,
  description: "Number of snapshots",
};
