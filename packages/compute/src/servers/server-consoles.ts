import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";

/** What getServerConsoleOutput answers. */
export const ConsoleOutput = v.looseObject({ output: v.string() });

/** What createServerRemoteConsole answers, inside `{ remote_console }`. */
export const RemoteConsole = v.looseObject({ protocol: v.string(), type: v.string(), url: v.string() });

export type ConsoleOutput = v.InferOutput<typeof ConsoleOutput>;
export type RemoteConsole = v.InferOutput<typeof RemoteConsole>;

/** Console protocols and the console types each offers. */
export type RemoteConsoleKind =
  | { protocol: "vnc"; type: "novnc" | "xvpvnc" }
  | { protocol: "spice"; type: "spice-html5" | "spice-direct" } // spice-direct: 2.99
  | { protocol: "rdp"; type: "rdp-html5" }
  | { protocol: "serial"; type: "serial" }
  | { protocol: "mks"; type: "webmks" };

export const serverConsoleActions = {
  /** The guest's console log, the last `length` lines (all by default); answers {@link ConsoleOutput}. */
  getServerConsoleOutput: {
    method: "POST",
    path: "servers/{server}/action",
    body: (args: { length?: number }) => ({
      "os-getConsoleOutput": args.length === undefined ? {} : { length: args.length },
    }),
    returns: "json",
  },
  /**
   * A URL to the server's console, sent at the microversion its kind needs (2.6; `mks` 2.8,
   * `spice-direct` 2.99); answers `{ remote_console }` ({@link RemoteConsole}).
   */
  createServerRemoteConsole: {
    method: "POST",
    path: "servers/{server}/remote-consoles",
    body: (args: RemoteConsoleKind) => ({ remote_console: { protocol: args.protocol, type: args.type } }),
    returns: "json",
    requires: (args: RemoteConsoleKind) =>
      args.protocol === "mks" ? "2.8" : args.type === "spice-direct" ? "2.99" : "2.6",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;
