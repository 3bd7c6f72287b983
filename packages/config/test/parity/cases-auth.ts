import { expect } from "vitest";
import { cloud, KEYSTONE, type ParityCase, yaml } from "./case.js";

/** Keystone's own auth methods (password, token, application credential, TOTP, multi-factor, OAuth 2.0), each as openstacksdk reads it or refuses it. */
export const authCases: ParityCase[] = [
  {
    name: "v3password with ids",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${KEYSTONE}", user_id: uid, password: p, project_id: pid}
    `),
  },
  {
    name: "v3password refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "v3password refuses a project name without a domain",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${KEYSTONE}", user_id: uid, password: p, project_name: demo}
    `),
  },
  {
    name: "password without auth_url is refused",
    files: cloud(yaml`
      auth: {username: u, password: p, project_name: demo}
    `),
  },
  {
    name: "token auth with a project scope",
    files: cloud(yaml`
      auth_type: v3token
      auth: {auth_url: "${KEYSTONE}", token: gAAAAABtoken, project_name: demo, project_domain_id: default}
    `),
  },
  {
    name: "application credential by id",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${KEYSTONE}", application_credential_id: acid, application_credential_secret: acsecret}
    `),
  },
  {
    name: "application credential by name and user",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${KEYSTONE}", application_credential_name: ci, application_credential_secret: s, username: bot, user_domain_name: Default}
    `),
  },
  {
    name: "v3totp with a user id and a quoted passcode",
    files: cloud(yaml`
      auth_type: v3totp
      auth: {auth_url: "${KEYSTONE}", user_id: uid, passcode: "012345", project_id: pid}
    `),
  },
  {
    name: "v3totp by user name and domain, passcode at the cloud's top level",
    files: cloud(yaml`
      auth_type: v3totp
      passcode: "654321"
      auth: {auth_url: "${KEYSTONE}", username: u, user_domain_name: Default, project_name: demo, project_domain_name: Default}
    `),
  },
  {
    name: "v3totp refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3totp
      auth: {auth_url: "${KEYSTONE}", username: u, passcode: "012345", project_id: pid}
    `),
  },
  {
    name: "v3multifactor with password and totp, each method's arguments in auth",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth:
        auth_url: "${KEYSTONE}"
        auth_methods: [v3password, v3totp]
        username: u
        user_domain_name: Default
        password: p
        passcode: "012345"
        project_name: demo
        project_domain_name: Default
    `),
  },
  {
    name: "v3multifactor refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth: {auth_url: "${KEYSTONE}", auth_methods: [v3password, v3totp], username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "v3multifactor needs auth_methods",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth: {auth_url: "${KEYSTONE}", user_id: uid, password: p, passcode: "012345"}
    `),
  },
  {
    name: "difference: v3oauth2clientcredential, which Debian's keystoneauth (5.0) does not know",
    files: cloud(yaml`
      auth_type: v3oauth2clientcredential
      auth: {auth_url: "${KEYSTONE}", oauth2_endpoint: "${KEYSTONE}/OS-OAUTH2/token", oauth2_client_id: acid, oauth2_client_secret: s}
    `),
    difference: {
      why: "keystoneauth added the plugin in 5.1; openstack-ts reads the keys its 5.1 loader declares",
      python: (answer) => expect(answer.ok ? "" : answer.error).toMatch(/v3oauth2clientcredential could not be found/),
      ours: (resolve) =>
        expect(resolve().auth).toEqual({
          authUrl: KEYSTONE,
          oauth2Endpoint: `${KEYSTONE}/OS-OAUTH2/token`,
          oauth2ClientId: "acid",
          oauth2ClientSecret: "s",
        }),
    },
  },
  {
    name: "difference: v3oauth2clientcredential without its secret is refused as keystoneauth 5.1 refuses it",
    files: cloud(yaml`
      auth_type: v3oauth2clientcredential
      auth: {auth_url: "${KEYSTONE}", oauth2_endpoint: "${KEYSTONE}/OS-OAUTH2/token", oauth2_client_id: acid}
    `),
    difference: {
      why: "keystoneauth added the plugin in 5.1; its loader requires oauth2_client_secret",
      python: (answer) => expect(answer.ok ? "" : answer.error).toMatch(/v3oauth2clientcredential could not be found/),
      ours: (resolve) => expect(resolve).toThrow(/auth\.oauth2_client_secret is missing/),
    },
  },
  {
    name: "an application credential needs its secret",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${KEYSTONE}", application_credential_id: acid}
    `),
  },
];
