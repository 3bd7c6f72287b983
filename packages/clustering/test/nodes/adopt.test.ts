import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, senlinCloud } from "../fixtures.js";

const { server, setup } = senlinCloud();

describe("adopting a server as a node", () => {
  it("always sends overrides (null unless given): Zed answers 500 to a body without it", async () => {
    const { facade, seen } = setup();
    const spec = { type: "os.nova.server", version: "1.0", properties: { flavor: "m1.tiny" } };
    server.use(
      http.post(`${API}/nodes/adopt-preview`, () => HttpResponse.json({ node_profile: { node_preview: spec } })),
    );
    expect(await facade.adoptNodePreview({ type: "os.nova.server-1.0", identity: "s1" })).toEqual({
      node_profile: { node_preview: spec },
    });
    await facade.adoptNodePreview({ type: "os.nova.server-1.0", identity: "s1", overrides: { flavor: "m1.small" } });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { type: "os.nova.server-1.0", identity: "s1", overrides: null },
      { type: "os.nova.server-1.0", identity: "s1", overrides: { flavor: "m1.small" } },
    ]);
  });
});
