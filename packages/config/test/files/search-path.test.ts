import { describe, expect, it } from "vitest";
import { candidateFiles, configDirectories } from "../../src/files/search-path.js";

describe("configDirectories", () => {
  it("searches as openstacksdk does on Linux", () => {
    expect(configDirectories({ env: {}, cwd: "/work", home: "/home/me", platform: "linux" })).toEqual([
      "/work",
      "/home/me/.config/openstack",
      "/etc/xdg/openstack",
      "/etc/openstack",
    ]);
  });

  it("follows XDG variables and a snap's real home", () => {
    const env = { XDG_CONFIG_HOME: "/xdg", XDG_CONFIG_DIRS: "/a:/b", SNAP_REAL_HOME: "/home/real" };
    expect(configDirectories({ env, cwd: "/work", home: "/home/me/snap/x", platform: "linux" })).toEqual([
      "/work",
      "/xdg/openstack",
      "/home/real/.config/openstack",
      "/a/openstack",
      "/b/openstack",
      "/etc/openstack",
    ]);
  });

  it("uses the platform directories on macOS and Windows", () => {
    expect(configDirectories({ env: {}, cwd: "/w", home: "/Users/me", platform: "darwin" })).toEqual([
      "/w",
      "/Users/me/Library/Application Support/openstack",
      "/Users/me/.config/openstack",
      "/Library/Application Support/openstack",
      "/etc/openstack",
    ]);
    const windows = configDirectories({
      env: { LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local", PROGRAMDATA: "C:\\ProgramData" },
      cwd: "C:\\work",
      home: "C:\\Users\\me",
      platform: "win32",
    });
    expect(windows).toEqual([
      "C:\\work",
      "C:\\Users\\me\\AppData\\Local\\OpenStack\\openstack",
      "C:\\Users\\me\\.config\\openstack",
      "C:\\ProgramData\\OpenStack\\openstack",
      "/etc/openstack",
    ]);
  });

  it("lists yaml, yml and json in each directory", () => {
    expect(candidateFiles(["/a", "/b"], "secure", "linux")).toEqual([
      "/a/secure.yaml",
      "/a/secure.yml",
      "/a/secure.json",
      "/b/secure.yaml",
      "/b/secure.yml",
      "/b/secure.json",
    ]);
  });
});
