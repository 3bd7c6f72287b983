// schemas-image-member-show-response.json from the Image API v2 reference.
export const memberSchemaBody = {
  name: "member",
  properties: {
    created_at: { description: "Date and time of image member creation", type: "string" },
    image_id: {
      description: "An identifier for the image",
      pattern: "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$",
      type: "string",
    },
    member_id: { description: "An identifier for the image member (tenantId)", type: "string" },
    schema: { readOnly: true, type: "string" },
    status: {
      description: "The status of this image member",
      enum: ["pending", "accepted", "rejected"],
      type: "string",
    },
    updated_at: { description: "Date and time of last modification of image member", type: "string" },
  },
};
