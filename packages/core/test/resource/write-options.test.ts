import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { InvalidArgumentError, MicroversionError } from "../../src/errors/sdk-errors.js";
import { isAccepted } from "../../src/resource/accepted.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { SessionOptions } from "../../src/session/session-options.js";
import { mockServer, testCloud } from "../support/server.js";

// What deletes, updates and creates do with what the API documents beyond their bodies:
// the DELETE's and update's query parameters (`deleteQuery`, `updateQuery`), names a
// microversion adds or removes (`microversionBounds`), and creates a microversion answers
// without a body (`bodilessCreateFrom`).
const ROOT = "http://gadget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();
const service = { type: "gadget", version: "1", microversion: { name: "gadget" } } as const;

const spec = {
  service,
  path: "racks/{rack}/gadgets",
  singular: "Gadget",
  plural: "Gadgets",
  key: "gadget",
  pluralKey: "gadgets",
  schema: v.looseObject({
    id: v.string(),
    name: v.string(),
    size: v.optional(v.number()),
    speed: v.optional(v.number()),
    device: v.optional(v.nullable(v.string())),
  }),
  verbs: ["list", "get", "create", "update", "delete"],
  query: ["name"],
  filters: { with_parts: v.boolean() },
  getQuery: { with_parts: v.boolean() },
  deleteQuery: { cascade: v.boolean(), force: v.boolean(), user_id: v.string() },
  updateQuery: { user_id: v.string() },
  required: ["name"],
  readOnly: ["id", "device"],
  microversionBounds: {
    force: { addedIn: "1.23" },
    with_parts: { addedIn: "1.53" },
    speed: { removedIn: "1.102" },
  },
  bodilessCreateFrom: "1.101",
  maxMicroversion: "1.89",
} as const;
const gadgets = defineResource(spec);

const gadget = { id: "g1", name: "alpha", size: 1, device: "/dev/vdb" };

/** A gadget service (microversions 1.0 to 1.104); `lines` lists the gadget calls as `METHOD path?query microversion`. */
function cloud(createStatus = 200, session: Partial<SessionOptions> = {}) {
  const document = {
    versions: [
      {
        id: "v1.0",
        status: "CURRENT",
        min_version: "1.0",
        max_version: "1.104",
        links: [{ rel: "self", href: `${API}/` }],
      },
    ],
  };
  const { session: s, seen } = testCloud(server, {
    services: { gadget: { url: ROOT, document } },
    watch: `${API}/racks`,
    session,
  });
  server.use(
    http.delete(`${API}/racks/:rack/gadgets/:id`, () => new HttpResponse(null, { status: 202 })),
    http.put(`${API}/racks/:rack/gadgets/:id`, () => HttpResponse.json({ gadget })),
    http.get(`${API}/racks/:rack/gadgets/:id`, () => HttpResponse.json({ gadget })),
    http.get(`${API}/racks/:rack/gadgets`, () => HttpResponse.json({ gadgets: [gadget] })),
    http.post(`${API}/racks/:rack/gadgets`, () =>
      createStatus === 200 ? HttpResponse.json({ gadget }) : new HttpResponse(null, { status: createStatus }),
    ),
  );
  const lines = () =>
    seen.map(
      (request) =>
        `${request.method} ${request.url.slice(API.length)} ${request.headers.get("openstack-api-version") ?? "-"}`,
    );
  return { session: s, lines, seen };
}

const at = (microversion: string) => ({ services: { gadget: { microversion } } });

describe("a delete's documented query parameters", () => {
  it("are sent by their wire names, checked against their schemas", async () => {
    const { session, lines } = cloud();
    await gadgets.delete(session, "g1", { rack: "r1", cascade: true, force: false });
    await gadgets.delete(session, { id: "g2" }, { rack: "r1", user_id: "u1", cascade: undefined });
    await gadgets.delete(session, "g3", { rack: "r1" });
    expect(lines()).toEqual([
      "DELETE /racks/r1/gadgets/g1?cascade=true&force=false gadget 1.89",
      "DELETE /racks/r1/gadgets/g2?user_id=u1 gadget 1.89",
      "DELETE /racks/r1/gadgets/g3 gadget 1.89",
    ]);
  });

  it("refuses an undeclared one by name, and a value of the wrong kind, before any request", async () => {
    const { session, lines } = cloud();
    await expect(gadgets.delete(session, "g1", { rack: "r1", purge: true } as never)).rejects.toThrow(
      "deleteGadget has no option 'purge'; it takes: signal, rack, ignoreMissing, cascade, force, user_id",
    );
    await expect(gadgets.delete(session, "g1", { rack: "r1", cascade: "yes" } as never)).rejects.toThrow(
      `deleteGadget option 'cascade' must be boolean, got "yes"`,
    );
    await expect(gadgets.delete(session, "g1", { rack: "r1", cascade: "yes" } as never)).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(lines()).toEqual([]);
  });
});

