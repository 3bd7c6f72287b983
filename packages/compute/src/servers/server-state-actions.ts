import type { ActionSpec } from "@openstack-ts/core";
import { idFrom, type ComputeRef } from "../common.js";
import { microversionFor, microversionHeaders } from "../microversion.js";
import { encodeUserData } from "../user-data.js";

const ACTION = "servers/{server}/action";

/** An action whose body is `{ <name>: null }`: start, stop, pause, … */
/* @__NO_SIDE_EFFECTS__ */
const bare = (name: string) => ({ method: "POST", path: ACTION, body: () => ({ [name]: null }) }) as const;

/** What rebuildServer takes besides the server: the new image, and what to reset with it. */
export interface ServerRebuildArgs {
  imageRef: ComputeRef;
  name?: string;
  adminPass?: string;
  metadata?: Readonly<Record<string, string>>;
  preserve_ephemeral?: boolean;
  "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
  accessIPv4?: string;
  accessIPv6?: string;
  /** 2.19. */
  description?: string | null;
  /** 2.54; null removes the key pair. */
  key_name?: string | null;
  /** 2.57: text or bytes (encoded to base64 here); null removes it. */
  user_data?: string | Uint8Array | null;
  /** 2.63. */
  trusted_image_certificates?: readonly string[] | null;
  /** 2.90. */
  hostname?: string;
}

const REBUILD_NEEDS = {
  description: "2.19",
  key_name: "2.54",
  user_data: "2.57",
  trusted_image_certificates: "2.63",
  hostname: "2.90",
};

/**
 * Changes of state, each a POST to `servers/{server}/action`, named as openstacksdk names
 * them. They return once Nova has accepted the request; `waitForServer` follows the state.
 */
export const serverStateActions = {
  /** `type`: SOFT (ask the guest) or HARD (power cycle). */
  rebootServer: { method: "POST", path: ACTION, body: ({ type }: { type: "SOFT" | "HARD" }) => ({ reboot: { type } }) },
  startServer: bare("os-start"),
  stopServer: bare("os-stop"),
  pauseServer: bare("pause"),
  unpauseServer: bare("unpause"),
  suspendServer: bare("suspend"),
  resumeServer: bare("resume"),
  /** A reason (2.73) is sent only when given; a plain lock works at any microversion. */
  lockServer: {
    method: "POST",
    path: ACTION,
    body: ({ locked_reason }: { locked_reason?: string }) => ({
      lock: locked_reason === undefined ? null : { locked_reason },
    }),
    headers: (args: { locked_reason?: string }) =>
      microversionHeaders(microversionFor(args, { locked_reason: "2.73" })),
  },
  unlockServer: bare("unlock"),
  /** Boots from a rescue image (the server's own by default); answers `{ adminPass }` where the cloud sets one. */
  rescueServer: {
    method: "POST",
    path: ACTION,
    body: (args: { adminPass?: string; rescue_image_ref?: ComputeRef }) => ({
      rescue: {
        ...(args.adminPass !== undefined && { adminPass: args.adminPass }),
        ...(args.rescue_image_ref !== undefined && {
          rescue_image_ref: idFrom(args.rescue_image_ref, "rescue_image_ref"),
        }),
      },
    }),
    returns: "json",
  },
  unrescueServer: bare("unrescue"),
  /** Moves to another flavor; the server waits in VERIFY_RESIZE for a confirm or a revert. */
  resizeServer: {
    method: "POST",
    path: ACTION,
    body: (args: { flavorRef: ComputeRef; "OS-DCF:diskConfig"?: "AUTO" | "MANUAL" }) => ({
      resize: {
        flavorRef: idFrom(args.flavorRef, "flavorRef"),
        ...(args["OS-DCF:diskConfig"] && { "OS-DCF:diskConfig": args["OS-DCF:diskConfig"] }),
      },
    }),
  },
  confirmServerResize: bare("confirmResize"),
  revertServerResize: bare("revertResize"),
  /**
   * Rebuilds from an image; answers `{ server }`. Sent at the lowest microversion that
   * honours the fields given (see {@link ServerRebuildArgs}).
   */
  rebuildServer: {
    method: "POST",
    path: ACTION,
    body: (args: ServerRebuildArgs) => {
      const { imageRef, user_data, ...rest } = args;
      return {
        rebuild: {
          ...withoutServer(rest),
          imageRef: idFrom(imageRef, "imageRef"),
          ...(user_data !== undefined && { user_data: user_data === null ? null : encodeUserData(user_data) }),
        },
      };
    },
    headers: (args: ServerRebuildArgs) => microversionHeaders(microversionFor(args, REBUILD_NEEDS)),
    returns: "json",
  },
  /** `security_group`: a group's name, its id, or the group (Nova resolves a name or an id). */
  addSecurityGroupToServer: {
    method: "POST",
    path: ACTION,
    body: (args: { security_group: ComputeRef }) => ({ addSecurityGroup: { name: groupName(args.security_group) } }),
  },
  removeSecurityGroupFromServer: {
    method: "POST",
    path: ACTION,
    body: (args: { security_group: ComputeRef }) => ({ removeSecurityGroup: { name: groupName(args.security_group) } }),
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

const groupName = (group: ComputeRef) => idFrom(group, "security_group");

/** Action arguments carry the server too; the body must not. */
function withoutServer<T extends object>(args: T): Omit<T, "server"> {
  const { server: _server, ...rest } = args as T & { server?: unknown };
  return rest;
}
