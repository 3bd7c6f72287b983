import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { microseconds } from "../engine/time.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { findOwned, manilaLinks, manilaList, ownedBy } from "./manila.js";

const FILTERS = ["name", "status", "share_id"];

const snapshotView = (ctx: Ctx, snapshot: Row): Row => ({
  ...snapshot,
  links: manilaLinks(ctx, `snapshots/${snapshot["id"]}`),
});

/** Where the dummy driver says a snapshot lives. */
const providerLocation = (snapshot: Row) =>
  `/path/to/fake/snapshot/snapshot_${String(snapshot["id"]).replace(/-/g, "_")}_${uuid().replace(/-/g, "_")}`;

/** Manila's share snapshots: `creating` then `available` (the dummy driver's location), renamed, `deleting` then gone. */
export function snapshotRoutes(): Route[] {
  const snapshots = (ctx: Ctx) => ctx.cloud.state.shareSnapshots;
  const list = (detail: boolean) => (ctx: Ctx) =>
    json(
      manilaList(ctx, ownedBy(ctx, snapshots(ctx)), "snapshots", FILTERS, (s) =>
        detail
          ? snapshotView(ctx, s)
          : { id: s["id"], name: s["name"], links: manilaLinks(ctx, `snapshots/${s["id"]}`) },
      ),
    );
  return [
    { method: "GET", path: "v2/snapshots", handle: list(false) },
    { method: "GET", path: "v2/snapshots/detail", handle: list(true) },
    {
      method: "POST",
      path: "v2/snapshots",
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["snapshot"] ?? {};
        const share = findOwned(ctx, ctx.cloud.state.shares, input["share_id"]);
        if (share["status"] !== "available") fail(400, `Invalid share: Share ${share["id"]} status must be available.`);
        const auth = authOf(ctx);
        const snapshot: Row = {
          id: uuid(),
          share_id: share["id"],
          share_size: share["size"],
          created_at: microseconds(ctx.cloud.now()),
          status: "creating",
          name: input["name"] ?? null,
          description: input["description"] ?? null,
          size: share["size"],
          share_proto: share["share_proto"],
          provider_location: null,
          user_id: auth.userId,
          project_id: auth.projectId,
          metadata: input["metadata"] ?? {},
        };
        snapshots(ctx).push(snapshot);
        ctx.cloud.later(() =>
          Object.assign(snapshot, { status: "available", provider_location: providerLocation(snapshot) }),
        );
        return json({ snapshot: snapshotView(ctx, snapshot) }, 202);
      },
    },
    {
      method: "GET",
      path: "v2/snapshots/:id",
      handle: (ctx) => json({ snapshot: snapshotView(ctx, findOwned(ctx, snapshots(ctx), ctx.params["id"])) }),
    },
    {
      method: "PUT",
      path: "v2/snapshots/:id",
      handle: async (ctx) => {
        const snapshot = findOwned(ctx, snapshots(ctx), ctx.params["id"]);
        const input: Row = (await ctx.body())["snapshot"] ?? {};
        for (const field of ["name", "description"]) {
          const given = input[field] ?? input[`display_${field}`];
          if (given !== undefined) snapshot[field] = given;
        }
        return json({ snapshot: snapshotView(ctx, snapshot) });
      },
    },
    {
      method: "DELETE",
      path: "v2/snapshots/:id",
      handle: (ctx) => {
        const snapshot = findOwned(ctx, snapshots(ctx), ctx.params["id"]);
        snapshot["status"] = "deleting";
        ctx.cloud.later(() => {
          const { state } = ctx.cloud;
          state.shareSnapshots = state.shareSnapshots.filter((s) => s !== snapshot);
        });
        return empty(202);
      },
    },
  ];
}
