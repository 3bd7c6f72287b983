import { InvalidArgumentError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { idInRef, idOfRef } from "../../src/refs/ref.js";
import { Container } from "../../src/containers/container.js";
import { parsed } from "../../src/parsed.js";

describe("Barbican's refs", () => {
  it("read the id off the end of a ref of the right kind only", () => {
    expect(idInRef("secrets", "http://h:9311/v1/secrets/abc")).toBe("abc");
    expect(idInRef("secrets", "https://{barbican_host}/v1/secrets/{uuid}/")).toBe("{uuid}");
    expect(idInRef("secrets", "http://h:9311/v1/containers/abc")).toBeUndefined();
    expect(idInRef("secrets", "http://h:9311/v1/secrets/abc/consumers")).toBeUndefined();
    expect(idInRef("secrets", "abc")).toBeUndefined();
  });

  it("name an item by id, ref or object, and refuse anything else saying what was given", () => {
    expect(idOfRef("containers", "abc", "x")).toBe("abc");
    expect(idOfRef("containers", "http://h/v1/containers/abc", "x")).toBe("abc");
    expect(idOfRef("containers", { container_ref: "http://h/v1/containers/abc" }, "x")).toBe("abc");
    expect(idOfRef("containers", { id: "abc", container_ref: "http://h/v1/containers/zzz" }, "x")).toBe("abc");
    expect(() => idOfRef("containers", "http://h/v1/orders/abc", "getContainer")).toThrow(
      /getContainer must be an id or a container_ref/,
    );
    expect(() => idOfRef("containers", { name: "n" }, "getContainer")).toThrow(InvalidArgumentError);
    expect(() => idOfRef("containers", { name: "n" }, "getContainer")).toThrow(/its keys: name/);
  });

  it("give every item an id, and fail one whose ref is of another kind on `id`", () => {
    const item = {
      container_ref: "http://h/v1/containers/c1",
      name: null,
      type: "generic",
      status: "ACTIVE",
      secret_refs: [],
      created: "t",
      updated: "t",
    };
    expect(parsed(Container, item, "u").id).toBe("c1");
    expect(() => parsed(Container, { ...item, container_ref: "http://h/v1/secrets/c1" }, "u")).toThrow(/body\.id/);
  });
});
