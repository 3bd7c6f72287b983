import { expect } from "vitest";
import { yaml, type ParityCase } from "./case.js";

const twoClouds = yaml`
  clouds:
    devstack:
      auth:
        auth_url: http://127.0.0.1:5000/v3
        username: demo
        password: secret
        project_name: demo
        user_domain_name: Default
        project_domain_name: Default
      region_name: RegionOne
    prod:
      auth:
        auth_url: https://keystone.example.com/v3
        username: ops
        password: hunter2
        project_id: 0123456789abcdef
        user_domain_id: default
      region_name: RegionTwo
      interface: internal
`;

const envAuth = {
  OS_AUTH_URL: "http://env.example.com:5000/v3",
  OS_USERNAME: "envuser",
  OS_PASSWORD: "envpass",
  OS_PROJECT_NAME: "envproject",
  OS_USER_DOMAIN_NAME: "Default",
  OS_PROJECT_DOMAIN_NAME: "Default",
};

/** Which cloud is chosen, and what wins: options over the environment over the files. */
export const precedenceCases: ParityCase[] = [
  {
    name: "the only cloud is chosen when none is named",
    files: {
      "clouds.yaml": yaml`
      clouds:
        only:
          auth: {auth_url: "http://only:5000/v3", username: u, password: p, project_name: p1, user_domain_name: Default, project_domain_name: Default}
    `,
    },
  },
  { name: "cloud named explicitly among two", files: { "clouds.yaml": twoClouds }, cloud: "prod" },
  { name: "OS_CLOUD chooses the cloud", files: { "clouds.yaml": twoClouds }, env: { OS_CLOUD: "prod" } },
  {
    name: "an explicit cloud name wins over OS_CLOUD",
    files: { "clouds.yaml": twoClouds },
    env: { OS_CLOUD: "prod" },
    cloud: "devstack",
  },
  { name: "--os-cloud chooses the cloud", files: { "clouds.yaml": twoClouds }, options: { os_cloud: "prod" } },
  {
    name: "OS_* variables alone make the envvars cloud",
    env: { ...envAuth, OS_REGION_NAME: "RegionEnv", OS_INTERFACE: "internal" },
  },
  {
    name: "OS_* variables win over a single file cloud when OS_CLOUD is unset",
    files: { "clouds.yaml": twoClouds.replace(/ {2}prod:[\s\S]*/, "") },
    env: envAuth,
  },
  { name: "OS_CLOUD_NAME renames the envvars cloud", env: { ...envAuth, OS_CLOUD_NAME: "fromenv" } },
  {
    name: "OS_CLOUD=envvars picks the variables over the files",
    files: { "clouds.yaml": twoClouds },
    env: { ...envAuth, OS_CLOUD: "envvars" },
  },
  {
    name: "difference: auth options win over the file's auth: values",
    files: { "clouds.yaml": twoClouds },
    cloud: "devstack",
    options: { os_auth_url: "http://override:5000/v3", os_project_name: "other", os_region_name: "RegionOne" },
    difference: {
      why: "openstacksdk (and the openstack CLI) keep the file's auth: value and drop --os-auth-url / --os-project-name",
      python: (answer) =>
        expect(answer.ok && answer.result.auth).toMatchObject({
          auth_url: "http://127.0.0.1:5000/v3",
          project_name: "demo",
        }),
      ours: (resolve) =>
        expect(resolve().auth).toMatchObject({ authUrl: "http://override:5000/v3", projectName: "other" }),
    },
  },
  {
    name: "options add what the file leaves out, and win outside auth",
    files: { "clouds.yaml": twoClouds.replace(/\n *project_id: \w+/, "") },
    cloud: "prod",
    options: {
      os_project_id: "from-option",
      os_interface: "admin",
      os_compute_api_version: "2.90",
      os_api_timeout: "7",
    },
  },
  {
    name: "an options auth mapping merges into the cloud's auth",
    files: { "clouds.yaml": twoClouds },
    cloud: "prod",
    options: { auth: { project_id: "fedcba9876543210", os_user_domain_id: "other-domain" } },
  },
  {
    name: "os_-prefixed options win over unprefixed ones",
    files: { "clouds.yaml": twoClouds },
    cloud: "devstack",
    options: { interface: "admin", os_interface: "internal" },
  },
  {
    name: "a region the cloud does not have is refused",
    files: { "clouds.yaml": twoClouds },
    cloud: "devstack",
    options: { os_region_name: "RegionNine" },
  },
  {
    name: "region names are case-sensitive",
    files: { "clouds.yaml": twoClouds },
    cloud: "devstack",
    options: { os_region_name: "regionone" },
  },
  { name: "an unknown cloud is refused", files: { "clouds.yaml": twoClouds }, cloud: "staging" },
  {
    name: "with several clouds and none chosen, options alone can make one",
    files: { "clouds.yaml": twoClouds },
    options: {
      os_auth_url: "http://adhoc:5000/v3",
      os_username: "a",
      os_password: "b",
      os_project_name: "c",
      os_user_domain_name: "Default",
      os_project_domain_name: "Default",
    },
  },
  {
    name: "with several clouds and none chosen, nothing to authenticate with is refused",
    files: { "clouds.yaml": twoClouds },
  },
  {
    name: "secure.yaml supplies the password",
    files: {
      "clouds.yaml": twoClouds.replace(/\n *password: secret/, ""),
      "secure.yaml": yaml`
        clouds:
          devstack:
            auth:
              password: from-secure
      `,
    },
    cloud: "devstack",
  },
  {
    name: "secure.yaml values win over clouds.yaml, key by key",
    files: {
      "clouds.yaml": twoClouds,
      "secure.yaml": yaml`
        clouds:
          prod:
            auth:
              password: rotated
              project_id: from-secure
            interface: admin
      `,
    },
    env: { OS_CLOUD: "prod" },
  },
  {
    name: "difference: OS_REGION_NAME applies to a cloud chosen by OS_CLOUD",
    files: {
      "clouds.yaml": yaml`
      clouds:
        multi:
          auth: {auth_url: "http://multi:5000/v3", username: u, password: p, project_name: p, user_domain_name: Default, project_domain_name: Default}
          regions: [RegionOne, RegionTwo]
    `,
    },
    env: { OS_CLOUD: "multi", OS_REGION_NAME: "RegionTwo" },
    difference: {
      why: "openstacksdk ignores OS_REGION_NAME unless the cloud is made of OS_* variables; the openstack CLI and openstack-ts honour it",
      python: (answer) => expect(answer.ok && answer.result.region_name).toBe("RegionOne"),
      ours: (resolve) => expect(resolve().regionName).toBe("RegionTwo"),
    },
  },
  {
    name: "difference: OS_INTERFACE applies to a cloud chosen by OS_CLOUD",
    files: { "clouds.yaml": twoClouds },
    env: { OS_CLOUD: "devstack", OS_INTERFACE: "internal" },
    difference: {
      why: "openstacksdk ignores OS_INTERFACE unless the cloud is made of OS_* variables",
      python: (answer) => expect(answer.ok && answer.result.interface).toBe("public"),
      ours: (resolve) => expect(resolve().interface).toBe("internal"),
    },
  },
  {
    name: "an explicit --os-region-name beats OS_REGION_NAME",
    files: {
      "clouds.yaml": yaml`
      clouds:
        multi:
          auth: {auth_url: "http://multi:5000/v3", username: u, password: p, project_name: p, user_domain_name: Default, project_domain_name: Default}
          regions: [RegionOne, RegionTwo, RegionThree]
    `,
    },
    env: { OS_CLOUD: "multi", OS_REGION_NAME: "RegionTwo" },
    options: { os_region_name: "RegionThree" },
  },
  {
    name: "difference: OS_PASSWORD fills in a password the file leaves out",
    files: { "clouds.yaml": twoClouds.replace(/\n *password: secret/, "") },
    env: { OS_CLOUD: "devstack", OS_PASSWORD: "from-env" },
    difference: {
      why: "openstacksdk ignores OS_PASSWORD when OS_CLOUD picks a file cloud (the openstack CLI uses it, as openstack-ts does)",
      python: (answer) => expect(answer.ok && answer.result.auth["password"]).toBeUndefined(),
      ours: (resolve) => {
        expect(resolve().auth.password).toBe("from-env");
        expect(resolve().sources["auth.password"]).toBe("env OS_PASSWORD");
      },
    },
  },
  {
    name: "OS_* auth variables never replace the file's values",
    files: { "clouds.yaml": twoClouds },
    env: {
      OS_CLOUD: "devstack",
      OS_PASSWORD: "stale",
      OS_AUTH_URL: "http://stale.example.com/v3",
      OS_PROJECT_NAME: "stale",
    },
  },
];
