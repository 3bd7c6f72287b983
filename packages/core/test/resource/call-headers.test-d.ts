import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { actionFunctions } from "../../src/resource/action.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { ResourceMethods } from "../../src/resource/types.js";
import type { Session } from "../../src/session/session.js";

const shape = {
  path: "zones",
  singular: "Zone",
  plural: "Zones",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: { with_records: v.boolean() },
  actions: { xfrZone: { method: "POST", path: "zones/{zone}/tasks/xfr" } },
} as const;
const scoped = {
  type: "zoned",
  callHeaders: {
    everyone: { header: "X-Everyone", value: v.boolean() },
    actAs: { header: "X-Act-As", value: v.string() },
  },
} as const;
const zones = defineResource({ ...shape, service: scoped });
const plainZones = defineResource({ ...shape, service: { type: "plain" } });
declare const session: Session;
declare const facade: ResourceMethods<typeof zones>;
declare const plainFacade: ResourceMethods<typeof plainZones>;

describe("header options, typed from the service's declaration", () => {
  it("every verb and action of its resources takes them, typed by their schemas", () => {
    void facade.listZones({}, { everyone: true });
    void facade.getZone("z", { actAs: "p", with_records: true });
    void facade.findZone("z", { everyone: true, ignoreMissing: false });
    void facade.createZone({ name: "x." }, { actAs: "p" });
    void facade.updateZone("z", { name: "y." }, { actAs: "p" });
    void facade.deleteZone("z", { everyone: true });
    void facade.waitForZone("z", { status: "ACTIVE", actAs: "p" });
    void facade.waitForDeleteZone("z", { everyone: true });
    void facade.xfrZone({ zone: "z" }, { actAs: "p" });
    void zones.list(session, {}, { everyone: true });
    void zones.create(session, { name: "x." }, { actAs: "p" });
    expectTypeOf<Parameters<typeof facade.getZone>[1]>().toMatchTypeOf<
      { everyone?: boolean; actAs?: string } | undefined
    >();
    const { xfr } = actionFunctions(scoped, { xfr: { method: "POST", path: "zones/{zone}/tasks/xfr" } });
    void xfr(session, { zone: "z" }, { everyone: false });
  });

  it("a misspelt name or a value of the wrong type fails tsc", () => {
    // @ts-expect-error: not a header option
    void facade.listZones({}, { everyon: true });
    // @ts-expect-error: not a header option
    void facade.getZone("z", { act_as: "p" });
    // @ts-expect-error: a boolean
    void facade.createZone({ name: "x." }, { everyone: "yes" });
    // @ts-expect-error: a string
    void facade.deleteZone("z", { actAs: 1 });
    // @ts-expect-error: not a header option
    void facade.xfrZone({ zone: "z" }, { everyOne: true });
  });

  it("a service that declares none offers none", () => {
    // @ts-expect-error: the plain service has no header options
    void plainFacade.listZones({}, { everyone: true });
    // @ts-expect-error: the plain service has no header options
    void plainFacade.createZone({ name: "x." }, { actAs: "p" });
  });
});
