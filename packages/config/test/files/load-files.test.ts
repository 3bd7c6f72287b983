import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCloud, loadCloudsConfig, readTlsFiles } from "../../src/node.js";

const cloud = (name: string, authUrl: string) =>
  `clouds:\n  ${name}:\n    auth:\n      auth_url: ${authUrl}\n      username: u\n      password: p\n      project_id: pid\n`;

describe("the Node loader", () => {
  let root: string;
  let cwd: string;
  let home: string;
  // XDG_CONFIG_DIRS points into the sandbox, so the machine's /etc/xdg is not read.
  let env: Record<string, string>;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "openstack-ts-config-"));
    cwd = join(root, "work");
    home = join(root, "home");
    mkdirSync(cwd);
    mkdirSync(join(home, ".config", "openstack"), { recursive: true });
    env = { XDG_CONFIG_DIRS: join(root, "xdg") };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("finds clouds.yaml in the working directory first, then ~/.config/openstack", async () => {
    writeFileSync(join(home, ".config", "openstack", "clouds.yaml"), cloud("home", "http://home/v3"));
    expect((await loadCloud({ cwd, home, env })).name).toBe("home");
    writeFileSync(join(cwd, "clouds.yml"), cloud("here", "http://here/v3"));
    const resolved = await loadCloud({ cwd, home, env });
    expect(resolved.name).toBe("here");
    expect(resolved.sources["auth.authUrl"]).toBe(`${join(cwd, "clouds.yml")}: clouds.here.auth.auth_url`);
  });

  it("puts OS_CLIENT_CONFIG_FILE and OS_CLIENT_SECURE_FILE before the search", async () => {
    writeFileSync(join(cwd, "clouds.yaml"), cloud("here", "http://here/v3"));
    const file = join(root, "elsewhere.yaml");
    const secure = join(root, "elsewhere-secure.json");
    writeFileSync(file, cloud("elsewhere", "http://elsewhere/v3"));
    writeFileSync(secure, JSON.stringify({ clouds: { elsewhere: { auth: { password: "from-secure-json" } } } }));
    const resolved = await loadCloud({
      cwd,
      home,
      env: { ...env, OS_CLIENT_CONFIG_FILE: file, OS_CLIENT_SECURE_FILE: secure },
    });
    expect(resolved.name).toBe("elsewhere");
    expect(resolved.auth.password).toBe("from-secure-json");
  });

  it("merges secure.yaml and reads clouds-public.yaml profiles", async () => {
    writeFileSync(
      join(cwd, "clouds.yaml"),
      "clouds:\n  a:\n    profile: mine\n    auth: {username: u, project_id: p}\n",
    );
    writeFileSync(join(home, ".config", "openstack", "secure.yaml"), "clouds:\n  a:\n    auth: {password: s}\n");
    writeFileSync(
      join(home, ".config", "openstack", "clouds-public.yaml"),
      "public-clouds:\n  mine:\n    auth: {auth_url: 'http://mine/v3'}\n    regions: [m1]\n",
    );
    const config = await loadCloudsConfig({ cwd, home, env });
    expect(config.files).toMatchObject({
      clouds: join(cwd, "clouds.yaml"),
      secure: join(home, ".config", "openstack", "secure.yaml"),
      publicClouds: join(home, ".config", "openstack", "clouds-public.yaml"),
    });
    const resolved = await loadCloud({ cwd, home, env });
    expect(resolved.auth).toMatchObject({ authUrl: "http://mine/v3", password: "s" });
    expect(resolved.regionName).toBe("m1");
  });

  it("lists the files searched when the cloud is unknown", async () => {
    writeFileSync(join(cwd, "clouds.yaml"), cloud("here", "http://here/v3"));
    const error = (await loadCloud({ cwd, home, env, cloudName: "nope" }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("Known clouds: here");
    expect(error.message).toContain(`Read: ${join(cwd, "clouds.yaml")}`);
    expect(error.message).toContain(`Files searched: ${join(cwd, "clouds.yaml")}, ${join(cwd, "clouds.yml")}`);
    expect(error.message).toContain("/etc/openstack/clouds.json");
  });

  it("names the file, line and column of a YAML error", async () => {
    writeFileSync(join(cwd, "clouds.yaml"), "clouds:\n  a:\n    auth: {auth_url: x\n");
    await expect(loadCloud({ cwd, home, env })).rejects.toThrow(
      `${join(cwd, "clouds.yaml")}: YAML syntax error at line 4, column 1`,
    );
  });

  it("skips a candidate it cannot read (here a directory named clouds.yaml), as openstacksdk does", async () => {
    // Unreadable by permissions cannot be shown as root (CI runs as root); a directory fails the read the same way.
    mkdirSync(join(cwd, "clouds.yaml"));
    writeFileSync(join(home, ".config", "openstack", "clouds.yaml"), cloud("home", "http://home/v3"));
    expect((await loadCloud({ cwd, home, env })).name).toBe("home");
  });

  it("takes documents in memory instead of searching", async () => {
    writeFileSync(join(cwd, "clouds.yaml"), cloud("disk", "http://disk/v3"));
    expect((await loadCloud({ cwd, home, env, cloudConfig: cloud("memory", "http://memory/v3") })).name).toBe("memory");
  });

  it("reads TLS files, expanding ~", async () => {
    writeFileSync(join(home, "ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    writeFileSync(join(cwd, "clouds.yaml"), `${cloud("tls", "https://tls/v3")}    cacert: ~/ca.pem\n`);
    const resolved = await loadCloud({ cwd, home, env });
    expect(resolved.cacert).toBe("~/ca.pem");
    expect((await readTlsFiles(resolved, home)).cacert).toContain("BEGIN CERTIFICATE");
    writeFileSync(join(cwd, "clouds.yaml"), `${cloud("tls", "https://tls/v3")}    cert: /nonexistent/client.pem\n`);
    await expect(readTlsFiles(await loadCloud({ cwd, home, env }), home)).rejects.toThrow(
      /cert of cloud 'tls' .* could not be read \(ENOENT\)/,
    );
  });
});
