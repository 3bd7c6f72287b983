import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Importing the SDK must not load parts of Node that a program may never use. Node loads its
// fetch implementation (undici, ~25 ms) when anything first touches `fetch`, `Request` or
// `FormData`, its streams with `ReadableStream`, and it builds a built-in's whole export
// list (node:fs loads its streams) when one is imported. A program pays for these at its
// first request or first config file, as one using bare fetch does (bench/cold-start).
// ky probes the runtime on import: patches/ky@2.1.0.patch defers that.
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** The modules of Node's own that a fresh process has loaded after running `code`. */
function nodeModulesAfter(code: string): string[] {
  const script = `${code}\nconsole.log(JSON.stringify(process.moduleLoadList));`;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: packageRoot,
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").pop()!) as string[];
}

describe("importing the Node build", () => {
  let floor: Set<string>;
  const addedBy = (code: string) => nodeModulesAfter(code).filter((name) => !floor.has(name));
  // The floor imports an empty module from disk, so that Node's own module loader counts in it.
  const emptyPackage = mkdtempSync(join(tmpdir(), "import-cost-"));

  beforeAll(() => {
    writeFileSync(join(emptyPackage, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(emptyPackage, "index.js"), "export {};\n");
    floor = new Set(
      nodeModulesAfter(`await import(${JSON.stringify(pathToFileURL(join(emptyPackage, "index.js")).href)});`),
    );
  });

  afterAll(() => rmSync(emptyPackage, { recursive: true, force: true }));

  it("can tell when a program loads more of Node", () => {
    expect(addedBy("void globalThis.Request;").some((name) => name.includes("undici"))).toBe(true);
    expect(addedBy(`await import("node:fs");`)).toContain("NativeModule internal/fs/streams");
  });

  it("of the façade loads nothing of Node's beyond an empty program", () => {
    expect(
      addedBy(
        `const { Connection } = await import("@openstack-ts/openstack"); if (typeof Connection !== "function") throw new Error("no Connection");`,
      ),
    ).toEqual([]);
  });

  it("of the core, with a session built, loads nothing until the first request", () => {
    const code = `const { Session, AdminTokenAuth } = await import("@openstack-ts/core");
      new Session({ auth: new AdminTokenAuth({ token: "t" }) });`;
    expect(addedBy(code)).toEqual([]);
  });
});
