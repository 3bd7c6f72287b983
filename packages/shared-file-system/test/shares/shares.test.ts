import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, manilaCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = manilaCloud();

const share = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `share-${id}`,
  share_proto: "NFS",
  size: 1,
  status: "available",
  ...extra,
});

describe("shares", () => {
  it("lists /shares/detail and walks pages by offset, never by the marker Manila ignores", async () => {
    const { facade, seen } = setup();
    const all = ["a", "b", "c"].map((id) => share(id));
    server.use(
      http.get(`${API}/shares/detail`, ({ request }) => {
        const url = new URL(request.url);
        const limit = Number(url.searchParams.get("limit") ?? all.length);
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const page = all.slice(offset, offset + limit);
        // Manila's own next link: a marker it would not read, on the summary list
        const links =
          page.length === limit
            ? [{ rel: "next", href: `${API}/shares?limit=${limit}&marker=${page.at(-1)!.id}` }]
            : [];
        return HttpResponse.json({ shares: page, shares_links: links });
      }),
    );
    const pages: string[][] = [];
    for await (const page of facade.listShares({ limit: 2 }).pages()) pages.push(page.map((s) => s.id));
    expect(pages).toEqual([["a", "b"], ["c"]]);
    expect(seen.map(sent)).toEqual(["GET /v2/shares/detail?limit=2", "GET /v2/shares/detail?limit=2&offset=2"]);
  });

  it("asks for Zed's microversion in Manila's header, or the server's highest when lower", async () => {
    server.use(http.get(`${API}/shares/detail`, () => HttpResponse.json({ shares: [] })));
    const zed = setup();
    await zed.facade.listShares();
    expect(microversionOf(zed.seen[0]!)).toBe("2.73");
    const older = setup({ maxMicroversion: "2.51" });
    await older.facade.listShares();
    expect(microversionOf(older.seen[0]!)).toBe("2.51");
  });

  it("refuses a filter the server's microversion does not know, before any request", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.30" });
    await expect(facade.listShares({ "name~": "x" })).rejects.toThrow(/name~.*2\.36/);
    expect(seen).toEqual([]);
  });

  it("creates in the share envelope and refuses read-only fields", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/shares`, () => HttpResponse.json({ share: share("n", { status: "creating" }) })));
    const made = await facade.createShare({ share_proto: "NFS", size: 1, name: "x" });
    expect(made.status).toBe("creating");
    expect(await seen[0]!.json()).toEqual({ share: { share_proto: "NFS", size: 1, name: "x" } });
    // @ts-expect-error: the server sets status
    await expect(facade.createShare({ share_proto: "NFS", size: 1, status: "available" })).rejects.toThrow(/status/);
  });

  it("updates with Manila's display_ names, which are the only ones its update reads", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/shares/s1`, () => HttpResponse.json({ share: share("s1", { name: "new" }) })));
    const updated = await facade.updateShare({ share: "s1", name: "new", description: null, is_public: true });
    expect(updated.name).toBe("new");
    expect(await seen[0]!.json()).toEqual({
      share: { display_name: "new", display_description: null, is_public: true },
    });
  });

  it("sends the actions to shares/{id}/action with their bodies", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/shares/s1/action`, () => new HttpResponse(null, { status: 202 })));
    await facade.extendShare({ share: "s1", new_size: 2 });
    await facade.extendShare({ share: share("s1"), new_size: 3, force: true });
    await facade.shrinkShare({ share: "s1", new_size: 1 });
    await facade.revertShareToSnapshot({ share: "s1", snapshot_id: { id: "snap" } });
    await facade.unmanageShare({ share: "s1" });
    await facade.resetShareStatus({ share: "s1", status: "error" });
    await facade.forceDeleteShare({ share: "s1" });
    await facade.softDeleteShare({ share: "s1" });
    await facade.restoreShare({ share: "s1" });
    const bodies = await Promise.all(seen.map((r) => r.json()));
    expect(bodies).toEqual([
      { extend: { new_size: 2 } },
      { extend: { new_size: 3, force: true } },
      { shrink: { new_size: 1 } },
      { revert: { snapshot_id: "snap" } },
      { unmanage: null },
      { reset_status: { status: "error" } },
      { force_delete: null },
      { soft_delete: null },
      { restore: null },
    ]);
    expect(new Set(seen.map(sent))).toEqual(new Set(["POST /v2/shares/s1/action"]));
  });

  it("refuses an action the server's microversion is too old for, before any request", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.26" });
    await expect(facade.revertShareToSnapshot({ share: "s1", snapshot_id: "x" })).rejects.toThrow(/2\.27/);
    await expect(facade.extendShare({ share: "s1", new_size: 2, force: true })).rejects.toThrow(/2\.64/);
    expect(seen).toEqual([]);
  });

  it("deletes a share of a group naming its group", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(`${API}/shares/s1`, () => new HttpResponse(null, { status: 202 })));
    await facade.deleteShare("s1", { share_group_id: "g1" });
    expect(seen.map(sent)).toEqual(["DELETE /v2/shares/s1?share_group_id=g1"]);
  });

  it("waits for a share until available, and fails on error", async () => {
    const { facade } = setup();
    let reads = 0;
    server.use(
      http.get(`${API}/shares/s1`, () =>
        HttpResponse.json({ share: share("s1", { status: ++reads < 3 ? "creating" : "available" }) }),
      ),
      http.get(`${API}/shares/bad`, () => HttpResponse.json({ share: share("bad", { status: "error" }) })),
    );
    expect((await facade.waitForShare("s1", { status: "available", interval: 1 })).status).toBe("available");
    await expect(facade.waitForShare("bad", { status: "available", interval: 1 })).rejects.toThrow(/went to ERROR/);
  });
});
