// Zaqar's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a queue made with metadata, read with Zaqar's defaults, patched and
// paged through; messages posted, listed by page with and without echo, read, deleted and
// popped; a claim made, read, renewed and released, with the queue's counts at each step.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const made: string[] = [];
afterAll(async () => {
  for (const name of made) await conn.message.deleteQueue(name);
});

async function queue(what: string, metadata?: Record<string, unknown>) {
  const name = uniqueName(`mq-${what}`).replace(/[^a-zA-Z0-9_-]/g, "-");
  made.push(name);
  return conn.message.createQueue({ name, ...(metadata && { metadata }) });
}

describe("queues", () => {
  it("is made with metadata, read with Zaqar's defaults filled in, patched, listed by name and by page", async () => {
    const q = await queue("queue", { description: "fidelity" });
    const got = await conn.message.getQueue(q.name);
    expect(got.metadata).toMatchObject({
      description: "fidelity",
      _default_message_ttl: 3600,
      _max_messages_post_size: 262144,
    });
    const patched = await conn.message.updateQueue({
      name: q.name,
      operations: [{ op: "add", path: "/metadata/owner", value: "mock" }],
    });
    // the answer is the metadata with Zaqar's reserved settings, as a read gives it
    expect(patched).toEqual({ ...got.metadata, owner: "mock" });
    // and keeps it so: the detailed listing shows the reserved settings too
    expect(await conn.message.listQueues({ name: q.name, detailed: true })).toEqual([
      { name: q.name, href: `/v2/queues/${q.name}`, metadata: patched },
    ]);
    const others = [await queue("page"), await queue("page")];
    const pages: string[][] = [];
    for await (const page of conn.message.listQueues({ limit: 1 }).pages()) pages.push(page.map((p) => p.name));
    expect(pages.every((p) => p.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining([q.name, ...others.map((o) => o.name)]));
  });
});

describe("messages", () => {
  it("are posted, listed by page with echo (ours) and without it (another client's), read, deleted and popped", async () => {
    const q = await queue("messages");
    const hrefs = await conn.message.postMessage({
      queue_name: q.name,
      messages: ["a", "b", "c"].map((body) => ({ body, ttl: 300 })),
    });
    const ids = hrefs.map((href) => href.split("/").pop()!);
    expect(hrefs[0]).toBe(`/v2/queues/${q.name}/messages/${ids[0]}`);
    expect(await conn.message.listMessages({ queue_name: q.name })).toEqual([]);
    const pages: string[][] = [];
    for await (const page of conn.message.listMessages({ queue_name: q.name, echo: true, limit: 2 }).pages()) {
      pages.push(page.map((m) => m.id));
    }
    expect(pages).toEqual([ids.slice(0, 2), ids.slice(2)]);
    const stranger = "7d0a4c52-3e2b-4f1a-9c8d-6e5f4a3b2c1d";
    const seen = await conn.message.listMessages({ queue_name: q.name }, { clientId: stranger });
    expect(seen.map((m) => [m.id, m.body, m.ttl])).toEqual(ids.map((id, i) => [id, ["a", "b", "c"][i], 300]));

    expect(await conn.message.getMessage(ids[0]!, { queue_name: q.name })).toMatchObject({ id: ids[0], body: "a" });
    expect((await conn.message.getMessagesByIds({ queue_name: q.name, ids: [ids[1]!] })).map((m) => m.id)).toEqual([
      ids[1],
    ]);
    await conn.message.deleteMessagesByIds({ queue_name: q.name, ids: [ids[0]!] });
    expect((await conn.message.popMessages({ queue_name: q.name, pop: 1 })).map((m) => m.id)).toEqual([ids[1]]);
    expect(await conn.message.getQueueStats({ name: q.name })).toMatchObject({ free: 1, claimed: 0, total: 1 });
  });
});

describe("claims", () => {
  it("take free messages, are read and renewed, guard their messages, and give them back when released", async () => {
    const q = await queue("claims");
    await conn.message.postMessage({ queue_name: q.name, messages: [1, 2, 3].map((n) => ({ body: n, ttl: 300 })) });
    const claim = await conn.message.createClaim({ queue_name: q, ttl: 100, grace: 60, limit: 2 });
    expect(claim?.messages.map((m) => m.body)).toEqual([1, 2]);
    expect(claim?.messages[0]?.href).toContain(`?claim_id=${claim?.id}`);
    expect(await conn.message.getQueueStats({ name: q.name })).toMatchObject({ free: 1, claimed: 2, total: 3 });
    // a claim's ttl reads as the seconds it has left (Zaqar's Swift store): at most what was asked
    const read = await conn.message.getClaim(claim!.id, { queue_name: q.name });
    expect(read.ttl).toBeLessThanOrEqual(100);
    expect(read.ttl).toBeGreaterThan(60);
    await conn.message.updateClaim({ queue_name: q.name, claim: claim!.id, ttl: 200 });
    const renewed = await conn.message.getClaim(claim!.id, { queue_name: q.name });
    expect(renewed.ttl).toBeGreaterThan(100);
    expect(renewed.ttl).toBeLessThanOrEqual(200);
    expect(renewed.messages).toHaveLength(2);

    const second = await conn.message.createClaim({ queue_name: q, ttl: 60, grace: 60 });
    expect(second?.messages.map((m) => m.body)).toEqual([3]);
    expect(await conn.message.createClaim({ queue_name: q, ttl: 60, grace: 60 })).toBeNull();

    await conn.message.deleteClaim(claim!.id, { queue_name: q.name });
    await conn.message.deleteClaim(second!.id, { queue_name: q.name });
    expect(await conn.message.getQueueStats({ name: q.name })).toMatchObject({ free: 3, claimed: 0, total: 3 });
  });
});
