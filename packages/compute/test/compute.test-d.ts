import type { ListResult, ServiceFacade } from "@openstack-ts/core";
import { describe, expectTypeOf, it } from "vitest";
import type { Flavor } from "../src/flavors/flavor.js";
import type { Hypervisor } from "../src/hypervisors/hypervisor.js";
import type { Keypair } from "../src/keypairs/keypair.js";
import type { compute } from "../src/service-definition.js";
import type { Server } from "../src/servers/server.js";
import type { PartialServer } from "../src/servers/server.js";

declare const facade: ServiceFacade<typeof compute>;

describe("conn.compute's derived types", () => {
  it("types servers from their schema", () => {
    // A server of a cell Nova cannot reach (2.69+) comes back partial: isPartial tells.
    expectTypeOf(facade.listServers()).toEqualTypeOf<ListResult<Server | PartialServer>>();
    expectTypeOf(facade.getServer("id")).toEqualTypeOf<Promise<Server | PartialServer>>();
    expectTypeOf<Server["status"]>().toEqualTypeOf<string>();
    expectTypeOf<Server["name"]>().toEqualTypeOf<string>();
    expectTypeOf<PartialServer["status"]>().toEqualTypeOf<"UNKNOWN">();
    expectTypeOf<(Server | PartialServer)["name"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(facade.waitForServer).parameter(1).toHaveProperty("status");
  });

  it("takes the wire names of Nova's create, and an id or the resource for flavor and image", () => {
    expectTypeOf(facade.createServer)
      .parameter(0)
      .toHaveProperty("networks")
      .toEqualTypeOf<"auto" | "none" | readonly import("../src/servers/server-create.js").ServerNetwork[]>();
    expectTypeOf(facade.createServer).parameter(0).toHaveProperty("os:scheduler_hints");
    expectTypeOf(facade.createServer)
      .parameter(0)
      .toHaveProperty("flavorRef")
      .toEqualTypeOf<string | { readonly id: string }>();
  });

  it("only lets a flavor's description change", () => {
    expectTypeOf(facade.updateFlavor).parameter(1).toEqualTypeOf<{ description?: string | null | undefined }>();
    expectTypeOf(facade.createFlavor).parameter(0).toHaveProperty("ram").toEqualTypeOf<number>();
    expectTypeOf(facade.getFlavor("1")).toEqualTypeOf<Promise<Flavor>>();
  });

  it("accepts items whose ids are integers on the wire, and key pairs by name", () => {
    expectTypeOf<Hypervisor["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Hypervisor>().toExtend<Parameters<typeof facade.getHypervisor>[0]>();
    expectTypeOf<Keypair>().toExtend<Parameters<typeof facade.deleteKeypair>[0]>();
  });
});
