import { MicroversionError } from "@openstack-ts/core";
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

  it("deletes another user's key pair with user_id (2.10, admin), refused below 2.10 before any request", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(`${API}/os-keypairs/:name`, () => accepted()));
    await facade.deleteKeypair("keypair-5d935425", { user_id: "fake" });
    expect(seen.map(sent)).toEqual(["DELETE /v2.1/os-keypairs/keypair-5d935425?user_id=fake"]);
    expect(microversionOf(seen[0]!)).toBe("2.91");
    // Nova before 2.10 ignores user_id: the admin's own key pair of that name would go.
    const old = setup({ maxMicroversion: "2.9" });
    const early = old.facade.deleteKeypair("keypair-5d935425", { user_id: "fake" });
    await expect(early).rejects.toBeInstanceOf(MicroversionError);
    await expect(early).rejects.toThrow(
      "deleteKeypair: 'user_id' needs microversion 2.10 or later, but this call uses 2.9",
    );
    await expect(old.facade.getKeypair("keypair-5d935425", { user_id: "fake" })).rejects.toThrow(
      "getKeypair: 'user_id' needs microversion 2.10",
    );
    await expect(old.facade.createKeypair({ name: "k", public_key: PUBLIC_KEY, user_id: "fake" })).rejects.toThrow(
      "createKeypair: 'user_id' needs microversion 2.10",
    );
    await expect(old.facade.deleteKeypair("keypair-5d935425", { userid: "fake" } as never)).rejects.toThrow(
      "deleteKeypair has no option 'userid'; it takes: signal, ignoreMissing, user_id",
    );
    expect(old.seen).toEqual([]);
  });
});
