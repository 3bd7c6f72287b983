// Bodies from the Identity v3 API reference ("Regions"), trimmed to what the tests read.

export const regionOne = {
  description: "",
  id: "RegionOne",
  links: { self: "http://example.com/identity/v3/regions/RegionOne" },
  parent_region_id: null,
};

export const subRegion = {
  parent_region_id: "RegionOne",
  id: "RegionOneSubRegion",
  links: { self: "http://example.com/identity/v3/regions/RegionOneSubRegion" },
  description: "My subregion",
};