describe("an update's documented query parameters", () => {
  it("are sent beside the body; others are refused by name before any request", async () => {
    const { session, lines, seen } = cloud();
    expect(await gadgets.update(session, "g1", { size: 2 }, { rack: "r1", user_id: "u1" })).toEqual(gadget);
    expect(await seen[0]!.json()).toEqual({ gadget: { size: 2 } });
    await expect(gadgets.update(session, "g1", { size: 2 }, { rack: "r1", cascade: true } as never)).rejects.toThrow(
      "updateGadget has no option 'cascade'; it takes: signal, rack, user_id",
    );
    expect(lines()).toEqual(["PUT /racks/r1/gadgets/g1?user_id=u1 gadget 1.89"]);
  });
});

describe("names bounded by microversions", () => {
  it("refuses a parameter before the microversion that added it, naming both, with no request", async () => {
    const { session, lines } = cloud(200, at("1.22"));
    const early = gadgets.delete(session, "g1", { rack: "r1", force: true });
    await expect(early).rejects.toBeInstanceOf(MicroversionError);
    await expect(early).rejects.toThrow(
      "deleteGadget: 'force' needs microversion 1.23 or later, but this call uses 1.22",
    );
    await expect(gadgets.get(session, "g1", { rack: "r1", with_parts: true })).rejects.toThrow(
      "getGadget: 'with_parts' needs microversion 1.53 or later, but this call uses 1.22",
    );
    await expect(gadgets.list(session, { rack: "r1", with_parts: true })).rejects.toThrow(
      "listGadgets: 'with_parts' needs microversion 1.53 or later",
    );
    expect(lines()).toEqual([]);
    // Without the bounded names, the same calls go out.
    await gadgets.delete(session, "g1", { rack: "r1", cascade: true });
    await gadgets.get(session, "g1", { rack: "r1" });
    expect(lines()).toEqual([
      "DELETE /racks/r1/gadgets/g1?cascade=true gadget 1.22",
      "GET /racks/r1/gadgets/g1 gadget 1.22",
    ]);
  });

  it("sends it at and after that microversion", async () => {
    const { session, lines } = cloud(200, at("1.53"));
    await gadgets.delete(session, "g1", { rack: "r1", force: true });
    await gadgets.get(session, "g1", { rack: "r1", with_parts: true });
    await gadgets.list(session, { rack: "r1", with_parts: false });
    expect(lines()).toEqual([
      "DELETE /racks/r1/gadgets/g1?force=true gadget 1.53",
      "GET /racks/r1/gadgets/g1?with_parts=true gadget 1.53",
      "GET /racks/r1/gadgets?with_parts=false gadget 1.53",
    ]);
  });

  it("refuses a field from the microversion that removed it, on create and update", async () => {
    const { session, lines } = cloud(200, at("1.102"));
    const create = gadgets.create(session, { rack: "r1", name: "b", speed: 2 });
    await expect(create).rejects.toBeInstanceOf(MicroversionError);
    await expect(create).rejects.toThrow(
      "createGadget: 'speed' was removed in microversion 1.102, and this call uses 1.102; leave it out, or use a microversion below 1.102",
    );
    await expect(gadgets.update(session, "g1", { speed: 2 }, { rack: "r1" })).rejects.toThrow(
      "updateGadget: 'speed' was removed in microversion 1.102",
    );
    expect(lines()).toEqual([]);
    await gadgets.update(session, "g1", { size: 2, speed: undefined }, { rack: "r1" });
    expect(lines()).toEqual(["PUT /racks/r1/gadgets/g1 gadget 1.102"]);
  });

  it("sends the field below that microversion", async () => {
    const { session, seen } = cloud(200, at("1.101"));
    await gadgets.create(session, { rack: "r1", name: "b", speed: 2 });
    expect(await seen[0]!.json()).toEqual({ gadget: { name: "b", speed: 2 } });
  });
});

describe("a create the API answers without a body from a microversion on", () => {
  it("returns what it sent, marked accepted, from 202 or 204 at that microversion and after", async () => {
    for (const status of [202, 204]) {
      const { session, lines } = cloud(status, at("1.101"));
      const made = await gadgets.create(session, { rack: "r1", name: "b", size: 3, speed: undefined });
      expect(made).toEqual({ name: "b", size: 3 });
      expect(isAccepted(made)).toBe(true);
      expect(lines()).toEqual(["POST /racks/r1/gadgets gadget 1.101"]);
    }
  });

  it("returns the item, not marked, where the server sends one", async () => {
    const { session } = cloud(200, at("1.101"));
    const made = await gadgets.create(session, { rack: "r1", name: "alpha" });
    expect(made).toEqual(gadget);
    expect(isAccepted(made)).toBe(false);
  });

  it("still wants the item below that microversion: a bodiless answer there is the server's error", async () => {
    const { session } = cloud(202, at("1.100"));
    const made = gadgets.create(session, { rack: "r1", name: "b" });
    await expect(made).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(made).rejects.toThrow("body is empty, expected JSON");
  });

  it("wants the item from a resource that does not declare bodiless creates", async () => {
    const { session } = cloud(202, at("1.101"));
    const { bodilessCreateFrom, ...others } = spec;
    const plain = defineResource(others);
    await expect(plain.create(session, { rack: "r1", name: "b" })).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
