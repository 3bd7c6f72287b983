import { describe, expect, it } from "vitest";
import { DEFAULT_PORT, startOptions } from "../../src/server/options.js";

describe("startOptions", () => {
  it("defaults to the fake cloud and the default port", () => {
    expect(startOptions([], {})).toEqual({ authUrl: undefined, port: DEFAULT_PORT, portGiven: false });
  });

  it("takes a real cloud from --auth-url, past the -- that pnpm passes through", () => {
    expect(startOptions(["--", "--auth-url", "http://127.0.0.1:5000/v3/", "--port", "0"], {})).toMatchObject({
      authUrl: "http://127.0.0.1:5000/v3",
      port: 0,
      portGiven: true,
    });
  });

  it("reads DASHBOARD_AUTH_URL and PORT, the command line winning", () => {
    const env = { DASHBOARD_AUTH_URL: "http://keystone.test/v3", PORT: "9000" };
    expect(startOptions([], env)).toMatchObject({ authUrl: "http://keystone.test/v3", port: 9000, portGiven: true });
    expect(startOptions(["--auth-url=http://other.test/v3"], env)).toMatchObject({ authUrl: "http://other.test/v3" });
  });

  it("refuses what cannot work, naming it", () => {
    expect(() => startOptions(["--auth-url", "127.0.0.1:5000"], {})).toThrow(
      /--auth-url must be an http\(s\) URL, got '127.0.0.1:5000'/,
    );
    expect(() => startOptions(["--port", "http"], {})).toThrow(/--port must be a port number/);
    expect(() => startOptions(["--colour"], {})).toThrow(/colour/);
    expect(() => startOptions(["--host", "0.0.0.0"], {})).toThrow(/host/);
    expect(startOptions(["--help"], {})).toBe("help");
  });
});
