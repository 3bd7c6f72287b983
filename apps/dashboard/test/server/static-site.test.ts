import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listen, staticSite } from "../../src/server/static-site.js";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function appFolder(): string {
  const root = mkdtempSync(join(tmpdir(), "dashboard-"));
  mkdirSync(join(root, "public"));
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "public/index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(root, "dist/app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "not to be served");
  return root;
}

describe("staticSite", () => {
  it("serves the page, the bundle and the config, and nothing else", async () => {
    const config = { cloud: "real" as const, authUrl: "http://127.0.0.1:5000/v3" };
    const server = staticSite(appFolder(), config);
    servers.push(server);
    const base = `http://127.0.0.1:${await listen(server, "127.0.0.1", 0, false)}`;

    const page = await fetch(`${base}/`);
    expect([page.status, page.headers.get("content-type"), await page.text()]).toEqual([
      200,
      "text/html; charset=utf-8",
      "<!doctype html><title>t</title>",
    ]);
    expect((await fetch(`${base}/app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual(config);
    expect((await fetch(`${base}/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/styles.css`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: "POST" })).status).toBe(405);
  });
});

describe("listen", () => {
  it("moves to a free port when the default one is taken, and says so when the user chose it", async () => {
    const squatter = createServer();
    servers.push(squatter);
    const taken = await listen(squatter, "127.0.0.1", 0, false);

    const fallback = staticSite(appFolder(), { cloud: "fake", authUrl: "http://127.0.0.1:1/v3" });
    servers.push(fallback);
    const port = await listen(fallback, "127.0.0.1", taken, true);
    expect(port).not.toBe(taken);
    expect((fallback.address() as AddressInfo).port).toBe(port);

    const strict = staticSite(appFolder(), { cloud: "fake", authUrl: "http://127.0.0.1:1/v3" });
    await expect(listen(strict, "127.0.0.1", taken, false)).rejects.toThrow(
      `port ${taken} on 127.0.0.1 is taken; pick another with --port`,
    );
  });
});
