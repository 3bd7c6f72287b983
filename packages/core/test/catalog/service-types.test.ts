import { describe, expect, it } from "vitest";
import { officialServiceType, serviceTypeCandidates } from "../../src/catalog/service-types.js";

describe("service types", () => {
  it("maps aliases to the official type", () => {
    expect(officialServiceType("volumev3")).toBe("block-storage");
    expect(officialServiceType("volume")).toBe("block-storage");
    expect(officialServiceType("sharev2")).toBe("shared-file-system");
    expect(officialServiceType("compute")).toBe("compute");
  });

  it("lists every catalog type that can serve a type, official first", () => {
    expect(serviceTypeCandidates("volumev3")[0]).toBe("block-storage");
    expect(serviceTypeCandidates("block-storage")).toContain("volumev3");
    expect(serviceTypeCandidates("network")).toEqual(["network"]);
  });
});
