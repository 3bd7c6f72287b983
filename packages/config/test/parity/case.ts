import type { ResolvedCloud } from "../../src/resolved-cloud.js";

/** What the Python helper reports for one case. */
export interface PythonResult {
  name: string;
  region_name: string;
  auth_type: string | null;
  auth: Record<string, unknown>;
  interface: string | null;
  verify: boolean | string;
  cert: string | [string, string] | null;
  api_timeout: number | string | null;
  services: Record<string, PythonService>;
  warnings: string[];
}

export interface PythonService {
  endpoint_override: string | null;
  api_version: string | null;
  microversion: { value?: string | null; error?: string };
  interface: string | null;
  region_name: string | null;
}

export type PythonAnswer = { ok: true; result: PythonResult } | { ok: false; error: string };

/** One configuration resolved by both openstack-ts and openstacksdk. */
export interface ParityCase {
  name: string;
  /** File name → content: `clouds.yaml` (or `.yml`/`.json`), `secure.yaml`, `clouds-public.yaml`. */
  files?: Record<string, string>;
  env?: Record<string, string>;
  cloud?: string;
  /** argparse-style options (`os_region_name`, …), given to both. */
  options?: Record<string, unknown>;
  /**
   * openstack-ts answers differently on purpose. The test checks both answers as stated
   * here instead of comparing them, so the difference stays visible and deliberate.
   */
  difference?: {
    why: string;
    python: (answer: PythonAnswer) => void;
    ours: (resolve: () => ResolvedCloud) => void;
  };
}

/** Strips the common indentation of a template literal, so YAML can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ""), "");
  const lines = text.replace(/^\n/, "").split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** The Keystone every case's auth names (no case reaches it: only openstacksdk's reading is compared). */
export const KEYSTONE = "http://127.0.0.1:5000/v3";

/** A password login's auth arguments, as a clouds.yaml flow mapping. */
export const AUTH = `{auth_url: "${KEYSTONE}", username: u, password: p, project_name: demo, user_domain_name: Default, project_domain_name: Default}`;

/** One cloud named `c`, written as YAML. */
export const cloud = (body: string): Record<string, string> => ({
  "clouds.yaml": `clouds:\n  c:\n${body
    .replace(/^\n/, "")
    .split("\n")
    .map((line) => (line ? `    ${line}` : line))
    .join("\n")}`,
});
