import type { ListResult, ServiceFacade } from "@openstack-ts/core";
import { describe, expectTypeOf, it } from "vitest";
import type { Container } from "../src/containers/container.js";
import type { uploadObject } from "../src/objects/upload-object.js";
import { isObjectSubdir, type ObjectEntry } from "../src/objects/object.js";
import { listObjects } from "../src/objects/list-objects.js";
import type { objectStore } from "../src/service-definition.js";

declare const facade: ServiceFacade<typeof objectStore>;

describe("conn.objectStore", () => {
  it("lists containers with Swift's listing filters", () => {
    expectTypeOf(facade.listContainers({ prefix: "logs-", end_marker: "logs-z" })).toEqualTypeOf<
      ListResult<Container>
    >();
    // @ts-expect-error: a delimiter listing's subdir entries cannot be paged by core's resource lists
    facade.listContainers({ delimiter: "/" });
    // @ts-expect-error: container details are headers; getContainerMetadata reads them
    void facade.getContainer;
  });

  it("is a target for the functions, as a session is", () => {
    expectTypeOf(listObjects(facade, "c", { delimiter: "/" })).toEqualTypeOf<ListResult<ObjectEntry>>();
    expectTypeOf(facade).toExtend<Parameters<typeof uploadObject>[0]>();
    for (const entry of [] as ObjectEntry[]) {
      if (isObjectSubdir(entry)) expectTypeOf(entry.subdir).toEqualTypeOf<string>();
      else expectTypeOf(entry.name).toEqualTypeOf<string>();
    }
    // limit and marker go in the query, as in every list.
    listObjects(facade, "c", { limit: 5, marker: "a" });
    // @ts-expect-error: not a listing filter
    listObjects(facade, "c", { name: "a" });
  });
});
