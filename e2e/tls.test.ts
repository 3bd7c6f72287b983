// TLS options in Node: verification on by default, a custom CA, a client certificate, and
// verify: false, against a TLS terminator (certificates made for this run) in front of Keystone.
import type { Server } from "node:https";
import { Connection, NetworkError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ONE_REGION } from "./support/cloud.js";
import { makePki, startTerminator, type Pki } from "./support/tls-terminator.js";

const KEYSTONE = "http://127.0.0.1:5000";
let pki: Pki;
let plain: { url: string; server: Server };
let mutual: { url: string; server: Server };

beforeAll(async () => {
  pki = makePki();
  plain = await startTerminator(pki, KEYSTONE);
  mutual = await startTerminator(pki, KEYSTONE, true);
});
afterAll(() => {
  plain?.server.close();
  mutual?.server.close();
});

const login = (authUrl: string) => ({
  authUrl: `${authUrl}/v3`,
  username: "admin",
  password: "admin",
  projectName: "admin",
  retries: false as const,
  ...ONE_REGION,
});

describe("TLS", () => {
  it("verifies certificates by default: an unknown CA fails", async () => {
    await expect(new Connection(login(plain.url)).authorize()).rejects.toBeInstanceOf(NetworkError);
  });

  it("trusts a CA given as PEM text or as a file path", async () => {
    expect(await new Connection({ ...login(plain.url), cacert: pki.ca }).authorize()).toMatch(/\w{20,}/);
    const conn = new Connection({ ...login(plain.url), cacert: `${pki.dir}/ca.pem` });
    expect((await conn.identity.listProjects()).map((p) => p.name)).toContain("admin");
  });

  it("presents a client certificate where the server requires one", async () => {
    await expect(new Connection({ ...login(mutual.url), cacert: pki.ca }).authorize()).rejects.toBeInstanceOf(
      NetworkError,
    );
    const conn = new Connection({ ...login(mutual.url), cacert: pki.ca, cert: pki.clientCert, key: pki.clientKey });
    expect(await conn.authorize()).toMatch(/\w{20,}/);
  });

  it("turns verification off only when asked, and says so", async () => {
    const warnings: string[] = [];
    const conn = new Connection({ ...login(plain.url), verify: false, logger: { warn: (m) => warnings.push(m) } });
    expect(await conn.authorize()).toMatch(/\w{20,}/);
    expect((await conn.identity.listProjects()).map((p) => p.name)).toContain("admin");
    expect((await conn.network.listNetworks()).length).toBeGreaterThanOrEqual(0);
    // Once per connection, however many requests it makes.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/verification is off/);
  });
});
