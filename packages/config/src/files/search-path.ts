import path from "node:path";
import type { Env } from "../types.js";

export interface SearchPlace {
  env: Env;
  cwd: string;
  home: string;
  platform: string;
}

/**
 * The directories openstacksdk looks in, in its order: the working directory, the user
 * config directory of the platform (appdirs' `user_config_dir`), `~/.config/openstack`, the
 * platform's site config directory, then `/etc/openstack`.
 */
export function configDirectories({ env, cwd, home, platform }: SearchPlace): string[] {
  const p = platform === "win32" ? path.win32 : path.posix;
  const realHome = env["SNAP_REAL_HOME"] || home; // snaps move $HOME; openstacksdk looks at the real one
  const unixConfigHome = p.join(realHome, ".config", "openstack");
  let userDir: string;
  let siteDirs: string[];
  if (platform === "darwin") {
    userDir = p.join(home, "Library", "Application Support", "openstack");
    siteDirs = ["/Library/Application Support/openstack"];
  } else if (platform === "win32") {
    userDir = p.join(env["LOCALAPPDATA"] || p.join(home, "AppData", "Local"), "OpenStack", "openstack");
    siteDirs = [p.join(env["PROGRAMDATA"] || "C:\\ProgramData", "OpenStack", "openstack")];
  } else {
    userDir = p.join(env["XDG_CONFIG_HOME"] || p.join(home, ".config"), "openstack");
    // openstacksdk joins several XDG_CONFIG_DIRS into one path that never exists; each is searched here.
    siteDirs = (env["XDG_CONFIG_DIRS"] || "/etc/xdg")
      .split(":")
      .filter(Boolean)
      .map((dir) => p.join(dir, "openstack"));
  }
  const dirs = [cwd, userDir, unixConfigHome, ...siteDirs, "/etc/openstack"];
  return dirs.filter((dir, index) => dirs.indexOf(dir) === index);
}

/** `clouds.yaml`, `clouds.yml`, `clouds.json` in each directory, in that order. */
export function candidateFiles(
  dirs: readonly string[],
  base: "clouds" | "secure" | "clouds-public",
  platform: string,
): string[] {
  const p = platform === "win32" ? path.win32 : path.posix;
  return dirs.flatMap((dir) => [".yaml", ".yml", ".json"].map((suffix) => p.join(dir, base + suffix)));
}
