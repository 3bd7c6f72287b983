// openstack-ts beside Python's openstacksdk on the same Zaqar: the same queues, messages and
// subscriptions, in the same order, from the same lists (in full, by page size, by name).
// What we make here we make with our SDK; openstacksdk only lists (e2e/support/message-sdk.py).
// Claims have no list in Zaqar; openstacksdk's create_claim fails on this Zaqar (it reads the
// claim's id from a `location` attribute its Claim does not have), so claims are proven in
// message.test.ts alone.
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";
import { pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const later = undoLater();

interface Ask {
  method: "queues" | "messages" | "subscriptions";
  args?: string[];
  query?: Record<string, string | number | boolean>;
  fields: string[];
}

/** openstacksdk's items for each list (support/message-sdk.py), as the admin of clouds.yaml's `local` cloud. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists, { script: "message-sdk.py" });

const tag = uniqueName("zqp").replace(/[^a-zA-Z0-9_-]/g, "-");
const made = { queues: [] as string[], messages: [] as string[], subscriptions: [] as string[] };

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    const queue = await conn.message.createQueue({ name: `${tag}-${i}`, metadata: { parity: i } });
    later(`queue ${queue.name}`, () => conn.message.deleteQueue(queue));
    made.queues.push(queue.name);
  }
  const queue = made.queues[0]!;
  const posted = await conn.message.postMessage({
    queue_name: queue,
    messages: [0, 1, 2, 3].map((n) => ({ body: { n }, ttl: 600 })),
  });
  made.messages = posted.map((href) => href.split("/").pop()!);
  for (const port of [1, 2, 3]) {
    const sub = await conn.message.createSubscription({
      queue_name: queue,
      subscriber: `http://127.0.0.1:${port}/`,
      ttl: 600,
    });
    made.subscriptions.push(sub.id);
  }
}, 120_000);

describe("Zaqar beside openstacksdk", () => {
  it("lists the same queues (names, in order), in full and by page size", async () => {
    const ours = async () => ({
      all: (await conn.message.listQueues()).map((q) => q.name),
      paged: (await conn.message.listQueues({ limit: 2 })).map((q) => q.name),
    });
    const before = await ours();
    const python = openstacksdk({
      all: { method: "queues", fields: ["name"] },
      paged: { method: "queues", query: { limit: 2 }, fields: ["name"] },
    });
    const theirs = { all: python.all!.map((r) => r["name"]), paged: python.paged!.map((r) => r["name"]) };
    expect([before, await ours()]).toContainEqual(theirs);
    expect(theirs.all).toEqual(expect.arrayContaining(made.queues));
    expect(theirs.paged).toEqual(theirs.all);
  });

  it("lists the same messages (ids, bodies, ttls, in order) and the same subscriptions of a queue", async () => {
    const queue = made.queues[0]!;
    // openstacksdk sends a Client-ID of its own: the messages are not its, so it sees them without echo
    const python = openstacksdk({
      messages: { method: "messages", args: [queue], fields: ["id", "body", "ttl"] },
      paged: { method: "messages", args: [queue], query: { limit: 3 }, fields: ["id"] },
      subscriptions: { method: "subscriptions", args: [queue], fields: ["id", "subscriber", "ttl"] },
    });
    const messages = await conn.message.listMessages({ queue_name: queue, echo: true });
    expect(python.messages).toEqual(messages.map((m) => ({ id: m.id, body: m.body, ttl: m.ttl })));
    expect(python.messages!.map((r) => r["id"])).toEqual(made.messages);
    const paged = await conn.message.listMessages({ queue_name: queue, echo: true, limit: 3 });
    expect(python.paged!.map((r) => r["id"])).toEqual(paged.map((m) => m.id));

    const subscriptions = await conn.message.listSubscriptions({ queue_name: queue });
    expect(python.subscriptions).toEqual(
      subscriptions.map((s) => ({ id: s.id, subscriber: s.subscriber, ttl: s.ttl })),
    );
    expect(subscriptions.map((s) => s.id).sort()).toEqual([...made.subscriptions].sort());
  });
});
