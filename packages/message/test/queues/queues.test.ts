import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { signedUrlHeaders } from "../../src/queues/queue-parts.js";
import { API, messageCloud, sent } from "../fixtures.js";

const { server, setup } = messageCloud();

describe("queues", () => {
  it("creates by PUT at the name with the metadata as the body, and answers the queue as sent", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/queues/:name`, () => new HttpResponse(null, { status: 201 })));
    const made = await facade.createQueue({ name: "billing", metadata: { _default_message_ttl: 60, owner: "me" } });
    expect(made).toEqual({ name: "billing", metadata: { _default_message_ttl: 60, owner: "me" } });
    expect(seen.map(sent)).toEqual(["PUT /v2/queues/billing"]);
    expect(await seen[0]!.json()).toEqual({ _default_message_ttl: 60, owner: "me" });
  });

  it("refuses a name Zaqar would refuse, before any request", async () => {
    const { facade, seen } = setup();
    for (const name of ["", "a b", "x".repeat(65), "../queues"]) {
      await expect(facade.createQueue({ name })).rejects.toThrow(InvalidArgumentError);
      await expect(facade.getQueue(name)).rejects.toThrow(/queue name/);
    }
    expect(seen).toEqual([]);
  });

  it("lists every page by the links' next, with detailed and name sent by their wire names", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/queues`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        const page = marker === null ? ["a", "b"] : marker === "b" ? ["c"] : [];
        return HttpResponse.json({
          queues: page.map((name) => ({ name, href: `/v2/queues/${name}`, metadata: {} })),
          links: page.length ? [{ rel: "next", href: `/v2/queues?marker=${page.at(-1)}&detailed=true&limit=2` }] : [],
        });
      }),
    );
    const all = await facade.listQueues({ detailed: true, limit: 2 });
    expect(all.map((q) => q.name)).toEqual(["a", "b", "c"]);
    expect(seen.map(sent)).toEqual([
      "GET /v2/queues?detailed=true&limit=2",
      "GET /v2/queues?marker=b&detailed=true&limit=2",
      "GET /v2/queues?marker=c&detailed=true&limit=2",
    ]);
  });

  it("patches metadata with Zaqar's JSON-patch media type", async () => {
    const { facade, seen } = setup();
    server.use(http.patch(`${API}/queues/:name`, () => HttpResponse.json({ owner: "you" })));
    const operations = [{ op: "replace", path: "/metadata/owner", value: "you" }] as const;
    expect(await facade.updateQueue({ name: "q", operations })).toEqual({ owner: "you" });
    expect(seen[0]!.headers.get("content-type")).toBe("application/openstack-messaging-v2.0-json-patch");
    expect(await seen[0]!.json()).toEqual(operations);
  });

  it("turns a pre-signed URL's grant into the headers a tokenless request carries", () => {
    const signed = {
      project: "p",
      paths: ["/v2/queues/q/messages", "/v2/queues/q/claims"],
      methods: ["GET", "POST"],
      expires: "2030-01-01T00:00:00",
      signature: "abc",
    };
    expect(signedUrlHeaders(signed)).toEqual({
      "URL-Signature": "abc",
      "URL-Expires": "2030-01-01T00:00:00",
      "URL-Methods": "GET,POST",
      "URL-Paths": "/v2/queues/q/messages,/v2/queues/q/claims",
      "X-Project-ID": "p",
    });
  });
});
