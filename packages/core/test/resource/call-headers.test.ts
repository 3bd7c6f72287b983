import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ConfigError, InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { actionFunctions } from "../../src/resource/action.js";
import { checkCallHeaderNames } from "../../src/resource/call-headers.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer, testCloud } from "../support/server.js";

// Header options a service declares once (`callHeaders`): every verb and action of its
// resources takes them in its options, checks them and sends the headers; a service that
// declares none takes none.
const ROOT = "http://zoned.test:9001";
const API = `${ROOT}/v2`;
const server = mockServer();

const scoped = {
  type: "zoned",
  version: "2",
  callHeaders: {
    everyone: { header: "X-Everyone", value: v.boolean() },
    actAs: { header: "X-Act-As", value: v.pipe(v.string(), v.nonEmpty("a project id")) },
  },
} as const;
const plain = { type: "plain", version: "2" } as const;

const shape = {
  path: "zones",
  singular: "Zone",
  plural: "Zones",
  pluralKey: "zones",
  schema: v.looseObject({ id: v.string(), name: v.string(), status: v.optional(v.string()) }),
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name"],
  getQuery: { with_records: v.boolean() },
  updateMethod: "PATCH",
} as const;
const zones = defineResource({ ...shape, service: scoped });
const plainZones = defineResource({ ...shape, service: plain });
const { xfrZone } = actionFunctions(scoped, { xfrZone: { method: "POST", path: "zones/{zone}/tasks/xfr" } });

/** A cloud of one zone, `z1`, for either service; `seen` lists each call with its headers. */
function cloud(type: "zoned" | "plain") {
  const document = { versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${API}/` }] }] };
  const { session, seen } = testCloud(server, { services: { [type]: { url: ROOT, document } }, watch: `${API}/` });
  const zone = { id: "z1", name: "example.org.", status: "ACTIVE" };
  server.use(
    http.get(`${API}/zones`, () => HttpResponse.json({ zones: [zone] })),
    http.get(`${API}/zones/z1`, () => HttpResponse.json(zone)),
    http.get(`${API}/zones/:id`, () => HttpResponse.json({ message: "no" }, { status: 404 })),
    http.post(`${API}/zones`, () => HttpResponse.json(zone, { status: 201 })),
    http.patch(`${API}/zones/:id`, () => HttpResponse.json(zone)),
    http.delete(`${API}/zones/:id`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/zones/:id/tasks/xfr`, () => new HttpResponse(null, { status: 202 })),
  );
  const calls = () =>
    seen
      .filter((request) => !request.url.endsWith("/v2/"))
      .map(
        (r) =>
          `${r.method} ${r.url.slice(API.length)} ${r.headers.get("x-everyone") ?? "-"} ${r.headers.get("x-act-as") ?? "-"}`,
      );
  return { session, calls };
}

describe("a service's header options", () => {
  it("are sent by every verb and action that gives them, and only by those", async () => {
    const { session, calls } = cloud("zoned");
    await zones.list(session, {}, { everyone: true });
    await zones.get(session, "z1", { actAs: "p2", with_records: true });
    await zones.find(session, "example.org.", { everyone: false });
    await zones.create(session, { name: "example.org." }, { actAs: "p2" });
    await zones.update(session, "z1", { name: "example.org." }, { actAs: "p2" });
    await zones.waitFor(session, "z1", { status: "ACTIVE", everyone: true });
    await zones.delete(session, "z1", { everyone: true, actAs: "p3" });
    await xfrZone(session, { zone: "z1" }, { actAs: "p2" });
    await zones.list(session);
    expect(calls()).toEqual([
      "GET /zones true -",
      "GET /zones/z1?with_records=true - p2",
      // find: by id first (a 404), then the list by name
      "GET /zones/example.org. false -",
      "GET /zones?name=example.org. false -",
      "POST /zones - p2",
      "PATCH /zones/z1 - p2",
      "GET /zones/z1 true -",
      "DELETE /zones/z1 true p3",
      "POST /zones/z1/tasks/xfr - p2",
      "GET /zones - -",
    ]);
  });

  it("are checked before any request: a bad value names the option and what was given", async () => {
    const { session, calls } = cloud("zoned");
    await expect(zones.list(session, {}, { everyone: "yes" as never })).rejects.toThrow(
      new InvalidArgumentError(`listZones option 'everyone' must be boolean, got "yes"`),
    );
    await expect(zones.get(session, "z1", { actAs: "" })).rejects.toThrow(
      new InvalidArgumentError(`getZone option 'actAs' must be a project id, got ""`),
    );
    await expect(zones.create(session, { name: "x." }, { actAs: 7 as never })).rejects.toThrow(
      /'actAs' must be string/,
    );
    await expect(zones.delete(session, "z1", { everyone: 1 as never })).rejects.toThrow(/'everyone' must be boolean/);
    await expect(zones.waitFor(session, "z1", { status: "ACTIVE", actAs: "" })).rejects.toThrow(/'actAs'/);
    await expect(xfrZone(session, { zone: "z1" }, { everyone: "no" as never })).rejects.toThrow(
      /xfrZone option 'everyone' must be boolean/,
    );
    expect(calls()).toEqual([]);
  });

  it("refuses an undeclared option by name, listing the header options with the others", async () => {
    const { session, calls } = cloud("zoned");
    await expect(zones.list(session, {}, { everyon: true } as never)).rejects.toThrow(
      new InvalidArgumentError(
        "listZones has no option 'everyon'; it takes: signal, limit, maxItems, onInvalidItem, everyone, actAs",
      ),
    );
    await expect(zones.get(session, "z1", { act_as: "p" } as never)).rejects.toThrow(
      new InvalidArgumentError("getZone has no option 'act_as'; it takes: signal, with_records, everyone, actAs"),
    );
    await expect(zones.create(session, { name: "x." }, { project: "p" } as never)).rejects.toThrow(
      /createZone has no option 'project'; it takes: signal, everyone, actAs/,
    );
    await expect(xfrZone(session, { zone: "z1" }, { project: "p" } as never)).rejects.toThrow(
      /xfrZone has no option 'project'/,
    );
    expect(calls()).toEqual([]);
  });

  it("must not share a name with a resource's own options (checkCallHeaderNames, run by the service's tests)", () => {
    expect(() => checkCallHeaderNames(zones)).not.toThrow();
    expect(() => checkCallHeaderNames({ ...zones, getQuery: { actAs: v.string() } })).toThrow(ConfigError);
    expect(() => checkCallHeaderNames({ ...zones, path: "racks/{everyone}/zones" })).toThrow(
      /header option\(s\) everyone are also options of the resource/,
    );
  });
});

describe("a service without header options", () => {
  it("sends no extra header and refuses such options by name, as before", async () => {
    const { session, calls } = cloud("plain");
    await plainZones.list(session);
    await plainZones.get(session, "z1");
    await plainZones.create(session, { name: "example.org." });
    expect(calls()).toEqual(["GET /zones - -", "GET /zones/z1 - -", "POST /zones - -"]);
    await expect(plainZones.list(session, {}, { everyone: true } as never)).rejects.toThrow(
      "listZones has no option 'everyone'; it takes: signal, limit, maxItems, onInvalidItem",
    );
    await expect(plainZones.get(session, "z1", { actAs: "p" } as never)).rejects.toThrow(
      "getZone has no option 'actAs'; it takes: signal, with_records",
    );
    await expect(plainZones.create(session, { name: "x." }, { actAs: "p" } as never)).rejects.toThrow(
      "createZone has no option 'actAs'; it takes: signal",
    );
    expect(calls()).toHaveLength(3);
  });
});
