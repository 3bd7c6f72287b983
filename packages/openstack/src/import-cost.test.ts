import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Node loads its fetch implementation (undici, ~25 ms) the first time anything touches
// `fetch`, `Request`, `Headers` or `FormData`. Importing the SDK must not be that first
// touch: a program pays it at its first request, as one using bare fetch does
// (bench/cold-start). ky probes the runtime on import; patches/ky@2.1.0.patch defers that.
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** Whether Node's fetch implementation is loaded after running `code` in a fresh process. */
function fetchLoadedAfter(code: string): boolean {
  const script = `${code}\nconsole.log(process.moduleLoadList.some((name) => name.includes("undici")));`;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageRoot, encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").pop()!) as boolean;
}

describe("importing the Node build", () => {
  it("can tell when Node's fetch implementation is loaded", () => {
    expect(fetchLoadedAfter("void globalThis.Request;")).toBe(true);
  });

  it("of the façade leaves it unloaded", () => {
    expect(fetchLoadedAfter(`const { Connection } = await import("@openstack-ts/openstack"); if (typeof Connection !== "function") throw new Error("no Connection");`)).toBe(false);
  });

  it("of the core and a session leaves it unloaded until the first request", () => {
    const code = `const { Session, AdminTokenAuth } = await import("@openstack-ts/core");
      new Session({ auth: new AdminTokenAuth({ token: "t" }) });`;
    expect(fetchLoadedAfter(code)).toBe(false);
  });
});
