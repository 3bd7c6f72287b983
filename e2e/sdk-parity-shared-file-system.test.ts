// openstack-ts beside Python's openstacksdk on the same Manila: the same ids, in the same order,
// from the same lists of shares and share snapshots, and of the storage pools and user
// messages Debian's openstacksdk (0.101) lists. That openstacksdk takes no filters on shares
// and snapshots (it refuses `name`, `status`: "Invalid query params"): our filtered lists are
// compared with its whole list, filtered here. Its availability_zones() sends no microversion,
// and Manila (2.0) answers 404 at `availability-zones` (2.7 and later): it cannot list them.
// What we make here we make with our SDK; openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";
import { type Row, pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const manila = conn.sharedFileSystem;
const later = undoLater();
const AVAILABLE = { status: "available", interval: 300, timeout: 90_000 } as const;

interface Ask {
  service: "shared_file_system";
  method: "shares" | "share_snapshots" | "storage_pools" | "user_messages";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list, as the admin of clouds.yaml's `local`. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists);

const ids = (rows: readonly { id?: unknown; name?: unknown }[]) => rows.map((row) => row.id ?? row.name);

describe("Manila side by side with openstacksdk", () => {
  let shareName = "";
  let snapshotName = "";

  beforeAll(async () => {
    shareName = uniqueName("parity");
    snapshotName = uniqueName("parity-snap");
    const made = [0, 1].map(() => manila.createShare({ share_proto: "NFS", size: 1, name: shareName }));
    for (const share of await Promise.all(made)) {
      later(`share ${share.id}`, async () => {
        await manila.deleteShare(share);
        await manila.waitForDeleteShare(share, { interval: 300, timeout: 90_000 });
      });
      await manila.waitForShare(share, AVAILABLE);
    }
    const [first] = await manila.listShares({ name: shareName });
    const snapshot = await manila.createShareSnapshot({ share_id: first!.id, name: snapshotName });
    later(`snapshot ${snapshot.id}`, async () => {
      await manila.deleteShareSnapshot(snapshot);
      await manila.waitForDeleteShareSnapshot(snapshot, { interval: 300, timeout: 90_000 });
    });
    await manila.waitForShareSnapshot(snapshot, AVAILABLE);
  }, 180_000);

  it("lists the same shares and snapshots, unfiltered and filtered, with the same fields", async () => {
    const python = openstacksdk({
      shares: { service: "shared_file_system", method: "shares", fields: ["name", "status", "size"] },
      snapshots: { service: "shared_file_system", method: "share_snapshots", fields: ["name", "share_id"] },
    });
    const where = (rows: Row[], field: string, value: unknown) => rows.filter((row) => row[field] === value);
    const shares = await manila.listShares();
    expect(ids(shares)).toEqual(ids(python.shares!));
    expect(shares.map(({ id, name, status, size }) => ({ id, name, status, size }))).toEqual(python.shares);
    const named = await manila.listShares({ name: shareName });
    expect(named).toHaveLength(2);
    expect(ids(named)).toEqual(ids(where(python.shares!, "name", shareName)));
    expect(ids(await manila.listShares({ status: "available" }))).toEqual(
      ids(where(python.shares!, "status", "available")),
    );
    // our pages together are openstacksdk's whole list
    const paged: string[] = [];
    for await (const page of manila.listShares({ limit: 2 }).pages()) paged.push(...page.map((s) => s.id));
    expect(paged).toEqual(ids(python.shares!));

    const snapshots = await manila.listShareSnapshots();
    expect(snapshots.map(({ id, name, share_id }) => ({ id, name, share_id }))).toEqual(python.snapshots);
    expect(ids(await manila.listShareSnapshots({ name: snapshotName }))).toEqual(
      ids(where(python.snapshots!, "name", snapshotName)),
    );
  });

  it("lists the same storage pools and user messages", async () => {
    const python = openstacksdk({
      pools: { service: "shared_file_system", method: "storage_pools", fields: ["name"] },
      poolsOfBackend: {
        service: "shared_file_system",
        method: "storage_pools",
        query: { backend: "dummy" },
        fields: ["name"],
      },
      messages: { service: "shared_file_system", method: "user_messages" },
    });
    // openstacksdk names a pool by its name (its id is the name too)
    expect((await manila.listStoragePools()).map((p) => p.name)).toEqual(python.pools!.map((p) => p.name));
    expect((await manila.listStoragePools({ backend: "dummy" })).map((p) => p.name)).toEqual(
      python.poolsOfBackend!.map((p) => p.name),
    );
    expect(ids(await manila.listUserMessages())).toEqual(ids(python.messages!));
  });
});
