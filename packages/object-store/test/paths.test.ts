import { InvalidArgumentError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { containerName, objectPath } from "../src/paths.js";

describe("object paths", () => {
  it("encodes each part of a name and keeps its slashes", () => {
    expect(objectPath("photos", "2024/a b.jpg")).toBe("photos/2024/a%20b.jpg");
    expect(objectPath("c", "q?x=1#frag")).toBe("c/q%3Fx%3D1%23frag");
    expect(objectPath("c", "100%/done")).toBe("c/100%25/done");
    expect(objectPath("c", "Ünïcødé/日本")).toBe("c/%C3%9Cn%C3%AFc%C3%B8d%C3%A9/%E6%97%A5%E6%9C%AC");
    expect(objectPath({ name: "my container" }, { name: "x" })).toBe("my%20container/x");
  });

  it("keeps empty parts: pseudo-folder markers and doubled slashes are names too", () => {
    expect(objectPath("c", "dir/")).toBe("c/dir/");
    expect(objectPath("c", "a//b")).toBe("c/a//b");
  });

  it("survives URL parsing unchanged, so the server sees the same name", () => {
    const url = new URL(`http://swift.test/v1/AUTH_p/${objectPath("c", "a/b c/?#%/é")}`);
    expect(url.pathname).toBe("/v1/AUTH_p/c/a/b%20c/%3F%23%25/%C3%A9");
    expect(url.search).toBe("");
  });

  it("refuses '.' and '..' segments, which URL parsers would collapse", () => {
    for (const name of ["..", ".", "a/../b", "a/./b", "../etc", "a/.."]) {
      expect(() => objectPath("c", name), name).toThrow(InvalidArgumentError);
    }
    // Dots inside a part are ordinary characters.
    expect(objectPath("c", "a/..b/c.")).toBe("c/a/..b/c.");
  });

  it("refuses empty or non-string names and broken Unicode", () => {
    expect(() => objectPath("c", "")).toThrow(/non-empty string/);
    expect(() => objectPath("c", 5 as unknown as string)).toThrow(/non-empty string/);
    expect(() => objectPath("c", "bad\uD800")).toThrow(/not valid Unicode/);
  });

  it("checks container names as single segments", () => {
    expect(containerName("a b")).toBe("a b");
    expect(containerName({ name: "ü" })).toBe("ü");
    for (const name of ["", "a/b", ".", ".."]) expect(() => containerName(name), name).toThrow(InvalidArgumentError);
  });
});
