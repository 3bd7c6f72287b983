import { ConfigError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { loadCloud, loadCloudsConfig } from "../src/index.js";

const text = `
clouds:
  devstack:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: demo
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
`;

describe("the browser entry's loaders", () => {
  it("resolve YAML text given in memory, with secure.yaml text merged", async () => {
    const resolved = await loadCloud({
      cloudConfig: text,
      secureConfig: "clouds: {devstack: {auth: {password: p}}}",
      cloudName: "devstack",
    });
    expect(resolved.auth).toMatchObject({ authUrl: "http://127.0.0.1:5000/v3", password: "p" });
    expect(resolved.sources["auth.password"]).toBe("secureConfig: clouds.devstack.auth.password");
  });

  it("take a parsed object and an explicit environment", async () => {
    const resolved = await loadCloud({
      cloudConfig: {
        clouds: {
          a: {
            auth: { auth_url: "http://x/v3", username: "u", password: "p", project_id: "1" },
            regions: ["r1", "r2"],
          },
        },
      },
      env: { OS_CLOUD: "a", OS_REGION_NAME: "r2" },
    });
    expect([resolved.name, resolved.regionName]).toEqual(["a", "r2"]);
  });

  it("resolve OS_* variables alone, with no document", async () => {
    const resolved = await loadCloud({
      env: { OS_AUTH_URL: "http://x/v3", OS_TOKEN: "t", OS_AUTH_TYPE: "token", OS_PROJECT_ID: "1" },
    });
    expect(resolved.authType).toBe("token");
  });

  it("refuse to read files, saying what to do instead", async () => {
    for (const input of [
      { cwd: "/work" },
      { home: "/home/me" },
      { env: { OS_CLIENT_CONFIG_FILE: "/etc/openstack/clouds.yaml" } },
    ]) {
      const error = await loadCloudsConfig(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/cannot read.*pass cloudConfig/);
    }
    await expect(loadCloud({ cloudName: "devstack" })).rejects.toThrow(
      /cannot be read from disk here; pass cloudConfig/,
    );
  });
});
