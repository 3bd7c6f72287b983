import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { fillPath, idOf, joinUrl, pathParams } from "../../src/http/path.js";

describe("idOf", () => {
  it("takes an id or anything carrying one, encoded as one segment", () => {
    expect(idOf("abc-123")).toBe("abc-123");
    expect(idOf({ id: "abc" })).toBe("abc");
    expect(idOf("a b?c#d")).toBe("a%20b%3Fc%23d");
  });

  it.each([["a/b"], ["/"], ["."], [".."], [""], ["   "]])("refuses %j", (id) => {
    expect(() => idOf(id)).toThrow(InvalidArgumentError);
  });

  it("refuses what is not a string, saying what it got", () => {
    expect(() => idOf(undefined as never, "server id")).toThrow("server id must be a non-empty string, got undefined");
    expect(() => idOf(null as never)).toThrow(InvalidArgumentError);
    expect(() => idOf({} as never)).toThrow("id must be a non-empty string, got an object without 'id' (no keys)");
    expect(() => idOf("../admin", "network id")).toThrow(`network id cannot be "../admin"`);
  });
});

describe("idOf, by the type of id a URL takes", () => {
  it("takes a non-negative safe integer where ids are integers, or its digits, and keeps them as they are", () => {
    expect(idOf(1, "Aggregate id", "id", "integer")).toBe("1");
    expect(idOf(0, "Aggregate id", "id", "integer")).toBe("0");
    expect(idOf("42", "Aggregate id", "id", "integer")).toBe("42");
    expect(idOf({ id: 7, name: "az1" }, "Aggregate id", "id", "integer")).toBe("7");
    expect(idOf({ id: "7" }, "Aggregate id", "id", "integer")).toBe("7");
  });

  it("takes a string or a non-negative integer where ids are either", () => {
    expect(idOf(3, "Hypervisor id", "id", "either")).toBe("3");
    expect(idOf("b1e43b5f-eec1-44e0-9f10-7b4945c0226d", "Hypervisor id", "id", "either")).toBe(
      "b1e43b5f-eec1-44e0-9f10-7b4945c0226d",
    );
  });

  it.each([
    ["integer", 1.5, "Aggregate id must be a non-negative integer (or its digits as a string), got 1.5"],
    ["integer", -1, "Aggregate id must be a non-negative integer (or its digits as a string), got -1"],
    ["integer", "abc", `Aggregate id must be a non-negative integer (or its digits as a string), got "abc"`],
    ["integer", 2 ** 53, `Aggregate id must be a non-negative integer (or its digits as a string), got ${2 ** 53}`],
    ["either", Number.NaN, "Aggregate id must be a non-empty string or a non-negative integer, got NaN"],
    ["either", true, "Aggregate id must be a non-empty string or a non-negative integer, got true"],
    ["string", 1, "Aggregate id must be a non-empty string, got 1"],
    ["string", undefined, "Aggregate id must be a non-empty string, got undefined"],
    ["string", null, "Aggregate id must be a non-empty string, got null"],
    ["string", ["a"], "Aggregate id must be a non-empty string, got an array of 1"],
    [
      "integer",
      { id: 1.5 },
      "Aggregate id must be a non-negative integer (or its digits as a string), got an object whose 'id' is 1.5",
    ],
    ["string", { id: { nested: 1 } }, "Aggregate id must be a non-empty string, got an object whose 'id' is an object"],
  ] as const)("refuses, as %s, %j, saying what it got", (idType, ref, message) => {
    expect(() => idOf(ref as never, "Aggregate id", "id", idType)).toThrow(message);
  });

  it("names an object given without its id by its keys only, never its values", () => {
    const attempt = () => idOf({ name: "x", secret: "s3cret" } as never, "ApplicationCredential id");
    expect(attempt).toThrow(
      "ApplicationCredential id must be a non-empty string, got an object without 'id' (its keys: name, secret)",
    );
    expect(attempt).not.toThrow(/s3cret/);
  });
});

describe("fillPath", () => {
  it("fills each placeholder with a checked, encoded id or a resource's id", () => {
    expect(fillPath("users/{user_id}/credentials", { user_id: "u 1" })).toBe("users/u%201/credentials");
    expect(fillPath("servers/{server_id}/ips/{network}", { server_id: { id: "s1" }, network: "private" })).toBe(
      "servers/s1/ips/private",
    );
  });

  it("names a missing placeholder, and refuses an id that would escape its segment", () => {
    expect(() => fillPath("users/{user_id}/credentials", {})).toThrow(
      "missing 'user_id' for path users/{user_id}/credentials",
    );
    expect(() => fillPath("users/{user_id}/credentials", { user_id: ".." })).toThrow(InvalidArgumentError);
  });

  it("fills a placeholder with an integer id where the path takes them, and refuses it where it does not", () => {
    expect(fillPath("os-aggregates/{aggregate}/action", { aggregate: 1 }, undefined, "integer")).toBe(
      "os-aggregates/1/action",
    );
    expect(fillPath("os-aggregates/{aggregate}/action", { aggregate: { id: 2 } }, undefined, "integer")).toBe(
      "os-aggregates/2/action",
    );
    expect(() => fillPath("servers/{server}/action", { server: 1 })).toThrow(
      "server must be a non-empty string, got 1",
    );
  });

  it("lists the placeholders", () => {
    expect(pathParams("a/{x}/b/{y}")).toEqual(["x", "y"]);
  });
});

describe("joinUrl", () => {
  it("puts exactly one slash between base and path", () => {
    expect(joinUrl("http://h.test/v2.0/", "/networks")).toBe("http://h.test/v2.0/networks");
    expect(joinUrl("http://h.test/v2.0", "networks")).toBe("http://h.test/v2.0/networks");
    expect(joinUrl("http://h.test/v2.0", "")).toBe("http://h.test/v2.0");
    expect(joinUrl("http://h.test/v2.0", "http://other.test/x")).toBe("http://other.test/x");
  });
});
