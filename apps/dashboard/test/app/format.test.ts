import { describe, expect, it } from "vitest";
import { formatBytes, formatPercent, shortId } from "../../src/app/format.js";

describe("formatBytes", () => {
  it("uses binary units, one decimal below ten", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(200 * 1024 * 1024)).toBe("200 MiB");
    expect(formatBytes(3 * 1024 ** 5)).toBe("3072 TiB");
  });

  it("shows a dash for what the service did not say", () => {
    expect(formatBytes(null)).toBe("—");
    expect(formatBytes(undefined)).toBe("—");
  });
});

describe("formatPercent", () => {
  it("never claims 100 % before the upload has ended", () => {
    expect(formatPercent(0.999)).toBe("99 %");
    expect(formatPercent(1)).toBe("99 %");
    expect(formatPercent(1, true)).toBe("100 %");
    expect(formatPercent(0.426)).toBe("42 %");
    expect(formatPercent(-1)).toBe("0 %");
  });
});

describe("shortId", () => {
  it("keeps short ids whole", () => {
    expect(shortId("1")).toBe("1");
    expect(shortId("0c4e939acacf4376bdcd1129f1a054ad")).toBe("0c4e939a…");
  });
});
