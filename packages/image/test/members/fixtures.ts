// Sample bodies from the Image API v2 reference (api-ref/source/v2/samples).

/** image-member-create-request.json */
export const memberCreateRequest = { member: "8989447062e04a818baf9e073fd04fa7" };

/** image-member-create-response.json */
export const memberBody = {
  created_at: "2013-09-20T19:22:19Z",
  image_id: "a96be11e-8536-4910-92cb-de50aa19dfe6",
  member_id: "8989447062e04a818baf9e073fd04fa7",
  schema: "/v2/schemas/member",
  status: "pending",
  updated_at: "2013-09-20T19:25:31Z",
};

/** image-members-list-response.json */
export const membersListBody = {
  members: [
    {
      created_at: "2013-10-07T17:58:03Z",
      image_id: "dbc999e3-c52f-4200-bedd-3b18fe7f87fe",
      member_id: "123456789",
      schema: "/v2/schemas/member",
      status: "pending",
      updated_at: "2013-10-07T17:58:03Z",
    },
    {
      created_at: "2013-10-07T17:58:55Z",
      image_id: "dbc999e3-c52f-4200-bedd-3b18fe7f87fe",
      member_id: "987654321",
      schema: "/v2/schemas/member",
      status: "accepted",
      updated_at: "2013-10-08T12:08:55Z",
    },
  ],
  schema: "/v2/schemas/members",
};

/** image-member-update-request.json */
export const memberUpdateRequest = { status: "accepted" } as const;
