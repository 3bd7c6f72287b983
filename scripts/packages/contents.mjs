// What every published tarball must hold, checked on the tarball itself: the metadata npm
// shows, the license, a README, and no top-level await in any module (a module with one
// cannot be require()d, which Node 20.19+ and 22 otherwise allow for ESM).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { root } from "./published.mjs";

const REPOSITORY = "git+https://github.com/openstack-ts/openstack-ts.git";

/** Problems with a packed package.json's metadata, as sentences. */
export function metadataProblems(manifest, folder) {
  const problems = [];
  const expect = (ok, what) => ok || problems.push(what);
  expect(manifest.license === "Apache-2.0", `license is ${JSON.stringify(manifest.license)}, not "Apache-2.0"`);
  expect(
    manifest.repository?.url === REPOSITORY && manifest.repository?.directory === `packages/${folder}`,
    `repository must be { type: "git", url: "${REPOSITORY}", directory: "packages/${folder}" }, is ${JSON.stringify(manifest.repository)}`,
  );
  expect(
    typeof manifest.homepage === "string" && manifest.homepage.includes(`/packages/${folder}`),
    "homepage must point at the package's folder",
  );
  expect(typeof manifest.bugs?.url === "string", "bugs.url is missing");
  expect(
    Array.isArray(manifest.keywords) && manifest.keywords.includes("openstack"),
    `keywords must include "openstack"`,
  );
  expect(typeof manifest.engines?.node === "string", "engines.node is missing");
  expect(typeof manifest.description === "string" && manifest.description.length > 0, "description is missing");
  for (const [dep, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    expect(!String(range).startsWith("workspace:"), `dependency ${dep} is still ${range} in the tarball`);
  }
  return problems;
}

/** Problems with the files a tarball holds, besides its modules. */
export function fileProblems(files) {
  const problems = [];
  const license = files.get("LICENSE");
  if (!license)
    problems.push("LICENSE is missing (pnpm packs the workspace root's LICENSE into a package that has none)");
  else if (Buffer.compare(Buffer.from(license), readFileSync(join(root, "LICENSE"))) !== 0)
    problems.push("LICENSE differs from the repository's LICENSE");
  if (!files.get("README.md")?.length) problems.push("README.md is missing");
  return problems;
}

const MODULE = /\.(m?js|cjs)$/;

/** Whether a module's source has a top-level await (or for await): parsed, not grepped. */
export function topLevelAwait(source) {
  try {
    // esbuild cannot turn a module with a top-level await into CommonJS, and says so.
    transformSync(source, { format: "cjs", loader: "js", logLevel: "silent" });
    return undefined;
  } catch (error) {
    const message = error.errors?.[0]?.text ?? String(error);
    if (/top-level await/i.test(message)) return message;
    throw new Error(`could not parse: ${message}`);
  }
}

/** The detector's own proof that it can fail: sources with and without a top-level await. */
export function topLevelAwaitSelfTest() {
  const found = ["await Promise.resolve(1);\nexport {};", "for await (const x of []) console.log(x);\nexport {};"];
  const clean = [
    "export async function f() { await 1; }",
    "// await 1\nexport const s = 'await 1';",
    "export const g = async () => { for await (const x of []) console.log(x); };",
  ];
  const wrong = [...found.filter((s) => !topLevelAwait(s)), ...clean.filter((s) => topLevelAwait(s))];
  return wrong.map((source) => `the top-level await detector is wrong about: ${JSON.stringify(source)}`);
}

/** The modules of a tarball with a top-level await; `bin` scripts are programs, not modules. */
export function topLevelAwaitProblems(files, manifest) {
  const bins = new Set(
    Object.values(typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {})).map(
      (p) => p.replace(/^\.\//, ""),
    ),
  );
  const problems = [];
  let scanned = 0;
  for (const [path, bytes] of files) {
    if (!MODULE.test(path) || bins.has(path)) continue;
    scanned++;
    const found = topLevelAwait(new TextDecoder().decode(bytes));
    if (found) problems.push(`${path} has a top-level await, so require() of it fails`);
  }
  return { problems, scanned };
}
