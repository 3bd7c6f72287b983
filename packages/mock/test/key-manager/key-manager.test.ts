import { ConflictError, NotFoundError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";
import { keyManagerOf, sessionOf } from "../sdk.js";

function barbican() {
  const cloud = mockCloud();
  return { cloud, km: keyManagerOf(sessionOf(cloud)), raw: clientOf(cloud) };
}

describe("fake Barbican through the SDK", () => {
  it("is in the catalog, with Barbican's root document (300) and refs on its own URL", async () => {
    const { cloud, raw, km } = barbican();
    const root = await raw.get("key-manager");
    expect([root.status, root.body.versions.values[0].id]).toEqual([300, "v1"]);
    const secret = await km.createSecret({ name: "s", payload: "text" });
    expect(secret.secret_ref).toBe(`${cloud.baseUrl}/key-manager/v1/secrets/${secret.id}`);
  });

  it("stores text and bytes, and gives each back in its content type", async () => {
    const { km, raw } = barbican();
    const text = await km.createSecret({ name: "t", payload: "pässword" });
    expect(text).toMatchObject({ status: "ACTIVE", secret_type: "opaque", content_types: { default: "text/plain" } });
    expect((await km.getSecretPayload(text)).text()).toBe("pässword");
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const binary = await km.createSecret({ name: "b", payload: bytes, secret_type: "symmetric" });
    expect(binary.content_types).toEqual({ default: "application/octet-stream" });
    expect((await km.getSecretPayload(binary.secret_ref)).bytes()).toEqual(bytes);
    const refused = await raw.get(`key-manager/v1/secrets/${binary.id}/payload`, { Accept: "text/plain" });
    expect([refused.status, refused.body]).toEqual([
      406,
      {
        code: 406,
        title: "Not Acceptable",
        description: "Secret payload retrieval issue seen - Wrong payload content-type.",
      },
    ]);
  });

  it("never shows a payload in another answer", async () => {
    const { km, raw } = barbican();
    const secret = await km.createSecret({ name: "hidden", payload: "do-not-show-me" });
    for (const path of [
      `key-manager/v1/secrets/${secret.id}`,
      "key-manager/v1/secrets",
      "key-manager/v1/secrets?name=hidden",
    ]) {
      const { text } = await raw.get(path);
      expect(text).not.toContain("do-not-show-me");
      expect(text).not.toMatch(/"payload/);
    }
  });

  it("creates a secret empty and takes its payload once", async () => {
    const { km } = barbican();
    const empty = await km.createSecret({ name: "later" });
    expect(empty.content_types).toBeUndefined();
    await expect(km.getSecretPayload(empty.id)).rejects.toBeInstanceOf(NotFoundError);
    await km.updateSecret(empty, new Uint8Array([7, 8, 9]));
    expect((await km.getSecretPayload(empty.id)).bytes()).toEqual(new Uint8Array([7, 8, 9]));
    await expect(km.updateSecret(empty, "again")).rejects.toBeInstanceOf(ConflictError);
  });

  it("pages by offset with next, previous and total, and finds and deletes by name", async () => {
    const { km, raw } = barbican();
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await km.createSecret({ name: "paged", payload: `v${i}` }));
    await km.createSecret({ name: "other", payload: "x" });
    const first = (await raw.get("key-manager/v1/secrets?name=paged&limit=2")).body;
    expect([first.total, first.next?.endsWith("/v1/secrets?limit=2&offset=2"), first.previous]).toEqual([
      3,
      true,
      undefined,
    ]);
    const second = (await raw.get("key-manager/v1/secrets?name=paged&limit=2&offset=2")).body;
    expect([second.secrets.length, second.next, second.previous?.endsWith("?limit=2&offset=0")]).toEqual([
      1,
      undefined,
      true,
    ]);
    const listed = await km.listSecrets({ name: "paged", limit: 1 });
    expect(listed.map((s) => s.id)).toEqual(made.map((s) => s.id));
    const other = await km.findSecret("other");
    expect(other?.name).toBe("other");
    await km.deleteSecret(other!.secret_ref);
    await expect(km.getSecret(other!.id)).rejects.toBeInstanceOf(NotFoundError);
    const bad = await raw.get("key-manager/v1/secrets/not-an-id");
    expect(bad.body).toEqual({
      code: 404,
      title: "Not Found",
      description: "Not Found. Provided secret id is invalid.",
    });
  });

  it("keeps generic containers of secret refs, given by id, ref or object", async () => {
    const { km, raw, cloud } = barbican();
    const [a, b] = [await km.createSecret({ payload: "a" }), await km.createSecret({ payload: "b" })];
    const container = await km.createContainer({
      name: "c",
      type: "generic",
      secret_refs: [{ name: "a", secret_ref: a.id }],
    });
    expect(container.secret_refs).toEqual([{ name: "a", secret_ref: a.secret_ref }]);
    expect(container.container_ref).toBe(`${cloud.baseUrl}/key-manager/v1/containers/${container.id}`);
    await km.addContainerSecret(container, { name: "b", secret_ref: b });
    await km.removeContainerSecret(container, { name: "a", secret_ref: a.secret_ref });
    expect((await km.getContainer(container.container_ref)).secret_refs.map((s) => s.name)).toEqual(["b"]);
    const missing = await raw.post("key-manager/v1/containers", {
      type: "generic",
      secret_refs: [
        { name: "x", secret_ref: `${cloud.baseUrl}/key-manager/v1/secrets/00000000-0000-0000-0000-000000000000` },
      ],
    });
    expect([missing.status, missing.body.description]).toEqual([404, "Secret provided for 'x' doesn't exist."]);
    await km.deleteContainer(container);
    await expect(km.getContainer(container.id)).rejects.toThrow(NotFoundError);
  });

  it("takes seeded secrets, payload included, as if stored by the project's admin", async () => {
    const cloud = mockCloud({
      secrets: [
        {
          name: "seeded",
          payload: "c2VlZA==",
          payload_content_type: "application/octet-stream",
          payload_content_encoding: "base64",
        },
      ],
    });
    const km = keyManagerOf(sessionOf(cloud));
    const seeded = await km.findSecret("seeded");
    expect(seeded?.content_types).toEqual({ default: "application/octet-stream" });
    expect((await km.getSecretPayload(seeded!)).text()).toBe("seed");
  });

  it("keeps each project's secrets its own", async () => {
    const { cloud, km } = barbican();
    const secret = await km.createSecret({ name: "mine", payload: "mine" });
    const demo = keyManagerOf(sessionOf(cloud, "demo"));
    expect(await demo.listSecrets()).toEqual([]);
    await expect(demo.getSecretPayload(secret.id, { contentType: "text/plain" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
