// The documented query parameters of DELETE calls, on the real services: Cinder deletes a
// volume with its snapshots (`cascade`) or whatever its state (`force`, 3.23), and Nova
// deletes another user's key pair for an admin (`user_id`, 2.10). Each is first shown to
// matter: without it, the same delete fails or acts on something else.
import { BadRequestError, Connection, MicroversionError, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/cloud.js";
import { volumeSuite, wait } from "./support/volume-suite.js";

const { projectName, bs, newVolume, extra } = volumeSuite("delete-options");

describe("Cinder's volume delete options", () => {
  it("deletes a volume with a snapshot only with cascade, and its snapshot with it", async () => {
    const volume = await newVolume();
    const snapshot = await bs.waitForSnapshot(await bs.createSnapshot({ volume_id: volume.id }), {
      ...wait,
      status: "available",
    });
    // Without cascade, Cinder refuses: the volume has a dependent snapshot.
    await expect(bs.deleteVolume(volume)).rejects.toBeInstanceOf(BadRequestError);
    expect((await bs.getVolume(volume.id)).status).toBe("available");

    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, projectName, fetch: recorder.fetch }).blockStorage;
    await counted.deleteVolume(volume, { cascade: true });
    expect(recorder.requests.filter((r) => r.method === "DELETE").map((r) => new URL(r.url).search)).toEqual([
      "?cascade=true",
    ]);
    await bs.waitForDeleteSnapshot(snapshot, wait);
    await bs.waitForDeleteVolume(volume, wait);
    extra.delete(volume.id);
    await expect(bs.getVolume(volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("force-deletes a volume in a state a plain delete refuses, and refuses force below 3.23 before sending", async () => {
    const volume = await newVolume();
    await bs.resetVolumeStatus({ volume, status: "attaching" });
    await expect(bs.deleteVolume(volume)).rejects.toBeInstanceOf(BadRequestError);

    const recorder = recordingFetch();
    const old = new Connection({
      ...admin,
      projectName,
      fetch: recorder.fetch,
      blockStorageDefaultMicroversion: "3.22",
    }).blockStorage;
    await expect(old.deleteVolume(volume, { force: true })).rejects.toBeInstanceOf(MicroversionError);
    expect(recorder.count("DELETE", /\/volumes\//)).toBe(0);

    await bs.deleteVolume(volume, { force: true });
    await bs.waitForDeleteVolume(volume, wait);
    extra.delete(volume.id);
  });
});

describe("Nova's key pair delete for another user (admin, user_id)", () => {
  it("deletes the demo user's key pair by user_id, where the admin's own namesake is not touched", async () => {
    const root = new Connection(admin);
    const demoUser = await root.identity.findUser("demo", { ignoreMissing: false });
    const name = uniqueName("kp");
    const theirs = await root.compute.createKeypair({ name, user_id: demoUser.id });
    const mine = await root.compute.createKeypair({ name });
    try {
      expect(theirs.user_id).toBe(demoUser.id);
      expect((await root.compute.getKeypair(name, { user_id: demoUser.id })).fingerprint).toBe(theirs.fingerprint);

      const recorder = recordingFetch();
      const counted = new Connection({ ...admin, fetch: recorder.fetch }).compute;
      await counted.deleteKeypair(name, { user_id: demoUser.id, ignoreMissing: false });
      const [deleted] = recorder.requests.filter((r) => r.method === "DELETE");
      expect(new URL(deleted!.url).searchParams.get("user_id")).toBe(demoUser.id);

      await expect(root.compute.getKeypair(name, { user_id: demoUser.id })).rejects.toBeInstanceOf(NotFoundError);
      // The admin's own key pair of the same name is still there.
      expect((await root.compute.getKeypair(name)).fingerprint).toBe(mine.fingerprint);
    } finally {
      await root.compute.deleteKeypair(name, { user_id: demoUser.id });
      await root.compute.deleteKeypair(name);
    }
  });

  it("refuses user_id below 2.10, where Nova would delete the admin's own key pair instead, before sending", async () => {
    const recorder = recordingFetch();
    const old = new Connection({ ...admin, fetch: recorder.fetch, computeDefaultMicroversion: "2.9" }).compute;
    await expect(old.deleteKeypair(uniqueName("kp"), { user_id: "someone" })).rejects.toBeInstanceOf(MicroversionError);
    expect(recorder.count("DELETE", /os-keypairs/)).toBe(0);
  });
});
