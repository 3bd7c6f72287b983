// Bodies from the Identity v3 API reference ("Service catalog and endpoints"), trimmed to what the tests read.

export const endpointBody = {
  enabled: true,
  id: "01c3d5b92f7841ac83fb4b26173c12c7",
  interface: "admin",
  links: { self: "http://example.com/identity/v3/endpoints/01c3d5b92f7841ac83fb4b26173c12c7" },
  region: "RegionOne",
  region_id: "RegionOne",
  service_id: "3b2d6ad7e02c4cde8498a547601f1b8f",
  url: "http://23.253.211.234:9696/",
};

export const createdEndpointBody = {
  region_id: "RegionOne",
  links: { self: "http://example.com/identity/v3/endpoints/e9b475a8742d4ff1a81b353c5a37e138" },
  url: "http://example.com/identity/v3/endpoints/828384",
  region: "RegionOne",
  enabled: true,
  interface: "public",
  service_id: "9242e05f0c23467bbd1cf1f7a6e5e596",
  id: "e9b475a8742d4ff1a81b353c5a37e138",
};
