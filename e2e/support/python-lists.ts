// The parity suites' one way to ask Python (openstacksdk, or a service's own client) for
// lists on the same cloud: a script of this folder reads `{ cloud, lists }` on stdin and
// prints, per list, its items or its failure (sdk-ids.py for openstacksdk's proxies;
// message-sdk.py and magnum-sdk.py where a list needs more than a proxy call).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { STATE } from "./cloud.js";

export type Row = Record<string, unknown>;

/** What the script answered for one list: its items, or why it failed. */
export interface PythonAnswer<R> {
  items?: R[];
  error?: string;
}

export interface PythonOptions {
  /** The script of this folder. Default: sdk-ids.py (openstacksdk's proxies). */
  script?: string;
  /** The cloud of the running cloud's clouds.yaml. Default: `local` (the admin). */
  cloud?: string;
  /** Who answers, for the error that names a failed list. Default: openstacksdk. */
  who?: string;
}

/** Each list's answer, failures included (a test that expects one reads it here). */
export function askPython<R = Row>(lists: object, options: PythonOptions = {}): Record<string, PythonAnswer<R>> {
  const script = fileURLToPath(new URL(options.script ?? "sdk-ids.py", import.meta.url));
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  const input = JSON.stringify({ cloud: options.cloud ?? "local", lists });
  return JSON.parse(execFileSync("/usr/bin/python3", [script], { input, env }).toString());
}

/** Each list's items; a failure on one, named, fails the test. */
export function pythonLists<R = Row, K extends string = string>(
  lists: Record<K, object>,
  options: PythonOptions = {},
): Record<K, R[]> {
  const items = {} as Record<K, R[]>;
  for (const [name, answer] of Object.entries(askPython<R>(lists, options)) as [K, PythonAnswer<R>][]) {
    if (answer.error !== undefined)
      throw new Error(`${options.who ?? "openstacksdk"} failed on ${name}: ${answer.error}`);
    items[name] = answer.items!;
  }
  return items;
}

/**
 * Ours before and after Python's: another suite changing the cloud meanwhile cannot make a
 * parity test flaky, while any difference of ours from Python's still shows.
 */
export async function beside<T>(ours: () => Promise<T>, theirs: () => T): Promise<{ python: T; ours: [T, T] }> {
  const before = await ours();
  const python = theirs();
  return { python, ours: [before, await ours()] };
}
