import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ACCOUNT, calls, infoBody, swiftCloud } from "../fixtures.js";
import { generateTempUrl } from "../../src/temp-urls/temp-url.js";
import { getTempUrlKey, setAccountTempUrlKey, setContainerTempUrlKey } from "../../src/temp-urls/temp-url-keys.js";

const { server, setup } = swiftCloud();
const KEY = "s3cr3t-key";
const hmac = (digest: string, body: string, key = KEY) => createHmac(digest, key).update(body).digest("hex");

describe("temp URLs", () => {
  it("signs METHOD, expiry and the decoded path with HMAC-SHA256, and encodes the path in the URL", async () => {
    const { session } = setup();
    const expiresAt = 1_900_000_000;
    const url = await generateTempUrl(session, { container: "my box", object: "dir/ü #1.txt", expiresAt, key: KEY });
    const signature = hmac("sha256", `GET\n${expiresAt}\n/v1/AUTH_p-admin/my box/dir/ü #1.txt`);
    expect(url).toBe(
      `${ACCOUNT}/my%20box/dir/%C3%BC%20%231.txt?temp_url_sig=${signature}&temp_url_expires=${expiresAt}`,
    );
  });

  it("signs with sha1 or sha512 on request, for another method, until a Date", async () => {
    const { session } = setup();
    const expiresAt = new Date(1_900_000_000_000);
    for (const digest of ["sha1", "sha512"] as const) {
      const url = new URL(
        await generateTempUrl(session, { container: "c", object: "o", method: "PUT", expiresAt, key: KEY, digest }),
      );
      expect(url.searchParams.get("temp_url_sig")).toBe(hmac(digest, "PUT\n1900000000\n/v1/AUTH_p-admin/c/o"));
    }
  });

  it("signs an IP range and a prefix, and adds filename and inline", async () => {
    const { session } = setup();
    const before = Math.floor(Date.now() / 1000);
    const url = new URL(
      await generateTempUrl(session, {
        container: "c",
        prefix: "photos/",
        object: "photos/a b.jpg",
        expiresIn: 60,
        key: KEY,
        ipRange: "10.0.0.0/8",
        filename: "a b.jpg",
        inline: true,
      }),
    );
    const expires = Number(url.searchParams.get("temp_url_expires"));
    expect(expires).toBeGreaterThanOrEqual(before + 60);
    expect(url.pathname).toBe("/v1/AUTH_p-admin/c/photos/a%20b.jpg");
    expect(url.searchParams.get("temp_url_sig")).toBe(
      hmac("sha256", `ip=10.0.0.0/8\nGET\n${expires}\nprefix:/v1/AUTH_p-admin/c/photos/`),
    );
    expect(url.searchParams.get("temp_url_prefix")).toBe("photos/");
    expect(url.searchParams.get("temp_url_ip_range")).toBe("10.0.0.0/8");
    expect(url.searchParams.get("filename")).toBe("a b.jpg");
    expect(url.search.endsWith("&inline")).toBe(true);
  });

  it("takes the container's key, else the account's, when none is given (key 2 first)", async () => {
    const { session, seen } = setup();
    server.use(
      http.head(
        `${ACCOUNT}/keyed`,
        () =>
          new HttpResponse(null, {
            status: 204,
            headers: { "X-Container-Meta-Temp-URL-Key": "c1", "X-Container-Meta-Temp-URL-Key-2": "c2" },
          }),
      ),
      http.head(`${ACCOUNT}/plain`, () => new HttpResponse(null, { status: 204 })),
      http.head(
        ACCOUNT,
        () => new HttpResponse(null, { status: 204, headers: { "X-Account-Meta-Temp-URL-Key": "a1" } }),
      ),
    );
    expect(await getTempUrlKey(session, "keyed")).toBe("c2");
    expect(await getTempUrlKey(session, "plain")).toBe("a1");
    expect(await getTempUrlKey(session)).toBe("a1");
    const url = new URL(await generateTempUrl(session, { container: "plain", object: "o", expiresAt: 1_900_000_000 }));
    expect(url.searchParams.get("temp_url_sig")).toBe(
      hmac("sha256", "GET\n1900000000\n/v1/AUTH_p-admin/plain/o", "a1"),
    );
    expect(calls(seen).slice(-2)).toEqual(["HEAD /v1/AUTH_p-admin/plain", "HEAD /v1/AUTH_p-admin"]);
  });

  it("follows /info: the digests and methods it allows", async () => {
    const { session } = setup({
      info: { ...infoBody, tempurl: { methods: ["GET", "HEAD"], allowed_digests: ["sha1", "sha512"] } },
    });
    const url = new URL(
      await generateTempUrl(session, { container: "c", object: "o", expiresAt: 1_900_000_000, key: KEY }),
    );
    expect(url.searchParams.get("temp_url_sig")).toHaveLength(128);
    await expect(
      generateTempUrl(session, { container: "c", object: "o", expiresAt: 1_900_000_000, key: KEY, digest: "sha256" }),
    ).rejects.toThrow(/does not accept sha256/);
    await expect(
      generateTempUrl(session, { container: "c", object: "o", expiresAt: 1_900_000_000, key: KEY, method: "PUT" }),
    ).rejects.toThrow(/method PUT/);
  });

  it("refuses bad arguments, and never names the key in an error", async () => {
    const { session } = setup();
    server.use(
      http.head(`${ACCOUNT}/*`, () => new HttpResponse(null, { status: 204 })),
      http.head(ACCOUNT, () => new HttpResponse(null, { status: 204 })),
    );
    const bad = [
      { container: "c", object: "o", key: KEY },
      { container: "c", object: "o", key: KEY, expiresIn: 10, expiresAt: 20 },
      { container: "c", object: "o", key: KEY, expiresIn: -1 },
      { container: "c", key: KEY, expiresIn: 10 },
      { container: "c", object: "a/../b", key: KEY, expiresIn: 10 },
      { container: "c", object: "x/o", prefix: "y/", key: KEY, expiresIn: 10 },
      { container: "c", object: "o", key: KEY, expiresIn: 10, ipRange: "1.2.3.4\nGET" },
    ];
    for (const options of bad) {
      const error = await generateTempUrl(session, options).catch((e: unknown) => e as Error);
      expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidArgumentError);
      expect(String(error)).not.toContain(KEY);
    }
    await expect(generateTempUrl(session, { container: "c", object: "o", expiresIn: 10 })).rejects.toThrow(
      /no temp URL key/,
    );
  });

  it("sets account and container keys (primary or secondary), and logs no secret", async () => {
    const lines: string[] = [];
    const log = (message: string, fields?: unknown) => void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    const { session, seen } = setup({ session: { logger: { debug: log, info: log, warn: log, error: log } } });
    server.use(http.post(`${ACCOUNT}*`, () => new HttpResponse(null, { status: 204 })));
    await setAccountTempUrlKey(session, KEY);
    await setContainerTempUrlKey(session, "c", KEY, { secondary: true });
    expect(seen[0]!.headers.get("x-account-meta-temp-url-key")).toBe(KEY);
    expect(seen[1]!.headers.get("x-container-meta-temp-url-key-2")).toBe(KEY);
    const url = await generateTempUrl(session, { container: "c", object: "o", expiresIn: 60, key: KEY });
    expect(lines.length).toBeGreaterThan(0);
    const signature = new URL(url).searchParams.get("temp_url_sig")!;
    for (const line of lines) {
      expect(line).not.toContain(KEY);
      expect(line).not.toContain(signature);
    }
    await expect(setAccountTempUrlKey(session, "")).rejects.toThrow(/non-empty/);
  });
});
