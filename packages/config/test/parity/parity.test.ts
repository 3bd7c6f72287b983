import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceConfig } from "../../src/connection-options.js";
import { parseConfigText } from "../../src/parse-text.js";
import type { ResolvedCloud } from "../../src/resolved-cloud.js";
import { resolveCloud } from "../../src/resolve/resolve-cloud.js";
import { authCases } from "./cases-auth.js";
import { oidcCases } from "./cases-auth-oidc.js";
import { scopeCases } from "./cases-auth-scopes.js";
import { precedenceCases } from "./cases-precedence.js";
import { profileCases } from "./cases-profiles.js";
import { regionCases } from "./cases-regions.js";
import { serviceCases } from "./cases-services.js";
import type { ParityCase, PythonAnswer, PythonResult } from "./case.js";

// Debian's interpreter: python3-openstacksdk lives in its dist-packages, not in a pyenv.
const PYTHON = "/usr/bin/python3";
const HELPER = fileURLToPath(new URL("./openstacksdk-resolve.py", import.meta.url));
const SERVICES = [
  "identity",
  "compute",
  "network",
  "image",
  "block-storage",
  "object-store",
  "placement",
  "dns",
  "load-balancer",
  "orchestration",
  "key-manager",
  "baremetal",
  "shared-file-system",
  "database",
];

const cases: ParityCase[] = [
  ...precedenceCases,
  ...regionCases,
  ...serviceCases,
  ...authCases,
  ...oidcCases,
  ...scopeCases,
  ...profileCases,
];
let workdir: string;
let answers: PythonAnswer[];
const documents = new Map<
  ParityCase,
  { clouds?: object; secure?: object; publicClouds?: object; files: Record<string, string> }
>();

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), "openstack-ts-parity-"));
  const requests = cases.map((parityCase, index) => {
    const dir = join(workdir, String(index));
    mkdirSync(dir);
    const byKind: Record<string, string[]> = { config_files: [], secure_files: [], vendor_files: [] };
    for (const [name, text] of Object.entries(parityCase.files ?? {})) {
      writeFileSync(join(dir, name), text);
      const kind = name.startsWith("clouds-public")
        ? "vendor_files"
        : name.startsWith("secure")
          ? "secure_files"
          : "config_files";
      byKind[kind]!.push(join(dir, name));
    }
    return { ...byKind, env: parityCase.env ?? {}, cloud: parityCase.cloud ?? null, options: parityCase.options ?? {} };
  });
  const run = spawnSync(PYTHON, [HELPER], {
    input: JSON.stringify(requests),
    env: { PATH: "/usr/bin:/bin", HOME: workdir, LANG: "C.UTF-8", PYTHONDONTWRITEBYTECODE: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error || run.status !== 0) {
    throw new Error(
      `The parity corpus needs Python's openstacksdk at ${PYTHON} (apt-get install python3-openstacksdk; ` +
        `CI gets it from e2e/cloud/up.sh): ${run.error?.message ?? run.stderr}`,
    );
  }
  answers = JSON.parse(run.stdout) as PythonAnswer[];
  for (const [index, parityCase] of cases.entries()) {
    const dir = join(workdir, String(index));
    const loaded: { clouds?: object; secure?: object; publicClouds?: object; files: Record<string, string> } = {
      files: {},
    };
    for (const [name, text] of Object.entries(parityCase.files ?? {})) {
      const kind = name.startsWith("clouds-public") ? "publicClouds" : name.startsWith("secure") ? "secure" : "clouds";
      loaded[kind] = (await parseConfigText(text, join(dir, name))) as object;
      loaded.files[kind] = join(dir, name);
    }
    documents.set(parityCase, loaded);
  }
}, 120_000);

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

function resolveOurs(parityCase: ParityCase): ResolvedCloud {
  const loaded = documents.get(parityCase)!;
  return resolveCloud({
    cloudName: parityCase.cloud,
    clouds: loaded.clouds,
    secure: loaded.secure,
    publicClouds: loaded.publicClouds,
    files: loaded.files,
    env: parityCase.env ?? {},
    options: parityCase.options,
  });
}

/** The fields both implementations answer, in openstacksdk's shape. */
function comparable(resolved: ResolvedCloud): Omit<PythonResult, "warnings"> {
  const services: PythonResult["services"] = {};
  for (const type of SERVICES) {
    const service = serviceConfig(resolved, type);
    services[type] = {
      endpoint_override: service.endpointOverride ?? null,
      api_version: service.apiVersion ?? null,
      microversion: { value: service.microversion ?? null },
      interface: service.interface ?? null,
      region_name: service.regionName ?? null,
    };
  }
  return {
    name: resolved.name,
    region_name: resolved.regionName ?? "",
    auth_type: resolved.authType,
    auth: resolved.config["auth"] as Record<string, unknown>,
    interface: resolved.interface ?? null,
    verify: resolved.verify ? (resolved.cacert ?? true) : false,
    cert: resolved.cert ? (resolved.key ? [resolved.cert, resolved.key] : resolved.cert) : null,
    api_timeout: resolved.apiTimeout ?? null,
    services,
  };
}

describe(`side by side with openstacksdk (${cases.length} cases)`, () => {
  it("has the corpus the issue asks for", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c, index) => [c.name, index] as const))("%s", (_name, index) => {
    const parityCase = cases[index]!;
    const python = answers[index]!;
    if (parityCase.difference) {
      // A deliberate difference: both answers are pinned, so neither drifts unnoticed.
      parityCase.difference.python(python);
      parityCase.difference.ours(() => resolveOurs(parityCase));
      return;
    }
    if (!python.ok) {
      expect(() => resolveOurs(parityCase), `openstacksdk refused it: ${python.error}`).toThrow();
      return;
    }
    const { warnings: _warnings, ...expected } = python.result;
    const ours = comparable(resolveOurs(parityCase));
    // Representation only: Python says "" for no region and may keep the timeout as text.
    expected.api_timeout = expected.api_timeout === null ? null : Number(expected.api_timeout);
    for (const service of Object.values(expected.services)) service.region_name ||= null;
    expect(ours).toEqual(expected);
  });
});
