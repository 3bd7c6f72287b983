import { describe, expect, it } from "vitest";
import type { AuthPlugin, AuthResult, AuthTransport } from "../../src/auth/plugin.js";
import { TokenManager } from "../../src/auth/token-manager.js";

const transport: AuthTransport = {
  post: () => Promise.reject(new Error("not used")),
  get: () => Promise.reject(new Error("not used")),
};

/** A plugin whose authentications the test settles by hand, counting them. */
function manualPlugin() {
  const calls: { resolve(result: AuthResult): void; reject(error: unknown): void }[] = [];
  const plugin: AuthPlugin = {
    authenticate: () => new Promise<AuthResult>((resolve, reject) => calls.push({ resolve, reject })),
  };
  return { plugin, calls };
}

/** A plugin that answers at once with token-1, token-2, … expiring `lifetime` ms after `now()`. */
function countingPlugin(now: () => number, lifetime: number | undefined) {
  let count = 0;
  const plugin: AuthPlugin = {
    authenticate: async () => {
      count += 1;
      return { token: `token-${count}`, ...(lifetime !== undefined && { expiresAt: new Date(now() + lifetime) }) };
    },
  };
  return { plugin, count: () => count };
}

describe("TokenManager", () => {
  it("caches the authentication", async () => {
    const { plugin, count } = countingPlugin(Date.now, 3_600_000);
    const tokens = new TokenManager(plugin, transport);
    expect((await tokens.access()).token).toBe("token-1");
    expect((await tokens.access()).token).toBe("token-1");
    expect(count()).toBe(1);
    expect(tokens.current?.token).toBe("token-1");
  });

  it("replaces a token within 120 s of expires_at, and not before", async () => {
    let now = 1_000_000;
    const { plugin, count } = countingPlugin(() => now, 600_000);
    const tokens = new TokenManager(plugin, transport, () => now);
    await tokens.access();
    now += 600_000 - 121_000; // 121 s left
    expect((await tokens.access()).token).toBe("token-1");
    now += 2_000; // 119 s left
    expect((await tokens.access()).token).toBe("token-2");
    expect(count()).toBe(2);
  });

  it("uses a token that lives under four minutes for half its life, instead of replacing it at every call", async () => {
    let now = 0;
    const { plugin, count } = countingPlugin(() => now, 60_000);
    const tokens = new TokenManager(plugin, transport, () => now);
    await tokens.access();
    now += 29_000;
    expect((await tokens.access()).token).toBe("token-1");
    now += 2_000;
    expect((await tokens.access()).token).toBe("token-2");
    expect(count()).toBe(2);
  });

  it("keeps a token without expires_at", async () => {
    let now = 0;
    const { plugin, count } = countingPlugin(() => now, undefined);
    const tokens = new TokenManager(plugin, transport, () => now);
    await tokens.access();
    now += 10 * 86_400_000;
    await tokens.access();
    expect(count()).toBe(1);
  });

  it("runs one authentication for many concurrent callers", async () => {
    const { plugin, calls } = manualPlugin();
    const tokens = new TokenManager(plugin, transport);
    const waiting = Array.from({ length: 25 }, () => tokens.access());
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ token: "shared" });
    const results = await Promise.all(waiting);
    expect(new Set(results.map((r) => r.token))).toEqual(new Set(["shared"]));
    expect(calls).toHaveLength(1);
  });

  it("invalidate(token) forgets only that token", async () => {
    const { plugin, count } = countingPlugin(Date.now, 3_600_000);
    const tokens = new TokenManager(plugin, transport);
    await tokens.access();
    tokens.invalidate("some-older-token");
    expect((await tokens.access()).token).toBe("token-1");
    tokens.invalidate("token-1");
    expect(tokens.current).toBeUndefined();
    expect((await tokens.access()).token).toBe("token-2");
    // A late 401 for the replaced token must not throw away the new one.
    tokens.invalidate("token-1");
    expect((await tokens.access()).token).toBe("token-2");
    expect(count()).toBe(2);
  });

  it("does not cache a failed authentication", async () => {
    const { plugin, calls } = manualPlugin();
    const tokens = new TokenManager(plugin, transport);
    const first = tokens.access();
    calls[0]!.reject(new Error("keystone down"));
    await expect(first).rejects.toThrow("keystone down");
    expect(tokens.current).toBeUndefined();
    const second = tokens.access();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ token: "fresh" });
    expect((await second).token).toBe("fresh");
  });

  it("rejects only the caller whose signal aborts; the others get the token", async () => {
    const { plugin, calls } = manualPlugin();
    const tokens = new TokenManager(plugin, transport);
    const controller = new AbortController();
    const impatient = tokens.access(controller.signal);
    const patient = tokens.access();
    controller.abort(new Error("caller gave up"));
    await expect(impatient).rejects.toThrow("caller gave up");
    calls[0]!.resolve({ token: "shared" });
    expect((await patient).token).toBe("shared");
    expect((await tokens.access()).token).toBe("shared");
    expect(calls).toHaveLength(1);
  });

  it("rejects at once for a signal already aborted", async () => {
    const { plugin } = manualPlugin();
    const tokens = new TokenManager(plugin, transport);
    await expect(tokens.access(AbortSignal.abort(new Error("already")))).rejects.toThrow("already");
  });
});
