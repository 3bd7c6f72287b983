import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, novaError, sent } from "../fixtures.js";
import { generatedKeypairBody, keypairBody, keypairListItem, PUBLIC_KEY } from "./fixtures.js";

const { server, setup } = computeCloud();

describe("keypairs", () => {
  it("lists items out of their own envelopes, following keypairs_links, at 2.91 (generation still allowed)", async () => {
    const { facade, seen } = setup();
    const second = { keypair: { ...keypairListItem.keypair, name: "second" } };
    server.use(
      http.get(`${API}/os-keypairs`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get("marker") === null
            ? {
                keypairs: [keypairListItem],
                keypairs_links: [{ rel: "next", href: `${API}/os-keypairs?limit=1&marker=keypair-5d935425` }],
              }
            : { keypairs: [second] },
        ),
      ),
    );
    const all = await facade.listKeypairs({ user_id: "fake" }, { limit: 1 });
    expect(all.map((k) => k.name)).toEqual(["keypair-5d935425", "second"]);
    expect(all[0]?.type).toBe("ssh");
    // The last page is full and names no next page, so one more is asked by marker (taken
    // inside each item's envelope); this fake answers it with the same page, which ends the list.
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/os-keypairs?user_id=fake&limit=1",
      "GET /v2.1/os-keypairs?limit=1&marker=keypair-5d935425",
      "GET /v2.1/os-keypairs?user_id=fake&limit=1&marker=second",
    ]);
    expect(microversionOf(seen[0]!)).toBe("2.91");
  });

  it("gets and deletes by name, and finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-keypairs/:name`, ({ params }) =>
        params["name"] === "keypair-5d935425"
          ? HttpResponse.json({ keypair: keypairBody })
          : novaError(404, `Keypair ${String(params["name"])} not found for user fake`),
      ),
      http.delete(`${API}/os-keypairs/:name`, () => accepted()),
    );
    const one = await facade.getKeypair("keypair-5d935425");
    expect(one.id).toBe(1);
    expect((await facade.findKeypair("keypair-5d935425"))?.fingerprint).toBe(keypairBody.fingerprint);
    await facade.deleteKeypair(one);
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/os-keypairs/keypair-5d935425",
      "GET /v2.1/os-keypairs/keypair-5d935425",
      "DELETE /v2.1/os-keypairs/keypair-5d935425",
    ]);
  });

  it("creates with a public key, or without one and gets the private key once", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/os-keypairs`, async ({ request }) => {
        const { keypair } = (await request.json()) as { keypair: { name: string; public_key?: string } };
        return HttpResponse.json(
          { keypair: keypair.public_key ? { ...keypairBody, name: keypair.name } : generatedKeypairBody },
          { status: 201 },
        );
      }),
    );
    const imported = await facade.createKeypair({ name: "keypair-5d935425", public_key: PUBLIC_KEY, type: "ssh" });
    expect(imported.private_key).toBeUndefined();
    const generated = await facade.createKeypair({ name: "keypair-ab9ff2e6" });
    expect(generated.private_key).toMatch(/BEGIN RSA PRIVATE KEY/);
    expect(await seen[0]!.json()).toEqual({
      keypair: { name: "keypair-5d935425", public_key: PUBLIC_KEY, type: "ssh" },
    });
    expect(await seen[1]!.json()).toEqual({ keypair: { name: "keypair-ab9ff2e6" } });
    // @ts-expect-error: Nova computes the fingerprint
    await expect(facade.createKeypair({ name: "x", fingerprint: "aa" })).rejects.toThrow(/'fingerprint' cannot be set/);
  });
});
