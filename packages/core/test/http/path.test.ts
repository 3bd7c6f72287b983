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
    expect(() => idOf({} as never)).toThrow("got undefined");
    expect(() => idOf("../admin", "network id")).toThrow(`network id cannot be "../admin"`);
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
