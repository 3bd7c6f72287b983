import {
  AuthReceipt,
  AuthReceiptRequiredError,
  ConflictError,
  httpErrorFor,
  MicroversionError,
  NetworkError,
  ResponseValidationError,
} from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { reportError } from "../../src/app/errors.js";

describe("reportError", () => {
  it("splits an HttpError into its class, the server's message and the facts to find it by", () => {
    const error = new ConflictError({
      status: 409,
      method: "DELETE",
      url: "http://127.0.0.1:9696/v2.0/networks/5f0c",
      serverMessage:
        "Unable to complete operation on network 5f0c. There are one or more ports still in use on the network.",
      serverCode: "NetworkInUse",
      requestId: "req-0b3a2c4e-1111-2222-3333-444455556666",
    });
    expect(reportError(error)).toEqual({
      kind: "ConflictError",
      message: "Unable to complete operation on network 5f0c. There are one or more ports still in use on the network.",
      details: [
        ["status", "409"],
        ["request", "DELETE http://127.0.0.1:9696/v2.0/networks/5f0c"],
        ["request id", "req-0b3a2c4e-1111-2222-3333-444455556666"],
        ["server code", "NetworkInUse"],
      ],
    });
  });

  it("keeps the most specific class name and says when the server gave no message", () => {
    const report = reportError(
      httpErrorFor({ status: 401, method: "POST", url: "http://keystone.test/v3/auth/tokens" }),
    );
    expect(report.kind).toBe("UnauthorizedError");
    expect(report.message).toBe("The server answered 401 without a message");
    expect(report.details.map(([label]) => label)).toEqual(["status", "request"]);
  });

  it("points at the service and CORS when no response came back", () => {
    const report = reportError(
      new NetworkError("fetch failed", { method: "GET", url: "http://127.0.0.1:9292/v2/images" }),
    );
    expect(report.kind).toBe("NetworkError");
    expect(report.message).toMatch(/^fetch failed \(is the service running.*CORS/);
    expect(report.details).toEqual([["request", "GET http://127.0.0.1:9292/v2/images"]]);
  });

  it("names the field of a response that did not match, and other SDK and plain errors by class", () => {
    const invalid = new ResponseValidationError({
      url: "http://h.test/v2.0/networks",
      field: "networks.0.id",
      problem: "is number, expected string",
    });
    expect(reportError(invalid)).toMatchObject({
      kind: "ResponseValidationError",
      details: [
        ["field", "networks.0.id"],
        ["response of", "http://h.test/v2.0/networks"],
      ],
    });
    expect(reportError(new MicroversionError("needs 2.26, the server offers 2.1"))).toEqual({
      kind: "MicroversionError",
      message: "needs 2.26, the server offers 2.1",
      details: [],
    });
    expect(reportError(new TypeError("x is undefined"))).toEqual({
      kind: "TypeError",
      message: "x is undefined",
      details: [],
    });
    expect(reportError("plain text")).toEqual({ kind: "Error", message: "plain text", details: [] });
  });

  it("says a cancelled passcode was not given, where Keystone says more steps are required", () => {
    const receipt = new AuthReceipt("receipt-value", {
      methods: ["password"],
      requiredAuthMethods: [["password", "totp"]],
      user: { id: "u-1", name: "alice" },
    });
    const error = new AuthReceiptRequiredError(
      {
        status: 401,
        method: "POST",
        url: "http://127.0.0.1:5080/v3/auth/tokens",
        serverMessage: "Additional authentications steps required.",
      },
      receipt,
    );
    const report = reportError(error);
    expect(report.kind).toBe("AuthReceiptRequiredError");
    expect(report.message).toBe(
      "The passcode was not given: Keystone accepted the password of alice and still needs totp.",
    );
    expect(report.details).toEqual([
      ["status", "401"],
      ["request", "POST http://127.0.0.1:5080/v3/auth/tokens"],
    ]);
    expect(JSON.stringify(report)).not.toContain("receipt-value");
  });
});
