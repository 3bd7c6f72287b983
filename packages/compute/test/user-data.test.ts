import { describe, expect, it } from "vitest";
import { microversionFor, microversionHeaders } from "../src/microversion.js";
import { encodeUserData } from "../src/user-data.js";

describe("encodeUserData", () => {
  it("encodes text as UTF-8 and bytes as they are", () => {
    expect(encodeUserData("#cloud-config\n")).toBe("I2Nsb3VkLWNvbmZpZwo=");
    expect(encodeUserData("é")).toBe("w6k=");
    expect(encodeUserData(new Uint8Array([255, 0]))).toBe("/wA=");
  });

  it("copes with a payload larger than one slice", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const decoded = Uint8Array.from(atob(encodeUserData(bytes)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });
});

describe("microversionFor", () => {
  it("takes the highest microversion the given arguments need, above the floor", () => {
    const needs = { a: "2.19", b: "2.52", c: "2.9" };
    expect(microversionFor({}, needs)).toBeUndefined();
    expect(microversionFor({}, needs, "2.37")).toBe("2.37");
    expect(microversionFor({ a: 1, c: 1 }, needs)).toBe("2.19");
    expect(microversionFor({ a: 1, b: undefined }, needs, "2.37")).toBe("2.37");
    expect(microversionFor({ b: "x" }, needs, "2.37")).toBe("2.52");
  });

  it("names the version in both of Nova's headers", () => {
    expect(microversionHeaders("2.73")).toEqual({
      "OpenStack-API-Version": "compute 2.73",
      "X-OpenStack-Nova-API-Version": "2.73",
    });
    expect(microversionHeaders(undefined)).toEqual({});
  });
});
