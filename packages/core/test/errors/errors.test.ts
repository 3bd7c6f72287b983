import { describe, expect, it } from "vitest";
import * as errors from "../../src/errors/index.js";

describe("error hierarchy", () => {
  it("roots every SDK error at OpenStackError, with a stable name", () => {
    const { OpenStackError } = errors;
    const sdk = [
      new errors.EndpointNotFoundError("x"),
      new errors.ConfigError("x"),
      new errors.InvalidArgumentError("x"),
      new errors.DuplicateResourceError("x"),
      new errors.ResourceTimeoutError("x"),
      new errors.ResourceFailureError("x"),
      new errors.MicroversionError("x"),
      new errors.NetworkError("x", { method: "GET", url: "http://h.test/" }),
      new errors.TimeoutError("x", { method: "GET", url: "http://h.test/" }),
      new errors.ResponseValidationError({ url: "http://h.test/", field: "a.b", problem: "is wrong" }),
      errors.httpErrorFor({ status: 404, method: "GET", url: "http://h.test/" }),
    ];
    for (const error of sdk) {
      expect(error).toBeInstanceOf(OpenStackError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it("exports the openstacksdk names as aliases of the same classes", () => {
    expect(errors.SDKException).toBe(errors.OpenStackError);
    expect(errors.HttpException).toBe(errors.HttpError);
    expect(errors.ResourceNotFound).toBe(errors.NotFoundError);
    expect(errors.NotFoundException).toBe(errors.NotFoundError);
    expect(errors.EndpointNotFound).toBe(errors.EndpointNotFoundError);
    expect(errors.DuplicateResource).toBe(errors.DuplicateResourceError);
    expect(errors.ResourceTimeout).toBe(errors.ResourceTimeoutError);
    expect(errors.ResourceFailure).toBe(errors.ResourceFailureError);
  });

  it("picks the class by status in httpErrorFor", () => {
    const of = (status: number) => errors.httpErrorFor({ status, method: "GET", url: "http://h.test/" });
    expect(of(400)).toBeInstanceOf(errors.BadRequestError);
    expect(of(409)).toBeInstanceOf(errors.ConflictError);
    expect(of(504)).toBeInstanceOf(errors.ServerError);
    expect(of(418).constructor).toBe(errors.HttpError);
  });

  it("names the field and URL of a ResponseValidationError", () => {
    const error = new errors.ResponseValidationError({
      url: "http://h.test/v2.0/networks",
      field: "networks.3.subnets",
      problem: "is string, expected Array",
    });
    expect(error.message).toBe(
      "Unexpected response from http://h.test/v2.0/networks: networks.3.subnets is string, expected Array",
    );
    expect(error.field).toBe("networks.3.subnets");
  });
});
