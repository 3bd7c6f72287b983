// Zaqar on the real service (e2e/cloud/services/zaqar.sh: messages in the cloud's Swift,
// queues in PostgreSQL): queues with metadata and stats, messages posted, listed across
// pages, read, deleted by id and popped, claims made, renewed and released, subscriptions,
// a pre-signed URL used without a token, and the session's Client-ID as Zaqar sees it.
import { Connection, ForbiddenError, message, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();

/** A fresh queue of the admin project, deleted after the file. */
async function freshQueue(what: string, metadata?: Record<string, unknown>) {
  const name = uniqueName(`zq-${what}`)
    .replace(/[^a-zA-Z0-9_-]/g, "-")
    .slice(0, 64);
  const queue = await conn.message.createQueue({ name, ...(metadata && { metadata }) });
  later(`queue ${name}`, () => conn.message.deleteQueue(name));
  return queue;
}

describe("queues on the real Zaqar", () => {
  it("creates a queue with metadata, gets it, patches its metadata, lists and finds it, deletes it", async () => {
    const queue = await freshQueue("queue", { description: "made by e2e", _default_message_ttl: 600 });
    const got = await conn.message.getQueue(queue.name);
    expect(got.name).toBe(queue.name);
    // Zaqar fills in its reserved settings
    expect(got.metadata).toMatchObject({ description: "made by e2e", _default_message_ttl: 600 });
    expect(got.metadata).toHaveProperty("_max_messages_post_size");

    const patched = await conn.message.updateQueue({
      name: queue.name,
      operations: [
        { op: "replace", path: "/metadata/description", value: "changed" },
        { op: "add", path: "/metadata/owner", value: "e2e" },
      ],
    });
    expect(patched).toMatchObject({ description: "changed", owner: "e2e" });
    expect((await conn.message.getQueue(queue)).metadata).toMatchObject({ description: "changed", owner: "e2e" });

    const detailed = await conn.message.listQueues({ detailed: true, name: queue.name });
    expect(detailed.map((q) => [q.name, q.metadata?.["owner"]])).toEqual([[queue.name, "e2e"]]);
    expect((await conn.message.findQueue(queue.name))?.name).toBe(queue.name);
    expect(await conn.message.findQueue(`${queue.name}-absent`)).toBeNull();

    await conn.message.deleteQueue(queue);
    expect(await conn.message.findQueue(queue.name)).toBeNull();
    // queues are lazy to Zaqar: any name reads as a queue with the default settings
    expect((await conn.message.getQueue(queue.name)).metadata).not.toHaveProperty("owner");
  });

  it("lists queues across pages (links next, marker by name)", async () => {
    const made = [await freshQueue("page"), await freshQueue("page"), await freshQueue("page")].map((q) => q.name);
    const pages: string[][] = [];
    for await (const page of conn.message.listQueues({ limit: 1 }).pages()) pages.push(page.map((q) => q.name));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(made));
    expect(new Set(pages.flat()).size).toBe(pages.flat().length);
  });
});

