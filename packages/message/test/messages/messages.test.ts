import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, messageCloud, sent } from "../fixtures.js";

const { server, setup } = messageCloud();
const msg = (id: string) => ({ id, href: `/v2/queues/q/messages/${id}`, body: { id }, ttl: 60, age: 1 });

describe("messages", () => {
  it("sends ids repeated, not joined by an encoded comma Zaqar would read as one id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/queues/q/messages`, () => HttpResponse.json({ messages: [msg("a"), msg("b")] })),
      http.delete(`${API}/queues/q/messages`, () => new HttpResponse(null, { status: 204 })),
    );
    await facade.getMessagesByIds({ queue_name: "q", ids: ["a", "b"] });
    await facade.deleteMessagesByIds({ queue_name: "q", ids: ["a", "b"] });
    expect(seen.map((r) => `${r.method} ${new URL(r.url).search}`)).toEqual([
      "GET ?ids=a&ids=b",
      "DELETE ?ids=a&ids=b",
    ]);
  });

  it("lists with echo and include_claimed by their wire names, every page by the links' next", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/queues/q/messages`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        const page = marker === null ? [msg("a")] : marker === "1" ? [msg("b")] : [];
        const next = `/v2/queues/q/messages?marker=${marker === null ? 1 : 2}&echo=true&include_claimed=true`;
        return HttpResponse.json({ messages: page, links: page.length ? [{ rel: "next", href: next }] : [] });
      }),
    );
    const all = await facade.listMessages({ queue_name: "q", echo: true, include_claimed: true });
    expect(all.map((m) => m.id)).toEqual(["a", "b"]);
    expect(seen.map(sent)).toEqual([
      "GET /v2/queues/q/messages?echo=true&include_claimed=true",
      "GET /v2/queues/q/messages?marker=1&echo=true&include_claimed=true",
      "GET /v2/queues/q/messages?marker=2&echo=true&include_claimed=true",
    ]);
  });

  it("deletes a claimed message with its claim_id, pops, and posts in the envelope Zaqar wants", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/queues/q/messages/:id`, () => new HttpResponse(null, { status: 204 })),
      http.delete(`${API}/queues/q/messages`, () => HttpResponse.json({ messages: [msg("a")] })),
      http.post(`${API}/queues/q/messages`, () =>
        HttpResponse.json({ resources: ["/v2/queues/q/messages/x"] }, { status: 201 }),
      ),
    );
    await facade.deleteMessage("a", { queue_name: "q", claim_id: "c1" });
    expect(await facade.popMessages({ queue_name: "q", pop: 1 })).toEqual([msg("a")]);
    expect(await facade.postMessage({ queue_name: "q", messages: [{ body: "hi", ttl: 60, delay: 5 }] })).toEqual([
      "/v2/queues/q/messages/x",
    ]);
    expect(seen.map(sent)).toEqual([
      "DELETE /v2/queues/q/messages/a?claim_id=c1",
      "DELETE /v2/queues/q/messages?pop=1",
      "POST /v2/queues/q/messages",
    ]);
    expect(await seen[2]!.json()).toEqual({ messages: [{ body: "hi", ttl: 60, delay: 5 }] });
  });
});
