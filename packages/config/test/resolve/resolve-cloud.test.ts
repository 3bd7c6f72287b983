import { ConfigError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { resolveCloud } from "../../src/resolve/resolve-cloud.js";

const auth = {
  auth_url: "https://keystone.example.com/v3",
  username: "demo",
  password: "s3cret",
  project_name: "demo",
  user_domain_name: "Default",
  project_domain_name: "Default",
};
const files = { clouds: "/etc/openstack/clouds.yaml", secure: "/etc/openstack/secure.yaml" };

describe("resolveCloud", () => {
  it("resolves a cloud into core's names, with the source of each value", () => {
    const resolved = resolveCloud({
      clouds: { clouds: { prod: { auth, region_name: "RegionOne", compute_api_version: "2.79" } } },
      secure: { clouds: { prod: { auth: { password: "from-secure" } } } },
      files,
      cloudName: "prod",
    });
    expect(resolved.name).toBe("prod");
    expect(resolved.authType).toBe("password");
    expect(resolved.auth).toMatchObject({
      authUrl: "https://keystone.example.com/v3",
      username: "demo",
      password: "from-secure",
      projectName: "demo",
      userDomainName: "Default",
      projectDomainName: "Default",
    });
    expect(resolved.regionName).toBe("RegionOne");
    expect(resolved.interface).toBe("public");
    expect(resolved.services["compute"]).toEqual({ apiVersion: "2.79", microversion: "2.79" });
    expect(resolved.sources).toMatchObject({
      name: "cloudName",
      "auth.authUrl": "/etc/openstack/clouds.yaml: clouds.prod.auth.auth_url",
      "auth.password": "/etc/openstack/secure.yaml: clouds.prod.auth.password",
      regionName: "/etc/openstack/clouds.yaml: clouds.prod.region_name.0",
      interface: "default",
      "services.compute.apiVersion": "/etc/openstack/clouds.yaml: clouds.prod.compute_api_version",
    });
  });

  it("names environment variables and options as sources", () => {
    const resolved = resolveCloud({
      env: { OS_AUTH_URL: auth.auth_url, OS_USERNAME: "u", OS_PASSWORD: "p", OS_PROJECT_ID: "pid" },
      options: { "--os-region-name": "RegionTwo", computeApiVersion: "2" },
    });
    expect(resolved.name).toBe("envvars");
    expect(resolved.sources).toMatchObject({
      name: "OS_* variables",
      "auth.authUrl": "env OS_AUTH_URL",
      "auth.projectId": "env OS_PROJECT_ID",
      regionName: "option --os-region-name",
      "services.compute.apiVersion": "option computeApiVersion",
    });
  });

  it("takes options as argparse stores them, as typed, or in camelCase", () => {
    const clouds = { clouds: { a: { auth } } };
    for (const options of [
      { os_project_name: "x" },
      { "--os-project-name": "x" },
      { osProjectName: "x" },
      { projectName: "x" },
    ]) {
      expect(resolveCloud({ clouds, options }).auth.projectName).toBe("x");
    }
    // Unset argparse defaults change nothing.
    expect(resolveCloud({ clouds, options: { os_project_name: "", os_region_name: null } }).auth.projectName).toBe(
      "demo",
    );
  });

  it("applies OS_REGION_NAME and OS_INTERFACE to the chosen cloud, below options (unlike openstacksdk)", () => {
    const clouds = { clouds: { a: { auth, regions: ["one", "two", "three"] }, b: { auth } } };
    const env = { OS_CLOUD: "a", OS_REGION_NAME: "two", OS_INTERFACE: "internal" };
    const fromEnv = resolveCloud({ clouds, env });
    expect([fromEnv.regionName, fromEnv.interface]).toEqual(["two", "internal"]);
    expect(fromEnv.sources["regionName"]).toBe("env OS_REGION_NAME");
    const fromOptions = resolveCloud({ clouds, env, options: { os_region_name: "three", os_interface: "admin" } });
    expect([fromOptions.regionName, fromOptions.interface]).toEqual(["three", "admin"]);
  });

  it("fills the profile's {region_name} and keeps the profile's name", () => {
    const resolved = resolveCloud({
      clouds: { clouds: { city: { profile: "citycloud", auth: { username: "u", password: "p", project_id: "x" } } } },
    });
    expect(resolved.profile).toBe("citycloud");
    expect(resolved.regionName).toBe("Buf1");
    expect(resolved.auth.authUrl).toBe("https://Buf1.citycloud.com:5000/v3/");
    expect(resolved.sources["auth.authUrl"]).toBe("profile citycloud: auth.auth_url");
  });

  it("reports openstacksdk's warnings and passes them on", () => {
    const seen: string[] = [];
    const resolved = resolveCloud({
      clouds: { clouds: { a: { cloud: "ovh", auth: { username: "u", password: "p", project_id: "x" } } } },
      onWarning: (message) => seen.push(message),
    });
    expect(resolved.warnings).toEqual(seen);
    expect(seen[0]).toMatch(/deprecated; use 'profile: ovh'/);
  });
});

describe("resolveCloud errors", () => {
  const clouds = { clouds: { devstack: { auth, region_name: "RegionOne" }, prod: { auth } } };

  it("an unknown cloud lists the clouds and the files searched", () => {
    const error = catchError(() =>
      resolveCloud({
        clouds,
        cloudName: "staging",
        files: { ...files, searched: ["/home/me/clouds.yaml", "/etc/openstack/clouds.yaml"] },
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Cloud 'staging' (cloudName) was not found");
    expect(error.message).toContain("Known clouds: devstack, prod");
    expect(error.message).toContain("Files searched: /home/me/clouds.yaml, /etc/openstack/clouds.yaml");
  });

  it("an unknown region says region names are case-sensitive and lists the known ones", () => {
    const error = catchError(() =>
      resolveCloud({ clouds, cloudName: "devstack", env: { OS_REGION_NAME: "regionone" } }),
    );
    expect(error.message).toContain("Region 'regionone' (env OS_REGION_NAME) is not a region of cloud 'devstack'");
    expect(error.message).toContain("Known regions: RegionOne");
    expect(error.message).toContain("case-sensitive: did you mean 'RegionOne'?");
  });

  it("a missing auth field names the field and the cloud", () => {
    const { password: _, ...noPassword } = auth;
    const error = catchError(() => resolveCloud({ clouds: { clouds: { lab: { auth: noPassword } } } }));
    expect(error.message).toMatch(/^Cloud 'lab': auth\.password is missing/);
    expect(error.message).toContain("OS_PASSWORD");
    // validate: false resolves anyway (a dashboard may ask the user for the password).
    expect(
      resolveCloud({ clouds: { clouds: { lab: { auth: noPassword } } }, validate: false }).auth.password,
    ).toBeUndefined();
  });

  it("with nothing configured, says so", () => {
    expect(catchError(() => resolveCloud({})).message).toMatch(/^No cloud is configured .*: auth\.auth_url is missing/);
  });

  it("a profile with status shutdown fails; deprecated warns", () => {
    const publicClouds = {
      "public-clouds": {
        gone: { status: "shutdown", message: "Closed in 2020", auth: { auth_url: "https://gone.example.com" } },
        old: { status: "deprecated", message: "Use new instead", auth: { auth_url: "https://old.example.com/v3" } },
      },
    };
    const user = { username: "u", password: "p", project_id: "x" };
    const shutdown = catchError(() =>
      resolveCloud({ clouds: { clouds: { a: { profile: "gone", auth: user } } }, publicClouds }),
    );
    expect(shutdown.message).toBe("Profile 'gone' references a cloud that no longer exists: Closed in 2020");
    const resolved = resolveCloud({ clouds: { clouds: { a: { profile: "old", auth: user } } }, publicClouds });
    expect(resolved.warnings).toContain("Profile 'old' is deprecated: Use new instead");
    expect(resolved.auth.authUrl).toBe("https://old.example.com/v3");
  });

  it("a remote (URL) profile is refused rather than fetched", () => {
    const error = catchError(() =>
      resolveCloud({ clouds: { clouds: { a: { profile: "https://vendor.example.com", auth } } } }),
    );
    expect(error.message).toMatch(/remote profiles are not fetched/);
  });

  it("a number where a URL goes names the key and the file", () => {
    const error = catchError(() =>
      resolveCloud({ clouds: { clouds: { a: { auth: { ...auth, auth_url: 5000 } } } }, files }),
    );
    expect(error.message).toBe(
      "/etc/openstack/clouds.yaml: clouds.a.auth.auth_url must be a URL (a string), not the number 5000",
    );
    const override = catchError(() =>
      resolveCloud({ clouds: { clouds: { a: { auth, network_endpoint_override: 9696 } } }, files }),
    );
    expect(override.message).toContain("clouds.a.network_endpoint_override must be a URL");
  });

  it("other wrong types name their key", () => {
    expect(
      catchError(() => resolveCloud({ clouds: { clouds: { a: { auth, regions: "RegionOne" } } } })).message,
    ).toContain("clouds.a.regions must be a list of regions");
    expect(
      catchError(() => resolveCloud({ clouds: { clouds: { a: { auth, api_timeout: "soon" } } } })).message,
    ).toContain("clouds.a.api_timeout must be a number");
    expect(catchError(() => resolveCloud({ clouds: { clouds: { a: { auth, verify: "false" } } } })).message).toContain(
      "write true or false without quotes",
    );
    expect(catchError(() => resolveCloud({ clouds: { clouds: { a: { auth: "admin" } } } })).message).toContain(
      "clouds.a.auth must be a mapping of auth arguments",
    );
  });

  it("a dotted api version and a different default microversion conflict", () => {
    const error = catchError(() =>
      resolveCloud({
        clouds: { clouds: { a: { auth, compute_api_version: "2.79", compute_default_microversion: "2.60" } } },
      }),
    );
    expect(error.message).toMatch(
      /compute_default_microversion is 2\.60, but .*compute_api_version is the microversion 2\.79/,
    );
  });

  it("an unknown auth type lists the known ones", () => {
    expect(
      catchError(() => resolveCloud({ clouds: { clouds: { a: { auth, auth_type: "kerberos" } } } })).message,
    ).toMatch(/Unknown auth type 'kerberos' .*known: password, token/);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}
