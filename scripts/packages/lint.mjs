// publint and @arethetypeswrong (attw) over a packed tarball, in process and offline: both
// read the tarball's bytes, neither packs again nor asks the registry.
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

/**
 * publint messages accepted on purpose, by package and message code, with the reason.
 * Anything else, suggestions included, fails the check.
 */
const PUBLINT_ACCEPTED = {
  "@openstack-ts/openstack": {
    // The `browser` field swaps two Node-only modules (TLS options, clouds.yaml by name) for
    // browser stubs in the per-module build. Every bundler reads it; moving it into an
    // `imports` map would change how the façade's own sources import those files.
    USE_EXPORTS_OR_IMPORTS_BROWSER: "the browser field replaces tls.js and cloud-by-name.js in bundlers",
  },
};

export async function publintProblems(name, tarball) {
  const data = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: data }, level: "suggestion", strict: true });
  const accepted = PUBLINT_ACCEPTED[name] ?? {};
  return messages.filter((m) => !(m.code in accepted)).map((m) => `publint ${m.type}: ${formatMessage(m, pkg)}`);
}

/**
 * The resolution modes attw does not hold us to: the packages are ESM only (attw's "esm-only"
 * profile). node10 predates `exports`; CommonJS callers under node16 resolve to ESM, which
 * Node 20.19+ loads with require() (check-packages proves that on every entry) and
 * TypeScript types under `module: nodenext` (5.8+).
 */
const IGNORED_RESOLUTIONS = ["node10", "node16-cjs"];

export async function attwProblems(tarball) {
  const result = await checkPackage(createPackageFromTarballData(new Uint8Array(tarball)));
  if (!result.types) return ["attw: the package ships no types"];
  return (
    result.problems
      // As attw's CLI decides it: a problem of an ignored resolution mode is ignored, any other counts.
      .filter((problem) => !("resolutionKind" in problem && IGNORED_RESOLUTIONS.includes(problem.resolutionKind)))
      .map((problem) => `attw ${problem.kind}: ${JSON.stringify(problem)}`)
  );
}
