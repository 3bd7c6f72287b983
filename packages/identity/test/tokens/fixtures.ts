// Bodies from the Identity v3 API reference ("Authentication and token management"),
// trimmed to what the tests read. The tokens are made up.

export const subjectToken = "gAAAAABf-subject-token-value_0123456789";

export const projectScopedTokenBody = {
  token: {
    audit_ids: ["3T2dc1CGQxyJsHdDu1xkcw"],
    catalog: [
      {
        endpoints: [
          {
            id: "068d1b359ee84b438266cb736d81de97",
            interface: "public",
            region: "RegionOne",
            region_id: "RegionOne",
            url: "http://example.com/identity",
          },
        ],
        type: "identity",
        id: "050726f278654128aba89757ae25950c",
        name: "keystone",
      },
    ],
    expires_at: "2015-11-07T02:58:43.578887Z",
    is_domain: false,
    issued_at: "2015-11-07T01:58:43.578929Z",
    methods: ["password"],
    project: { domain: { id: "default", name: "Default" }, id: "a6944d763bf64ee6a275f1263fae0352", name: "admin" },
    roles: [{ id: "51cc68287d524c759f47c811e6463340", name: "admin" }],
    user: {
      domain: { id: "default", name: "Default" },
      id: "ee4dfb6e5540447cb3741905149d9b6e",
      name: "admin",
      password_expires_at: "2016-11-06T15:32:17.000000",
    },
  },
};

export const unscopedTokenBody = {
  token: {
    audit_ids: ["mAjXQhiYRyKwkB4qygdLVg"],
    expires_at: "2015-11-05T22:00:11.000000Z",
    issued_at: "2015-11-05T21:00:33.819948Z",
    methods: ["password"],
    user: {
      domain: { id: "default", name: "Default" },
      id: "10a2e6e717a245d9acad3e5f97aeca3d",
      name: "admin",
      password_expires_at: null,
    },
  },
};
