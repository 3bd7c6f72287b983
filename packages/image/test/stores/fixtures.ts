// Sample bodies from the Image API v2 reference (api-ref/source/v2/samples).

/** stores-list-response.json */
export const storesBody = {
  stores: [
    { id: "reliable", description: "More expensive store with data redundancy" },
    { id: "fast", description: "Provides quick access to your image data", default: "true" },
    { id: "cheap", description: "Less expensive store for seldom-used images" },
    {
      id: "special",
      description: "Need a plausible description here that doesn't expose the store type",
      "read-only": "true",
    },
  ],
};

/** stores-list-detail-response.json (the first two stores) */
export const storeDetailsBody = {
  stores: [
    {
      id: "reliable",
      type: "rbd",
      description: "More expensive store with data redundancy",
      default: "true",
      weight: 100,
      properties: {
        pool: "pool1",
        chunk_size: 65536,
        thin_provisioning: false,
        fsid: "ddf1b25f-1907-449e-89f6-cd30a679c8dc",
      },
    },
    {
      id: "cheap",
      type: "file",
      description: "Less expensive store for seldom-used images",
      weight: 200,
      properties: { datadir: "fdir", chunk_size: 65536, thin_provisioning: false },
    },
  ],
};
