import { inspect } from "node:util";
import { ConfigError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { connectionOptions } from "../src/connection-options.js";
import { resolveCloud } from "../src/resolve/resolve-cloud.js";

const SECRETS = ["pa55word-XYZ", "tok-ABC-123", "appcred-SECRET-9"];

describe("ResolvedCloud never shows a secret", () => {
  const clouds = {
    clouds: {
      pw: { auth: { auth_url: "https://k.example.com/v3", username: "u", password: SECRETS[0], project_id: "p" } },
      tok: { auth_type: "token", auth: { auth_url: "https://k.example.com/v3", token: SECRETS[1], project_id: "p" } },
      ac: {
        auth_type: "v3applicationcredential",
        auth: {
          auth_url: "https://k.example.com/v3",
          application_credential_id: "id",
          application_credential_secret: SECRETS[2],
        },
      },
    },
  };

  it.each(["pw", "tok", "ac"])("in toString, toJSON, JSON.stringify and console output (%s)", (cloudName) => {
    const resolved = resolveCloud({ clouds, cloudName });
    const forms = [
      String(resolved),
      `${resolved}`,
      JSON.stringify(resolved),
      JSON.stringify(resolved.auth),
      JSON.stringify(resolved.config),
      String(resolved.auth),
      inspect(resolved, { depth: 10 }),
      inspect(resolved.auth),
    ];
    for (const form of forms) for (const secret of SECRETS) expect(form).not.toContain(secret);
    expect(JSON.stringify(resolved)).toContain("<redacted>");
    // The secret is there for whoever builds the auth plugin.
    expect(Object.values({ ...resolved.auth })).toEqual(
      expect.arrayContaining([expect.stringMatching(/pa55word|tok-ABC|appcred-SECRET/)]),
    );
  });

  it("while its JSON form still holds every field, in order", () => {
    const resolved = resolveCloud({ clouds, cloudName: "pw" });
    const json = resolved.toJSON();
    expect(Object.keys(json)).toEqual([
      "name",
      "regionName",
      "authType",
      "auth",
      "interface",
      "services",
      "verify",
      "cacert",
      "cert",
      "key",
      "apiTimeout",
      "connectRetries",
      "statusCodeRetries",
      "profile",
      "sources",
      "warnings",
      "config",
    ]);
    expect(json).toMatchObject({ name: "pw", authType: "password", verify: true, services: resolved.services });
    expect(json["auth"]).toMatchObject({ authUrl: "https://k.example.com/v3", username: "u", password: "<redacted>" });
  });

  it("in error messages, even when the secret sits where a URL goes", () => {
    try {
      resolveCloud({ clouds: { clouds: { a: { auth: { auth_url: 12345, password: SECRETS[0] } } } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).not.toContain(SECRETS[0]);
    }
  });

  it("reads like a summary", () => {
    expect(String(resolveCloud({ clouds, cloudName: "pw", options: { os_region_name: "RegionOne" } }))).toBe(
      "cloud 'pw', region RegionOne: password auth at https://k.example.com/v3, interface public",
    );
  });
});

describe("connectionOptions", () => {
  it("is shaped like openstack-ts's ConnectionOptions", () => {
    const resolved = resolveCloud({
      clouds: {
        clouds: {
          prod: {
            auth: {
              auth_url: "https://k.example.com/v3",
              username: "u",
              password: "p",
              project_name: "demo",
              user_domain_name: "Default",
              project_domain_name: "Default",
            },
            region_name: "RegionOne",
            interface: "internal",
            api_timeout: 30,
            compute_api_version: "2.79",
            volume_api_version: "3",
            network_endpoint_override: "http://127.0.0.1:9696",
            identity_interface: "admin",
            connect_retries: 2,
            cacert: "/etc/ssl/ca.pem",
          },
        },
      },
    });
    expect(connectionOptions(resolved)).toEqual({
      authUrl: "https://k.example.com/v3",
      username: "u",
      password: "p",
      projectName: "demo",
      userDomainName: "Default",
      projectDomainName: "Default",
      authPlugin: "password",
      regionName: "RegionOne",
      interface: "internal",
      timeout: 30_000,
      retries: 2,
      verify: true,
      cacert: "/etc/ssl/ca.pem",
      profile: {
        compute: { apiVersion: "2", microversion: "2.79" },
        "block-storage": { apiVersion: "3" },
        network: { apiVersion: "2", endpointOverride: "http://127.0.0.1:9696" },
        "object-store": { apiVersion: "1" },
        identity: { interface: "admin" },
      },
    });
  });

  it("gives every service the one endpoint of admin_token and none", () => {
    const resolved = resolveCloud({
      clouds: {
        clouds: {
          bm: {
            auth_type: "none",
            auth: { endpoint: "http://127.0.0.1:6385" },
            network_endpoint_override: "http://127.0.0.1:9696",
          },
        },
      },
    });
    const options = connectionOptions(resolved);
    expect(options.authPlugin).toBe("none");
    expect(options.profile["baremetal"]?.endpointOverride).toBe("http://127.0.0.1:6385");
    expect(options.profile["network"]?.endpointOverride).toBe("http://127.0.0.1:9696");
  });
});
