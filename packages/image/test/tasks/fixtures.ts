// Sample bodies from the Image API v2 reference (api-ref/source/v2/samples).

/** task-create-request.json */
export const taskCreateRequest = {
  type: "import",
  input: {
    import_from: "http://app-catalog.openstack.example.org/groovy-image",
    import_from_format: "qcow2",
    image_properties: { disk_format: "vhd", container_format: "ovf" },
  },
};

/** task-create-response.json */
export const taskBody = {
  created_at: "2016-06-24T14:57:19Z",
  id: "bb480de2-7077-4ea9-bbe9-be1891290d3e",
  input: {
    image_properties: { container_format: "ovf", disk_format: "vhd" },
    import_from: "http://app-catalog.openstack.example.org/groovy-image",
    import_from_format: "qcow2",
  },
  message: "",
  owner: "fa6c8c1600f4444281658a23ee6da8e8",
  result: null,
  schema: "/v2/schemas/task",
  self: "/v2/tasks/bb480de2-7077-4ea9-bbe9-be1891290d3e",
  status: "pending",
  type: "import",
  updated_at: "2016-06-24T14:57:19Z",
};

/** task-show-success-response.json (the same task, later) */
export const successBody = {
  ...taskBody,
  expires_at: "2016-07-01T16:13:07Z",
  result: { image_id: "2b61ed2b-f800-4da0-99ff-396b742b8646" },
  status: "success",
};

/** tasks-list-response.json */
export const tasksListBody = {
  first: "/v2/tasks",
  schema: "/v2/schemas/tasks",
  tasks: [
    {
      created_at: "2016-06-24T14:44:19Z",
      id: "08b7e1c8-3821-4f54-b3b8-d6655d178cdf",
      owner: "fa6c8c1600f4444281658a23ee6da8e8",
      schema: "/v2/schemas/task",
      self: "/v2/tasks/08b7e1c8-3821-4f54-b3b8-d6655d178cdf",
      status: "processing",
      type: "import",
      updated_at: "2016-06-24T14:44:19Z",
    },
    {
      created_at: "2016-06-24T14:40:19Z",
      id: "231c311d-3557-4e23-afc4-6d98af1419e7",
      owner: "fa6c8c1600f4444281658a23ee6da8e8",
      schema: "/v2/schemas/task",
      self: "/v2/tasks/231c311d-3557-4e23-afc4-6d98af1419e7",
      status: "processing",
      type: "import",
      updated_at: "2016-06-24T14:40:20Z",
    },
  ],
};
