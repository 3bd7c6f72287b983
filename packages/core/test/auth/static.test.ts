import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { AdminTokenAuth, NoAuth } from "../../src/auth/static.js";

describe("AdminTokenAuth and NoAuth", () => {
  it("admin_token yields the fixed token, without a catalog or a request", async () => {
    const result = await new AdminTokenAuth({ token: "bootstrap-Token-1" }).authenticate();
    expect(result).toEqual({ token: "bootstrap-Token-1" });
  });

  it("admin_token needs a token, and never shows it", () => {
    expect(() => new AdminTokenAuth({ token: "" })).toThrow(ConfigError);
    const plugin = new AdminTokenAuth({ token: "bootstrap-Token-1" });
    expect(JSON.stringify(plugin)).not.toContain("bootstrap-Token-1");
    expect(String(plugin)).not.toContain("bootstrap-Token-1");
  });

  it("none yields no token at all and has no auth URL", async () => {
    const plugin = new NoAuth();
    expect(await plugin.authenticate()).toEqual({});
    expect((plugin as { authUrl?: string }).authUrl).toBeUndefined();
  });
});
