// Sample bodies from the Image API v2 reference (api-ref/source/v2/samples).

/** image-show-response.json */
export const imageBody = {
  status: "active",
  name: "cirros-0.3.2-x86_64-disk",
  tags: [],
  container_format: "bare",
  created_at: "2014-05-05T17:15:10Z",
  disk_format: "qcow2",
  updated_at: "2014-05-05T17:15:11Z",
  visibility: "public",
  self: "/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27",
  min_disk: 0,
  protected: false,
  id: "1bea47ed-f6a9-463b-b423-14b9cca9ad27",
  file: "/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/file",
  checksum: "64d7c1cd2b6f60c92c14662941cb7913",
  os_hash_algo: "sha512",
  os_hash_value:
    "073b4523583784fbe01daff81eba092a262ec37ba6d04dd3f52e4cd5c93eb8258af44881345ecda0e49f3d8cc6d2df6b050ff3e72681d723234aff9d17d0cf09",
  os_hidden: false,
  owner: "5ef70662f8b34079a6eddb8da9d75fe8",
  size: 13167616,
  min_ram: 0,
  schema: "/v2/schemas/image",
  virtual_size: null,
};

/** The second image of images-list-response.json. */
export const otherImageBody = {
  ...imageBody,
  name: "F17-x86_64-cfntools",
  created_at: "2014-10-30T08:23:39Z",
  updated_at: "2014-11-03T16:40:10Z",
  self: "/v2/images/781b3762-9469-4cec-b58d-3349e5de4e9c",
  id: "781b3762-9469-4cec-b58d-3349e5de4e9c",
  file: "/v2/images/781b3762-9469-4cec-b58d-3349e5de4e9c/file",
  checksum: "afab0f79bac770d61d24b4d0560b5f70",
  os_hash_value:
    "ea3e20140df1cc65f53d4c5b9ee3b38d0d6868f61bbe2230417b0f98cef0e0c7c37f0ebc5c6456fa47f013de48b452617d56c15fdba25e100379bd0e81ee15ec",
  size: 476704768,
};

/** image-create-request.json */
export const imageCreateRequest = {
  container_format: "bare",
  disk_format: "raw",
  name: "Ubuntu",
  id: "b2173dd3-7ad6-4362-baa6-a68bce3565cb",
};

/** image-create-response.json: a queued image, no data yet. */
export const queuedImageBody = {
  status: "queued",
  name: "Ubuntu",
  tags: [],
  container_format: "bare",
  created_at: "2015-11-29T22:21:42Z",
  size: null,
  disk_format: "raw",
  updated_at: "2015-11-29T22:21:42Z",
  visibility: "private",
  locations: [],
  self: "/v2/images/b2173dd3-7ad6-4362-baa6-a68bce3565cb",
  min_disk: 0,
  protected: false,
  id: "b2173dd3-7ad6-4362-baa6-a68bce3565cb",
  file: "/v2/images/b2173dd3-7ad6-4362-baa6-a68bce3565cb/file",
  checksum: null,
  os_hash_algo: null,
  os_hash_value: null,
  os_hidden: false,
  owner: "bab7d5c60cd041a0a36f7c4b6e1dd978",
  virtual_size: null,
  min_ram: 0,
  schema: "/v2/schemas/image",
};

/** image-info-import-response.json */
export const importInfoBody = {
  "import-methods": {
    description: "Import methods available.",
    type: "array",
    value: ["glance-direct", "web-download"],
  },
};

/** image-import-w-d-request.json */
export const webDownloadRequest = {
  method: { name: "web-download", uri: "https://download.cirros-cloud.net/0.4.0/cirros-0.4.0-ppc64le-disk.img" },
  all_stores: true,
  all_stores_must_succeed: true,
};

/** image-import-c-i-request.json */
export const copyImageRequest = {
  method: { name: "copy-image" },
  stores: ["common", "cheap", "fast", "reliable"],
  all_stores_must_succeed: false,
  all_stores: false,
};

/** image-import-gd-request.json */
export const glanceDownloadRequest = {
  method: {
    name: "glance-download",
    glance_image_id: "c4705b36-b281-40f6-a01d-bf98883ead8e",
    glance_region: "REGION2",
    glance_service_interface: "public",
  },
};
