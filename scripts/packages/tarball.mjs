// Packs the published packages with pnpm, as `pnpm publish` packs them (`workspace:*`
// becomes a version; the workspace root's LICENSE goes into each package that has none),
// and reads the tarballs back without unpacking them.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { root } from "./published.mjs";

/** Packs `packages` into `destination`; returns each one's tarball path, by package name. */
export function packAll(packages, destination) {
  const filters = packages.flatMap((pkg) => ["--filter", `./packages/${pkg.folder}`]);
  const run = spawnSync("pnpm", ["--recursive", ...filters, "pack", "--pack-destination", destination, "--json"], {
    cwd: root,
    encoding: "utf8",
  });
  // What pnpm says on stderr is shown only when packing fails.
  if (run.status !== 0) throw new Error(`pnpm pack failed (${run.status}):\n${run.stderr}${run.stdout}`);
  const out = run.stdout;
  // An array for several packages, one object for one.
  const json = JSON.parse(out.slice(out.search(/^[[{]/m)));
  const packed = Array.isArray(json) ? json : [json];
  return new Map(packed.map((entry) => [entry.name, { version: entry.version, file: entry.filename }]));
}

const text = (bytes, start, length) => {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
};

/**
 * The files of a .tgz, by their path inside the package ("dist/index.js", without the
 * tarball's "package/" folder): a ustar reader, with pax headers for long names.
 * @returns {Map<string, Uint8Array>}
 */
export function readTarball(file) {
  const bytes = gunzipSync(readFileSync(file));
  const files = new Map();
  let paxPath;
  for (let at = 0; at + 512 <= bytes.length; ) {
    const name = text(bytes, at, 100);
    if (name === "") break; // the two zero blocks that end the archive
    const size = Number.parseInt(text(bytes, at + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(bytes[at + 156] || 48);
    const prefix = text(bytes, at + 345, 155);
    const body = bytes.subarray(at + 512, at + 512 + size);
    if (type === "x") {
      paxPath = /\d+ path=([^\n]*)\n/.exec(new TextDecoder().decode(body))?.[1];
    } else {
      const path = paxPath ?? (prefix ? `${prefix}/${name}` : name);
      if (type === "0" || type === "\0") files.set(path.replace(/^[^/]+\//, ""), body);
      paxPath = undefined;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
