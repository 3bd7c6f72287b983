// Bodies from the Block Storage v3 API reference ("Volume types", "Volume type access"): types, extra specs, encryption, access.

export const typeListBody = {
  volume_types: [
    {
      description: "volume type 0002",
      extra_specs: {
        capabilities: "gpu",
      },
      id: "ef512777-6552-4013-82f0-57a96e5804b7",
      is_public: true,
      name: "vol-type-002",
      "os-volume-type-access:is_public": true,
      qos_specs_id: null,
    },
    {
      description: "volume type 0001",
      extra_specs: {
        capabilities: "gpu",
      },
      id: "18947ff2-ad57-42b2-9350-34262e530203",
      is_public: true,
      name: "vol-type-001",
      "os-volume-type-access:is_public": true,
      qos_specs_id: null,
    },
    {
      description: "Default Volume Type",
      extra_specs: {},
      id: "7a56b996-b73f-4233-9f00-dd6a68b49b27",
      is_public: true,
      name: "__DEFAULT__",
      "os-volume-type-access:is_public": true,
      qos_specs_id: null,
    },
  ],
};

export const typeBody = {
  id: "6685584b-1eac-4da6-b5c3-555430cf68ff",
  qos_specs_id: null,
  name: "vol-type-001",
  description: "volume type 0001",
  "os-volume-type-access:is_public": true,
  is_public: true,
  extra_specs: {
    capabilities: "gpu",
  },
};

export const createTypeRequest = {
  volume_type: {
    name: "vol-type-001",
    description: "volume type 0001",
    "os-volume-type-access:is_public": true,
    extra_specs: {
      capabilities: "gpu",
    },
  },
};

export const createdTypeBody = {
  name: "vol-type-001",
  extra_specs: {
    capabilities: "gpu",
  },
  "os-volume-type-access:is_public": true,
  is_public: true,
  id: "6d0ff92a-0007-4780-9ece-acfe5876966a",
  description: "volume type 0001",
};

export const updateTypeRequest = {
  volume_type: {
    name: "vol-type-001",
    description: "volume type 0001",
    is_public: true,
  },
};

export const updatedTypeBody = {
  id: "6685584b-1eac-4da6-b5c3-555430cf68ff",
  name: "vol-type-001",
  description: "volume type 0001",
  is_public: true,
  extra_specs: {
    capabilities: "gpu",
  },
};

export const extraSpecsBody = {
  extra_specs: {
    capabilities: "gpu",
  },
};

export const setExtraSpecsRequest = {
  extra_specs: {
    key1: "value1",
    key2: "value2",
  },
};

export const typeAccessBody = {
  volume_type_access: [
    {
      project_id: "6f70656e737461636b20342065766572",
      volume_type_id: "a5082c24-2a27-43a4-b48e-fcec1240e36b",
    },
  ],
};

export const addAccessRequest = {
  addProjectAccess: {
    project: "6f70656e737461636b20342065766572",
  },
};

export const removeAccessRequest = {
  removeProjectAccess: {
    project: "f270b245cb11498ca4031deb7e141cfa",
  },
};

export const encryptionBody = {
  volume_type_id: "2d29462d-76cb-417c-8a9f-fb23140f1577",
  control_location: "front-end",
  deleted: false,
  created_at: "2016-12-28T02:32:25.000000",
  updated_at: null,
  encryption_id: "81e069c6-7394-4856-8df7-3b237ca61f74",
  key_size: 256,
  provider: "luks",
  deleted_at: null,
  cipher: "aes-xts-plain64",
};

export const createEncryptionRequest = {
  encryption: {
    key_size: 256,
    provider: "luks",
    control_location: "front-end",
    cipher: "aes-xts-plain64",
  },
};

export const createdEncryptionBody = {
  encryption: {
    volume_type_id: "2d29462d-76cb-417c-8a9f-fb23140f1577",
    control_location: "front-end",
    encryption_id: "81e069c6-7394-4856-8df7-3b237ca61f74",
    key_size: 256,
    provider: "luks",
    cipher: "aes-xts-plain64",
  },
};

export const updateEncryptionRequest = {
  encryption: {
    key_size: 64,
    provider: "luks",
    control_location: "back-end",
    cipher: "aes-xts-plain64",
  },
};
