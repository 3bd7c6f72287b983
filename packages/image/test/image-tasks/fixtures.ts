// image-tasks-show-response.json from the Image API v2 reference. The reference spells two
// fields `request-id` and `user`; Glance itself sends `request_id` and `user_id` (as the
// real Glance of the e2e cloud does), so the sample carries those.
export const imageTasksBody = {
  tasks: [
    {
      id: "ee22890e-8948-4ea6-9668-831f973c84f5",
      image_id: "dddddddd-dddd-dddd-dddd-dddddddddddd",
      request_id: "rrrrrrr-rrrr-rrrr-rrrr-rrrrrrrrrrrr",
      user_id: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu",
      type: "api_image_import",
      status: "processing",
      owner: "64f0efc9955145aeb06f297a8a6fe402",
      expires_at: null,
      created_at: "2020-12-18T05:20:38.000000",
      updated_at: "2020-12-18T05:25:39.000000",
      deleted_at: null,
      deleted: false,
      input: {
        image_id: "829c729b-ebc4-4cc7-a164-6f43f1149b17",
        import_req: { method: { name: "copy-image" }, all_stores: true, all_stores_must_succeed: false },
        backend: ["fast", "cheap", "slow", "reliable", "common"],
      },
      result: null,
      message: "Copied 15 MiB",
    },
  ],
};
