import {
  InvalidArgumentError,
  parseItem,
  runAction,
  unwrap,
  type ActionOptions,
  type ActionSpec,
  type SessionOrClient,
} from "@openstack-ts/core";
import { idFrom, type ComputeRef } from "../common.js";
import { microversionFor, microversionHeaders } from "../microversion.js";
import { computeService } from "../descriptor.js";
import { encodeUserData } from "../user-data.js";
import { ServerCreated } from "./server-parts.js";

/** One network of a new server: a network (`uuid`), a port, and/or a fixed IP. */
export interface ServerNetwork {
  uuid?: ComputeRef;
  port?: ComputeRef;
  fixed_ip?: string;
  /** Device tag (2.42). */
  tag?: string;
}

/** One entry of `block_device_mapping_v2`: what to boot from or attach, and how. */
export interface BlockDeviceMapping {
  source_type?: "volume" | "image" | "snapshot" | "blank";
  destination_type?: "local" | "volume";
  uuid?: string;
  boot_index?: number | string | null;
  volume_size?: number;
  delete_on_termination?: boolean;
  device_name?: string;
  device_type?: string;
  disk_bus?: string;
  guest_format?: string;
  no_device?: boolean;
  /** Device tag (2.42). */
  tag?: string;
  /** Volume type of a volume Nova creates (2.67). */
  volume_type?: string;
}

/** Hints for the scheduler's filters; clouds may define their own, hence the index signature. */
export interface ServerSchedulerHints {
  group?: string;
  different_host?: string | readonly string[];
  same_host?: string | readonly string[];
  query?: string | object;
  target_cell?: string;
  different_cell?: string | readonly string[];
  build_near_host_ip?: string;
  cidr?: string;
  readonly [hint: string]: unknown;
}

/**
 * What createServer takes: the fields of Nova's `server` object by their wire names, and
 * `os:scheduler_hints`, which Nova reads beside `server` rather than inside it.
 */
export interface ServerCreateArgs {
  name: string;
  flavorRef: ComputeRef;
  /** Leave out to boot from a volume given in `block_device_mapping_v2`. */
  imageRef?: ComputeRef;
  /** `auto` (a network Nova picks or makes), `none`, or the networks, ports and fixed IPs to plug. */
  networks: "auto" | "none" | readonly ServerNetwork[];
  block_device_mapping_v2?: readonly BlockDeviceMapping[];
  key_name?: string | { readonly name: string };
  /** Text or bytes; encoded to base64 here, as Nova wants it. */
  user_data?: string | Uint8Array;
  metadata?: Readonly<Record<string, string>>;
  /** 2.52. */
  tags?: readonly string[];
  security_groups?: readonly { name: string }[];
  availability_zone?: string;
  config_drive?: boolean;
  adminPass?: string;
  accessIPv4?: string;
  accessIPv6?: string;
  "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
  description?: string;
  min_count?: number;
  max_count?: number;
  /** 2.63. */
  trusted_image_certificates?: readonly string[];
  /** Admin: the compute host and node to build on (2.74). */
  host?: string;
  hypervisor_hostname?: string;
  /** 2.90. */
  hostname?: string;
  "os:scheduler_hints"?: ServerSchedulerHints;
}

// 2.37 makes `networks` required and allows "auto" and "none"; the rest raise it only when given.
const FLOOR = "2.37";
const NEEDS = {
  tags: "2.52",
  trusted_image_certificates: "2.63",
  host: "2.74",
  hypervisor_hostname: "2.74",
  hostname: "2.90",
};

/** The microversion a create must be sent at for Nova to honour every field given. */
export function createMicroversion(args: ServerCreateArgs): string | undefined {
  const devices = [...(Array.isArray(args.networks) ? args.networks : []), ...(args.block_device_mapping_v2 ?? [])];
  const extra = {
    tag: devices.some((d) => d.tag !== undefined) ? true : undefined,
    volume_type: args.block_device_mapping_v2?.some((d) => d.volume_type !== undefined) ? true : undefined,
  };
  return microversionFor({ ...args, ...extra }, { ...NEEDS, tag: "2.42", volume_type: "2.67" }, FLOOR);
}

/** The request body: `{ server, "os:scheduler_hints"? }`, ids taken from resources, user data encoded. */
export function serverCreateBody(args: ServerCreateArgs): Record<string, unknown> {
  if (typeof args !== "object" || args === null)
    throw new InvalidArgumentError("createServer takes an object of fields");
  const { "os:scheduler_hints": hints, user_data, flavorRef, imageRef, networks, key_name, ...rest } = args;
  if (typeof rest.name !== "string") throw new InvalidArgumentError("createServer needs 'name'");
  if (flavorRef === undefined) throw new InvalidArgumentError("createServer needs 'flavorRef'");
  if (networks !== "auto" && networks !== "none" && !Array.isArray(networks)) {
    throw new InvalidArgumentError(
      `createServer needs 'networks': "auto", "none" or a list, got ${JSON.stringify(networks)}`,
    );
  }
  const server = {
    ...rest,
    flavorRef: idFrom(flavorRef, "flavorRef"),
    ...(imageRef !== undefined && { imageRef: idFrom(imageRef, "imageRef") }),
    networks: typeof networks === "string" ? networks : networks.map(networkEntry),
    ...(key_name !== undefined && { key_name: typeof key_name === "string" ? key_name : key_name.name }),
    ...(user_data !== undefined && { user_data: encodeUserData(user_data) }),
  };
  return hints === undefined ? { server } : { server, "os:scheduler_hints": hints };
}

function networkEntry(network: ServerNetwork): Record<string, unknown> {
  const { uuid, port, ...rest } = network;
  return {
    ...rest,
    ...(uuid !== undefined && { uuid: idFrom(uuid, "networks[].uuid") }),
    ...(port !== undefined && { port: idFrom(port, "networks[].port") }),
  };
}

/**
 * POST /servers. An action rather than the generic create: scheduler hints sit beside the
 * `server` envelope, and the answer is not a server but `{ server: ServerCreated }`.
 */
export const createServerAction = {
  method: "POST",
  path: "servers",
  body: serverCreateBody,
  headers: (args: ServerCreateArgs) => microversionHeaders(createMicroversion(args)),
  returns: "json",
} as const satisfies ActionSpec;

/**
 * Creates a server and returns what Nova answers, typed: its id and admin password. The
 * same request as `conn.compute.createServer`, for tree-shaking users and for a typed result.
 */
export async function createServer(
  target: SessionOrClient,
  args: ServerCreateArgs,
  options?: ActionOptions,
): Promise<ServerCreated> {
  const answer = await runAction(
    computeService,
    "createServer",
    createServerAction,
    target,
    args as unknown as Record<string, unknown>,
    options,
  );
  return parseItem<ServerCreated>(ServerCreated, unwrap(answer, "server", "POST servers"), "POST servers", "server");
}