describe("messages on the real Zaqar", () => {
  it("posts messages, lists them across pages with echo, reads one and several, deletes by id, pops, counts them", async () => {
    const queue = await freshQueue("messages");
    const bodies = [{ n: 1 }, "two", [3], { n: 4 }, { n: 5 }];
    const posted = await conn.message.postMessage({
      queue_name: queue.name,
      messages: bodies.map((body) => ({ body, ttl: 300 })),
    });
    expect(posted).toHaveLength(5);
    const ids = posted.map((href) => href.split("/").pop()!);

    // our own messages: Zaqar leaves them out unless echo (the session's Client-ID is the same)
    expect(await conn.message.listMessages({ queue_name: queue.name })).toEqual([]);
    const pages: string[][] = [];
    for await (const page of conn.message.listMessages({ queue_name: queue.name, echo: true, limit: 2 }).pages()) {
      pages.push(page.map((m) => m.id));
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(ids);

    // another Client-ID sees them without echo
    const other = "2a5e8f36-6a3f-4c53-9c9e-1f0f3c6d7b10";
    expect((await conn.message.listMessages({ queue_name: queue.name }, { clientId: other })).map((m) => m.id)).toEqual(
      ids,
    );

    const one = await conn.message.getMessage(ids[1]!, { queue_name: queue.name });
    expect(one).toMatchObject({ id: ids[1], body: "two", ttl: 300 });
    const some = await conn.message.getMessagesByIds({ queue_name: queue.name, ids: [ids[0]!, ids[3]!] });
    expect(some.map((m) => m.id).sort()).toEqual([ids[0], ids[3]].sort());

    expect(await conn.message.getQueueStats({ name: queue.name })).toMatchObject({ free: 5, claimed: 0, total: 5 });

    await conn.message.deleteMessage(ids[0]!, { queue_name: queue.name });
    await expect(conn.message.getMessage(ids[0]!, { queue_name: queue.name })).rejects.toBeInstanceOf(NotFoundError);
    await conn.message.deleteMessagesByIds({ queue_name: queue.name, ids: [ids[1]!, ids[2]!] });
    const left = await conn.message.listMessages({ queue_name: queue.name, echo: true });
    expect(left.map((m) => m.id)).toEqual([ids[3], ids[4]]);

    const popped = await conn.message.popMessages({ queue_name: queue.name, pop: 1 });
    expect(popped).toHaveLength(1);
    expect([ids[3], ids[4]]).toContain(popped[0]!.id);
    expect((await conn.message.getQueueStats({ name: queue.name })).total).toBe(1);

    await conn.message.purgeQueue({ name: queue.name, resource_types: ["messages"] });
    expect((await conn.message.getQueueStats({ name: queue.name })).total).toBe(0);
  });
});

describe("claims on the real Zaqar", () => {
  it("claims free messages, reads the claim, renews it, deletes a claimed message with its claim id, releases it", async () => {
    const queue = await freshQueue("claims");
    await conn.message.postMessage({
      queue_name: queue.name,
      messages: [1, 2, 3].map((n) => ({ body: { n }, ttl: 300 })),
    });

    const claim = await conn.message.createClaim({ queue_name: queue, ttl: 120, grace: 60, limit: 2 });
    expect(claim).not.toBeNull();
    expect(claim!.messages).toHaveLength(2);
    expect(await conn.message.getQueueStats({ name: queue.name })).toMatchObject({ claimed: 2, free: 1 });

    const read = await conn.message.getClaim(claim!.id, { queue_name: queue.name });
    // the seconds it has left (Zaqar's Swift store), at most what was asked
    expect(read.ttl).toBeLessThanOrEqual(120);
    expect(read.ttl).toBeGreaterThan(60);
    expect(read.messages.map((m) => m.href).sort()).toEqual(claim!.messages.map((m) => m.href).sort());

    await conn.message.updateClaim({ queue_name: queue.name, claim: claim!.id, ttl: 300, grace: 60 });
    expect((await conn.message.getClaim(claim!.id, { queue_name: queue.name })).ttl).toBeGreaterThan(120);

    // a claimed message goes only with its claim's id
    const claimedId = new URL(claim!.messages[0]!.href!, "http://x").pathname.split("/").pop()!;
    await expect(conn.message.deleteMessage(claimedId, { queue_name: queue.name })).rejects.toThrow();
    await conn.message.deleteMessage(claimedId, { queue_name: queue.name, claim_id: claim!.id });

    await conn.message.deleteClaim(claim!.id, { queue_name: queue.name });
    await expect(conn.message.getClaim(claim!.id, { queue_name: queue.name })).rejects.toBeInstanceOf(NotFoundError);
    expect(await conn.message.getQueueStats({ name: queue.name })).toMatchObject({ claimed: 0, free: 2 });

    // an empty queue has nothing to claim
    const empty = await freshQueue("claims-empty");
    expect(await conn.message.createClaim({ queue_name: empty, ttl: 60, grace: 60 })).toBeNull();
  });
});

describe("subscriptions on the real Zaqar", () => {
  it("subscribes, gets, lists across pages, updates, deletes", async () => {
    const queue = await freshQueue("subs");
    const a = await conn.message.createSubscription({
      queue_name: queue,
      subscriber: "http://127.0.0.1:9/a",
      ttl: 600,
    });
    const b = await conn.message.createSubscription({
      queue_name: queue,
      subscriber: "http://127.0.0.1:9/b",
      ttl: 600,
      options: { note: "e2e" },
    });
    const got = await conn.message.getSubscription(b);
    expect(got).toMatchObject({ id: b.id, subscriber: "http://127.0.0.1:9/b", ttl: 600, options: { note: "e2e" } });

    const pages: string[][] = [];
    for await (const page of conn.message.listSubscriptions({ queue_name: queue.name, limit: 1 }).pages()) {
      pages.push(page.map((s) => s.id));
    }
    expect(pages.flat().sort()).toEqual([a.id, b.id].sort());

    await conn.message.updateSubscription({ queue_name: queue.name, subscription: a.id, ttl: 900, options: { x: 1 } });
    expect(await conn.message.getSubscription(a)).toMatchObject({ ttl: 900, options: { x: 1 } });

    await conn.message.deleteSubscription(a);
    await expect(conn.message.getSubscription(a)).rejects.toBeInstanceOf(NotFoundError);
    expect((await conn.message.listSubscriptions({ queue_name: queue.name })).map((s) => s.id)).toEqual([b.id]);
  });
});

describe("pre-signed URLs, health and the Client-ID on the real Zaqar", () => {
  it("signs a queue's messages for GET and POST, and the signature alone (no token) posts and lists", async () => {
    const queue = await freshQueue("signed");
    const signed = await conn.message.createQueueSignedUrl({
      name: queue.name,
      paths: ["messages"],
      methods: ["GET", "POST"],
    });
    expect(signed.paths).toEqual([`/v2/queues/${queue.name}/messages`]);
    const url = `http://127.0.0.1:8888${signed.paths[0]}`;
    const headers = {
      ...message.signedUrlHeaders(signed),
      "Client-ID": "0c9b0d5e-7b8a-4d0e-9a57-4f9a8e1c2b3d",
      "Content-Type": "application/json",
    };
    const post = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify({ messages: [{ body: "signed", ttl: 60 }] }),
    });
    expect(post.status).toBe(201);
    const list = await fetch(`${url}?echo=true`, { headers });
    expect(((await list.json()) as { messages: { body: unknown }[] }).messages.map((m) => m.body)).toEqual(["signed"]);
    // the signature does not cover DELETE, and a changed one is refused (Zaqar says 404 to both)
    expect((await fetch(url, { method: "DELETE", headers })).status).toBe(404);
    const forged = { ...headers, "URL-Signature": signed.signature.replace(/.$/, (c) => (c === "0" ? "1" : "0")) };
    expect((await fetch(url, { headers: forged })).status).toBe(404);
  });

  it("pings; the health report is the admin's alone (and the Swift store has none to give)", async () => {
    expect(await conn.message.ping()).toBe(true);
    // Zaqar's Swift driver has no health checks (NotImplementedError, in zaqar.log): the
    // admin, whom the policy lets in, gets Zaqar's 503; the report's shape is proven by the
    // API reference's sample (test/api-samples)
    await expect(conn.message.getHealth()).rejects.toMatchObject({ status: 503 });
    const member = new Connection(demo);
    await expect(member.message.getHealth()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sends one Client-ID per connection, a UUID, and another for another connection", async () => {
    const id = conn.message.getClientId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(conn.message.getClientId()).toBe(id);
    expect(new Connection(admin).message.getClientId()).not.toBe(id);
    // Zaqar refuses a Client-ID that is no UUID: the SDK refuses it before asking
    await expect(conn.message.listQueues({}, { clientId: "not-a-uuid" })).rejects.toThrow(/clientId.*UUID/);
  });
});
