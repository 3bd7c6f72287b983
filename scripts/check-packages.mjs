// `pnpm run check:packages`: packs every published package as `pnpm publish` would and
// checks the tarballs: metadata, LICENSE and README inside, publint, attw, no top-level
// await in any module; then require()s every entry from CommonJS. Needs `pnpm run build`.
// Offline: nothing here reaches the network.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileProblems, metadataProblems, topLevelAwaitProblems, topLevelAwaitSelfTest } from "./packages/contents.mjs";
import { attwProblems, publintProblems } from "./packages/lint.mjs";
import { publishedPackages } from "./packages/published.mjs";
import { requireProblems } from "./packages/require-entries.mjs";
import { packAll, readTarball } from "./packages/tarball.mjs";

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const packages = publishedPackages();
const destination = mkdtempSync(join(tmpdir(), "check-packages-"));
const failures = [...topLevelAwaitSelfTest()];
let modules = 0;
try {
  let step = performance.now();
  const tarballs = packAll(packages, destination);
  console.log(`packed ${tarballs.size} packages in ${seconds(step)}`);
  step = performance.now();
  for (const pkg of packages) {
    const packed = tarballs.get(pkg.name);
    if (!packed) {
      failures.push(`${pkg.name}: pnpm pack made no tarball`);
      continue;
    }
    const files = readTarball(packed.file);
    const manifest = JSON.parse(new TextDecoder().decode(files.get("package.json")));
    const bytes = readFileSync(packed.file);
    const scan = topLevelAwaitProblems(files, manifest);
    modules += scan.scanned;
    const problems = [
      ...metadataProblems(manifest, pkg.folder),
      ...fileProblems(files),
      ...scan.problems,
      ...(await publintProblems(pkg.name, bytes)),
      ...(await attwProblems(bytes)),
    ];
    failures.push(...problems.map((problem) => `${pkg.name}: ${problem}`));
  }
  console.log(
    `checked metadata, LICENSE, README, ${modules} modules for top-level await, publint, attw in ${seconds(step)}`,
  );
  step = performance.now();
  const required = requireProblems(packages);
  failures.push(...required.problems);
  console.log(`require()d ${required.required} entries from CommonJS in ${seconds(step)}`);
} finally {
  rmSync(destination, { recursive: true, force: true });
}
for (const failure of failures) console.error(`✗ ${failure}`);
console.log(
  failures.length === 0
    ? `check:packages: ${packages.length} packages clean (${seconds(started)})`
    : `check:packages: ${failures.length} problems`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
