import { yaml, type ParityCase } from "./case.js";

const user = `username: u, password: p, project_id: pid, user_domain_name: Default`;

/** Vendor profiles, built in or from clouds-public.yaml. */
export const profileCases: ParityCase[] = [
  {
    name: "a built-in profile supplies auth URL and regions",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: ovh
          auth: {${user}}
    `,
    },
    options: { os_region_name: "GRA7" },
  },
  {
    name: "a profile's auth URL names the region",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: citycloud
          auth: {${user}}
          region_name: Lon1
    `,
    },
  },
  {
    name: "the cloud's settings win over its profile's",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: fuga
          auth: {${user}, auth_url: "https://private.example.com:5000/v3"}
          block_storage_api_version: 2
          identity_api_version: 3
    `,
    },
  },
  {
    name: "legacy: cloud: names the profile",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          cloud: switchengines
          auth: {${user}}
    `,
    },
  },
  {
    name: "a profile with per-region values (limestonenetworks)",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: limestonenetworks
          auth: {${user}}
    `,
    },
  },
  {
    name: "rackspace: service type and name overrides, block storage endpoint with the project",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: rackspace
          auth: {username: u, password: p, project_id: "123456"}
    `,
    },
    options: { os_region_name: "IAD" },
  },
  {
    name: "a profile spelled region-name gives no region (ultimum)",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: ultimum
          auth: {${user}}
    `,
    },
  },
  {
    name: "clouds-public.yaml wins over a built-in profile of the same name",
    files: {
      "clouds.yaml": yaml`
        clouds:
          c:
            profile: ovh
            auth: {${user}}
      `,
      "clouds-public.yaml": yaml`
        public-clouds:
          ovh:
            auth:
              auth_url: https://mirror.example.com/v3
            regions: [MIRROR1]
            compute_api_version: "2.1"
      `,
    },
  },
  {
    name: "a profile defined only in clouds-public.yaml",
    files: {
      "clouds.yaml": yaml`
        clouds:
          c:
            profile: acme
            auth: {${user}}
            region_name: acme-2
      `,
      "clouds-public.yaml": yaml`
        public-clouds:
          acme:
            auth:
              auth_url: "https://identity.{region_name}.acme.example/v3"
            regions: [acme-1, acme-2]
            identity_interface: internal
      `,
    },
  },
  {
    name: "an unknown profile is only a warning",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: nosuchvendor
          auth: {${user}, auth_url: "http://127.0.0.1:5000/v3"}
    `,
    },
  },
  {
    name: "a built-in profile with a v3 auth type (zetta)",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          profile: zetta
          auth: {${user}, project_domain_name: Default}
          auth_type: v3password
    `,
    },
  },
];
