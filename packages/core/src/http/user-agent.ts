import { VERSION } from "../version.js";

/**
 * The User-Agent to send, or undefined where the runtime owns that header. Browsers do:
 * setting it there does nothing useful and would force a CORS preflight naming a header
 * most clouds do not allow.
 */
export function userAgentFor(prefix: string | undefined): string | undefined {
  const runtime = globalThis as { process?: { versions?: { node?: string } }; Deno?: unknown };
  const serverSide = runtime.process?.versions?.node !== undefined || runtime.Deno !== undefined;
  if (!serverSide) return undefined;
  const ours = `openstack-ts/${VERSION}`;
  return prefix ? `${prefix} ${ours}` : ours;
}
