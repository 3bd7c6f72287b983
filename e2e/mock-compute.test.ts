// Nova's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): flavors, key pairs, and a server's life: BUILD → ACTIVE, stop →
// SHUTOFF, start, reboot, conflicts in Nova's words, and deletion.
import { compute, ConflictError, Connection, type image, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const wait = { interval: 250, timeout: 60_000 };
const servers: compute.ServerCreated[] = [];
let bootImage: image.Image;
beforeAll(async () => {
  // An image of its own to boot: neither cloud need have one.
  bootImage = await conn.image.createImage({ name: uniqueName("mboot"), disk_format: "raw", container_format: "bare" });
  await conn.image.uploadImage(bootImage, new Uint8Array(1024));
});
afterAll(async () => {
  for (const server of servers) await conn.compute.deleteServer(server.id);
  if (bootImage) await conn.image.deleteImage(bootImage);
});

describe("flavors and key pairs", () => {
  it("lists flavors, in full and by name", async () => {
    const tiny = await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false });
    expect(tiny).toMatchObject({ name: "m1.tiny", ram: 512, vcpus: 1, disk: 1 });
    expect((await conn.compute.listFlavors()).map((f) => f.name)).toEqual(
      expect.arrayContaining(["m1.tiny", "m1.small"]),
    );
    expect((await conn.compute.getFlavor(tiny.id)).id).toBe(tiny.id);
  });

  it("creates a key pair with a private key shown once, lists it, and deletes it", async () => {
    const name = uniqueName("mkey");
    const created = await conn.compute.createKeypair({ name });
    expect(created.private_key).toMatch(/PRIVATE KEY/);
    expect(created.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const read = await conn.compute.getKeypair(name);
    expect(read).toMatchObject({ name, fingerprint: created.fingerprint, public_key: created.public_key });
    expect(read.private_key).toBeUndefined();
    expect((await conn.compute.listKeypairs()).map((k) => k.name)).toContain(name);
    await conn.compute.deleteKeypair(name);
    await expect(conn.compute.getKeypair(name)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a server's life", () => {
  it("builds to ACTIVE, stops to SHUTOFF, starts, reboots, refuses what its state forbids, and is deleted", async () => {
    const flavor = await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false });
    const name = uniqueName("mserver");
    const created = await compute.createServer(conn.compute, {
      name,
      flavorRef: flavor,
      imageRef: bootImage,
      networks: "none",
    });
    servers.push(created);
    expect(created.adminPass).toBeTypeOf("string");
    expect((await conn.compute.getServer(created.id)).name).toBe(name);

    const active = await conn.compute.waitForServer(created.id, { status: "ACTIVE", ...wait });
    expect(active).toMatchObject({ name, "OS-EXT-STS:vm_state": "active", "OS-EXT-STS:power_state": 1 });
    expect(active.image).toMatchObject({ id: bootImage.id });
    expect((await conn.compute.listServers({ name })).map((s) => s.id)).toEqual([created.id]);

    await expect(conn.compute.startServer({ server: created.id })).rejects.toThrow(
      /Cannot 'start' instance .* while it is in vm_state active/,
    );
    await conn.compute.stopServer({ server: created.id });
    const stopped = await conn.compute.waitForServer(created.id, { status: "SHUTOFF", ...wait });
    expect(stopped["OS-EXT-STS:vm_state"]).toBe("stopped");
    await expect(conn.compute.rebootServer({ server: created.id, type: "SOFT" })).rejects.toBeInstanceOf(ConflictError);

    await conn.compute.startServer({ server: created.id });
    await conn.compute.waitForServer(created.id, { status: "ACTIVE", ...wait });
    await conn.compute.rebootServer({ server: created.id, type: "HARD" });
    await conn.compute.waitForServer(created.id, { status: "ACTIVE", ...wait });

    await conn.compute.deleteServer(created.id);
    await conn.compute.waitForDeleteServer(created.id, wait);
    servers.pop();
    await expect(conn.compute.getServer(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
