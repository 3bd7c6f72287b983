// Barbican's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): secrets stored as text and as bytes and read back, one made empty
// and given its payload later, lists across pages by offset, find by name, delete.
import { Connection, ConflictError, type keyManager, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const km = conn.keyManager;
const name = uniqueName("msec");
const made: string[] = [];

async function stored(fields: keyManager.SecretCreate): Promise<keyManager.Secret> {
  const secret = await km.createSecret({ name, ...fields });
  made.push(secret.secret_ref);
  return secret;
}

afterAll(async () => {
  for (const ref of made) await km.deleteSecret(ref).catch(() => undefined);
});

describe("secrets", () => {
  it("stores text and bytes and gives each back as stored, with its content type", async () => {
    const text = `pw-${Math.random().toString(36).slice(2)}-é`;
    const plain = await stored({ payload: text });
    expect(plain).toMatchObject({
      name,
      status: "ACTIVE",
      secret_type: "opaque",
      content_types: { default: "text/plain" },
    });
    expect(plain.secret_ref.endsWith(`/v1/secrets/${plain.id}`)).toBe(true);
    const payload = await km.getSecretPayload(plain);
    expect([payload.text(), payload.contentType]).toEqual([text, "text/plain"]);

    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const binary = await stored({ payload: bytes, secret_type: "symmetric", algorithm: "aes", bit_length: 256 });
    expect(binary).toMatchObject({ secret_type: "symmetric", algorithm: "aes", bit_length: 256 });
    expect(binary.content_types).toEqual({ default: "application/octet-stream" });
    expect((await km.getSecretPayload(binary.secret_ref)).bytes()).toEqual(bytes);
    // A binary payload is not text: Barbican refuses to serve it as such.
    await expect(km.getSecretPayload(binary, { contentType: "text/plain" })).rejects.toThrow(/406/);
  });

  it("creates a secret empty and stores its payload later, once", async () => {
    const empty = await stored({});
    expect(empty.content_types).toBeUndefined();
    await expect(km.getSecretPayload(empty.id)).rejects.toBeInstanceOf(NotFoundError);
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    await km.updateSecret(empty, bytes);
    expect((await km.getSecret(empty.id)).content_types).toEqual({ default: "application/octet-stream" });
    expect((await km.getSecretPayload(empty.id)).bytes()).toEqual(bytes);
    await expect(km.updateSecret(empty, bytes)).rejects.toBeInstanceOf(ConflictError);
  });

  it("lists a name's secrets across pages by offset, finds one by name, and deletes it", async () => {
    const paged = `${name}-paged`;
    const three = [];
    for (let i = 0; i < 3; i++) three.push(await stored({ name: paged, payload: `value-${i}` }));
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.keyManager.listSecrets({ name: paged }, { limit: 2 }).pages())
      pages.push(page.map((secret) => secret.id));
    // Oldest first, as Barbican sorts; each page's next link names the next offset.
    expect(pages).toEqual([[three[0]!.id, three[1]!.id], [three[2]!.id]]);
    expect(recorder.count("GET", /\/v1\/secrets\?.*offset=2/)).toBe(1);

    const solo = await stored({ name: `${name}-solo`, payload: "solo-value" });
    expect((await km.findSecret(`${name}-solo`))?.id).toBe(solo.id);
    await km.deleteSecret(solo.secret_ref);
    await expect(km.getSecret(solo.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await km.findSecret(`${name}-solo`)).toBeNull();
  });
});

describe("containers", () => {
  it("holds secrets by ref, and lets one go", async () => {
    const [a, b] = [await stored({ payload: "a-value" }), await stored({ payload: "b-value" })];
    const container = await km.createContainer({
      name,
      type: "generic",
      secret_refs: [
        { name: "a", secret_ref: a.id },
        { name: "b", secret_ref: b.secret_ref },
      ],
    });
    expect(container).toMatchObject({ name, type: "generic", status: "ACTIVE" });
    expect(container.secret_refs.map((s) => [s.name, s.secret_ref]).sort()).toEqual([
      ["a", a.secret_ref],
      ["b", b.secret_ref],
    ]);
    await km.removeContainerSecret(container, { name: "a", secret_ref: a });
    expect((await km.getContainer(container.container_ref)).secret_refs.map((s) => s.name)).toEqual(["b"]);
    expect((await km.findContainer(name))?.id).toBe(container.id);
    await km.deleteContainer(container);
    await expect(km.getContainer(container.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
