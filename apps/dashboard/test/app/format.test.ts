import { describe, expect, it } from "vitest";
import { keyManager } from "@openstack-ts/openstack";
import {
  formatBytes,
  formatContentTypes,
  formatPercent,
  payloadForDisplay,
  shortId,
  statusTone,
} from "../../src/app/format.js";

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

describe("statusTone", () => {
  it("reads each service's word for done as good", () => {
    for (const status of ["ACTIVE", "available", "in-use", "ONLINE", "CREATE_COMPLETE", "UPDATE_COMPLETE", "power on"])
      expect(statusTone(status), status).toBe("good");
  });

  it("reads failures as bad, Heat's *_FAILED included", () => {
    for (const status of ["ERROR", "CREATE_FAILED", "DELETE_FAILED", "killed", "DOWN", "deploy failed"])
      expect(statusTone(status), status).toBe("bad");
  });

  it("reads Octavia's OFFLINE and NO_MONITOR, Ironic's power off, enroll and manageable as at rest, not as a fault", () => {
    for (const status of ["OFFLINE", "NO_MONITOR", "DISABLED", "power off", "enroll", "manageable"])
      expect(statusTone(status), status).toBe("idle");
  });

  it("reads anything else as still moving", () => {
    for (const status of [
      "BUILD",
      "PENDING_CREATE",
      "CREATE_IN_PROGRESS",
      "PENDING",
      "?",
      "creating",
      "cleaning",
      "wait call-back",
    ])
      expect(statusTone(status), status).toBe("busy");
  });
});

describe("payloadForDisplay", () => {
  it("shows a text payload as its text", () => {
    expect(payloadForDisplay(keyManager.SecretPayload.fromText("s3cr3t ünïcode"))).toEqual({
      text: "s3cr3t ünïcode",
      encoding: "text",
    });
  });

  it("shows binary media types in base64, and says so", () => {
    const key = new keyManager.SecretPayload(new Uint8Array([0, 1, 2, 250, 255]), "application/octet-stream");
    expect(payloadForDisplay(key)).toEqual({ text: "AAEC+v8=", encoding: "base64" });
  });

  it("falls back to base64 for a text type whose bytes are not UTF-8", () => {
    const bad = new keyManager.SecretPayload(new Uint8Array([0xff, 0xfe]), "text/plain");
    expect(payloadForDisplay(bad)).toEqual({ text: "//4=", encoding: "base64" });
  });
});

describe("formatContentTypes", () => {
  it("names the one default type alone, several by name, none as a dash", () => {
    expect(formatContentTypes({ default: "text/plain" })).toBe("text/plain");
    expect(formatContentTypes({ default: "application/octet-stream", pem: "application/pkix-cert" })).toBe(
      "default: application/octet-stream, pem: application/pkix-cert",
    );
    expect(formatContentTypes({})).toBe("—");
    expect(formatContentTypes(undefined)).toBe("—");
  });
});
