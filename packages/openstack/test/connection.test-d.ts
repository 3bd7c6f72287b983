import type { identity, network } from "../src/index.js";
import { expectTypeOf } from "vitest";
import type { Connection } from "../src/connection.js";

// The façade's method names and signatures are derived from the resource definitions.
declare const conn: Connection;

expectTypeOf<Awaited<ReturnType<typeof conn.identity.listProjects>>>().toEqualTypeOf<identity.Project[]>();
expectTypeOf<Awaited<ReturnType<typeof conn.identity.listRoleAssignments>>>().toEqualTypeOf<
  identity.RoleAssignment[]
>();
expectTypeOf(conn.network.findNetwork("jenkins")).resolves.toEqualTypeOf<network.Network | null>();
expectTypeOf(conn.network.findNetwork("jenkins", { ignoreMissing: false })).resolves.toEqualTypeOf<network.Network>();
expectTypeOf(conn.network.createNetwork).parameter(0).toHaveProperty("name");
expectTypeOf<network.Network["router:external"]>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<Awaited<ReturnType<typeof conn.identity.validateUserHasProjectRole>>>().toEqualTypeOf<boolean>();

expectTypeOf(conn.network.waitForDeleteNetwork).returns.resolves.toEqualTypeOf<void>();
// @ts-expect-error: role assignments cannot be deleted, so there is nothing to wait for
conn.identity.waitForDeleteRoleAssignment("x");

// @ts-expect-error: a typo in a method name is a type error
conn.network.findNetwrok("jenkins");
// @ts-expect-error: role assignments can only be listed
conn.identity.createRoleAssignment({});
// @ts-expect-error: a network has no field 'nmae'
conn.network.createNetwork({ nmae: "jenkins" });
// @ts-expect-error: status is the server's to set
conn.network.updateNetwork("id", { status: "DOWN" });
// @ts-expect-error: application credentials need their user
conn.identity.listApplicationCredentials();

// @ts-expect-error: deleting a quota set resets it, so there is no deletion to wait for
conn.compute.waitForDeleteQuotaSet("p");

// Package functions are façade methods too, typed without their first argument.
expectTypeOf(conn.image.uploadImage).parameter(0).not.toBeAny();
expectTypeOf(conn.objectStore.generateTempUrl).returns.not.toBeAny();
// @ts-expect-error: the target is bound by the façade
conn.image.downloadImage(conn.image, "id");
