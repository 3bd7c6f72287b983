// Debug logging for a whole e2e run: with OPENSTACK_TS_DEBUG_LOG=<file>, every connection
// made from support/cloud.ts's `admin` and `demo` options (and so most of the suite) writes
// every log call, at every level, as one JSON line to <file>. secrets.test.ts scans it.
import { appendFileSync } from "node:fs";
import type { Logger } from "@openstack-ts/openstack";

/** A logger that appends each call to `file` as `{"level", "message", "fields"}`. */
export function fileLogger(file: string): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    appendFileSync(file, `${JSON.stringify({ level, message, fields })}\n`);
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

/** `{ logger }` writing to OPENSTACK_TS_DEBUG_LOG when it is set; nothing otherwise. */
export function debugLogOption(): { logger?: Logger } {
  const file = process.env["OPENSTACK_TS_DEBUG_LOG"];
  return file ? { logger: fileLogger(file) } : {};
}
