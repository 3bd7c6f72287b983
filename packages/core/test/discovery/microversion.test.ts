import { describe, expect, it } from "vitest";
import { MicroversionError } from "../../src/errors/sdk-errors.js";
import { compareMicroversions, negotiateMicroversion, parseMicroversion } from "../../src/discovery/microversion.js";

const nova = { min: "2.1", max: "2.93" };
const what = "createServer";

describe("parseMicroversion and compareMicroversions", () => {
  it("parses major.minor, a leading v, and a bare major", () => {
    expect(parseMicroversion("2.79")).toEqual([2, 79]);
    expect(parseMicroversion("v3.14")).toEqual([3, 14]);
    expect(parseMicroversion("3")).toEqual([3, 0]);
    expect(() => parseMicroversion("latest-ish")).toThrow(MicroversionError);
  });

  it("compares numerically, not as text", () => {
    expect(compareMicroversions("2.100", "2.93")).toBeGreaterThan(0);
    expect(compareMicroversions("2.9", "2.10")).toBeLessThan(0);
    expect(compareMicroversions("3.0", "2.99")).toBeGreaterThan(0);
    expect(compareMicroversions("v2.1", "2.1")).toBe(0);
  });
});

describe("negotiateMicroversion", () => {
  it("takes the lower of what the SDK understands and what the server offers", () => {
    expect(negotiateMicroversion({ server: nova, sdkMax: "2.79", what })).toBe("2.79");
    expect(negotiateMicroversion({ server: nova, sdkMax: "2.100", what })).toBe("2.93");
  });

  it("sends nothing when the SDK asks for nothing in particular", () => {
    expect(negotiateMicroversion({ server: nova, what })).toBeUndefined();
  });

  it("uses an explicit microversion, checked against the server", () => {
    expect(negotiateMicroversion({ server: nova, sdkMax: "2.79", explicit: "2.50", what })).toBe("2.50");
    expect(() => negotiateMicroversion({ server: nova, explicit: "2.95", what })).toThrow(
      /2\.95 was asked but the server offers at most 2\.93/,
    );
    expect(() => negotiateMicroversion({ server: nova, explicit: "2.0", what })).toThrow(/needs at least 2\.1/);
  });

  it("resolves `latest` to the server's maximum", () => {
    expect(negotiateMicroversion({ server: nova, sdkMax: "2.79", explicit: "latest", what })).toBe("2.93");
  });

  it("fails, naming both versions, when a call requires more than the server offers", () => {
    const attempt = () => negotiateMicroversion({ server: nova, sdkMax: "2.100", requires: "2.95", what });
    expect(attempt).toThrow(MicroversionError);
    expect(attempt).toThrow(/createServer needs microversion 2\.95, but the server offers at most 2\.93/);
  });

  it("fails, naming both versions, when only `requires` is given and the server is too old", () => {
    const attempt = () => negotiateMicroversion({ server: nova, requires: "2.95", what });
    expect(attempt).toThrow(MicroversionError);
    expect(attempt).toThrow(/2\.95.*2\.93/);
    expect(negotiateMicroversion({ server: nova, requires: "2.60", what })).toBe("2.60");
  });

  it("fails when an explicit microversion is below what the call requires", () => {
    expect(() => negotiateMicroversion({ server: nova, explicit: "2.50", requires: "2.60", what })).toThrow(
      /needs microversion 2\.60, but the configured microversion is 2\.50/,
    );
  });

  it("without microversions on the server: nothing, the explicit choice, or an error when one is required", () => {
    const neutron = { min: undefined, max: undefined };
    expect(negotiateMicroversion({ server: neutron, sdkMax: "2.79", what })).toBeUndefined();
    expect(negotiateMicroversion({ server: undefined, sdkMax: "2.79", what })).toBeUndefined();
    expect(negotiateMicroversion({ server: undefined, explicit: "2.5", what })).toBe("2.5");
    expect(() => negotiateMicroversion({ server: neutron, requires: "2.1", what })).toThrow(
      /needs microversion 2\.1, but the server offers no microversions/,
    );
  });
});
