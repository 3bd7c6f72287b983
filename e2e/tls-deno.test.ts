// TLS options under Deno, beside tls.test.ts's Node: verification on by default, a custom CA
// (PEM text or a file), a client certificate, and verify: false, against TLS terminators on
// 127.0.0.1 in front of Keystone, with certificates made for this run.
import { execFile } from "node:child_process";
import type { Server } from "node:https";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePki, startTerminator, type Pki } from "./support/tls-terminator.js";

const run = promisify(execFile);
const deno = fileURLToPath(new URL("../node_modules/.bin/deno", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
let pki: Pki;
let plain: { url: string; server: Server };
let mutual: { url: string; server: Server };
let seen: Record<string, unknown>;

beforeAll(async () => {
  pki = makePki();
  plain = await startTerminator(pki, "http://127.0.0.1:5000");
  mutual = await startTerminator(pki, "http://127.0.0.1:5000", true);
  const env = { ...process.env, PLAIN_URL: plain.url, MUTUAL_URL: mutual.url, PKI_DIR: pki.dir, NO_COLOR: "1" };
  const { stdout } = await run(deno, ["run", "--allow-all", "support/tls-deno-check.mjs"], {
    cwd: here,
    env,
    timeout: 60_000,
  });
  seen = JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, unknown>;
});
afterAll(() => {
  plain?.server.close();
  mutual?.server.close();
});

describe("TLS in Deno", () => {
  it("runs under Deno", () => expect(seen["runtime"]).toBe("deno"));

  it("verifies certificates by default: a CA it does not know fails", () => {
    expect(seen["byDefault"]).toMatch(/^NetworkError: POST https:\/\/127\.0\.0\.1:\d+\/v3\/auth\/tokens failed/);
  });

  it("trusts a CA given as PEM text or as a file path", () => {
    expect(seen["caText"]).toBe("token");
    expect(seen["caFile"]).toBe("token");
  });

  it("presents a client certificate where the server requires one", () => {
    expect(seen["mutualWithoutCert"]).toMatch(/^NetworkError/);
    expect(seen["mutualWithCert"]).toBe("token");
    expect(seen["projects"]).toContain("admin");
  });

  it("cannot turn verification off per connection, says how instead, and warns once", () => {
    const expected =
      "ConfigError: Deno cannot turn verification off per client: run with --unsafely-ignore-certificate-errors";
    expect(seen["unverified"]).toEqual([expected, expected]);
    expect(seen["warnings"]).toEqual([
      "TLS certificate verification is off (verify: false): only use this against a cloud you trust",
    ]);
  });
});
