// `pnpm release:dry`: builds, packs every published package as `changeset publish` would
// (pnpm pack: `workspace:*` becomes the version, the root LICENSE goes in), and lists exactly what each
// tarball holds, with sizes. Publishes nothing and reaches no registry.
//   --summary   one line per package instead of every file
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { publishedPackages, root } from "./packages/published.mjs";
import { packAll, readTarball } from "./packages/tarball.mjs";

const summary = process.argv.includes("--summary");
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);

if (!process.argv.includes("--no-build")) execFileSync("pnpm", ["run", "build"], { cwd: root, stdio: "inherit" });

const packages = publishedPackages();
const destination = mkdtempSync(join(tmpdir(), "release-dry-"));
try {
  const tarballs = packAll(packages, destination);
  let packedTotal = 0;
  let unpackedTotal = 0;
  for (const pkg of packages) {
    const { version, file } = tarballs.get(pkg.name);
    const files = [...readTarball(file)].sort(([a], [b]) => a.localeCompare(b));
    const packed = statSync(file).size;
    const unpacked = files.reduce((sum, [, bytes]) => sum + bytes.length, 0);
    packedTotal += packed;
    unpackedTotal += unpacked;
    console.log(
      `${pkg.name}@${version}  ${basename(file)}  ${kB(packed).trim()} packed, ${kB(unpacked).trim()} unpacked, ${files.length} files`,
    );
    if (!summary) for (const [path, bytes] of files) console.log(`  ${kB(bytes.length)}  ${path}`);
  }
  const privates = ["apps/*", "e2e", "docs"];
  console.log(
    `\n${packages.length} packages would be published: ${kB(packedTotal).trim()} packed, ${kB(unpackedTotal).trim()} unpacked.` +
      ` Not published (private): ${privates.join(", ")}.`,
  );
} finally {
  rmSync(destination, { recursive: true, force: true });
}
