import { InvalidArgumentError, MicroversionError, NotFoundError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, CINDER, fault, sent, versionOf } from "../fixtures.js";
import { createVolumeWithSchedulerHints } from "../../src/volumes/create-with-hints.js";
import { baseVolumeBody, createVolumeRequest, listedVolumeBody, updatedVolumeBody, volumeBody } from "./fixtures.js";
import { volumes } from "../../src/volumes/volume.js";

const { server, setup } = blockStorageCloud();
const fast = { interval: 1, maxInterval: 2 };

describe("volumes", () => {
  it("lists volumes/detail at the negotiated microversion, following volumes_links", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/volumes/detail`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            volumes: [listedVolumeBody],
            volumes_links: [{ rel: "next", href: `${API}/volumes/detail?limit=1&marker=${listedVolumeBody.id}` }],
          });
        }
        return HttpResponse.json({ volumes: marker === listedVolumeBody.id ? [volumeBody] : [] });
      }),
    );
    const all = await facade.listVolumes({}, { limit: 1 });
    expect(all.map((v) => v.id)).toEqual([listedVolumeBody.id, volumeBody.id]);
    expect(all[0]).toMatchObject({
      bootable: "false",
      volume_type_id: "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
      consumes_quota: true,
      shared_targets: null,
    });
    // The second page is full too, so one more request (by marker) finds the end.
    expect(seen.map(sent)).toEqual([
      "GET volumes/detail?limit=1",
      `GET volumes/detail?limit=1&marker=${listedVolumeBody.id}`,
      `GET volumes/detail?limit=1&marker=${volumeBody.id}`,
    ]);
    expect(seen.map(versionOf)).toEqual(["3.70", "3.70", "3.70"]);
  });

  it("sends filters by their wire names, metadata as a JSON object, and rejects unknown ones before any request", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/volumes/detail`, () => HttpResponse.json({ volumes: [] })));
    await facade.listVolumes({
      all_tenants: true,
      project_id: "p2",
      status: "available",
      bootable: false,
      metadata: JSON.stringify({ tier: "gold" }),
      sort: "size:desc",
    });
    expect(sent(seen[0]!)).toBe(
      'GET volumes/detail?all_tenants=true&project_id=p2&status=available&bootable=false&metadata={"tier":"gold"}&sort=size:desc',
    );
    // @ts-expect-error: not a filter of listVolumes
    await expect(facade.listVolumes({ tenant: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("works with a catalog URL without the project id (3.67 and later)", async () => {
    const { facade, seen } = setup({ projectInUrl: false });
    server.use(http.get(`${CINDER}/v3/volumes/:id`, () => HttpResponse.json({ volume: volumeBody })));
    expect((await facade.getVolume(volumeBody.id)).id).toBe(volumeBody.id);
    expect(new URL(seen[0]!.url).pathname).toBe(`/v3/volumes/${volumeBody.id}`);
  });

  it("asks an older Cinder for its own highest microversion and parses its 3.0 bodies", async () => {
    const { facade, seen } = setup({ maxMicroversion: "3.27" });
    server.use(http.get(`${API}/volumes/:id`, () => HttpResponse.json({ volume: baseVolumeBody })));
    const volume = await facade.getVolume(baseVolumeBody.id);
    expect(volume.volume_type_id).toBeUndefined();
    expect(volume["os-vol-tenant-attr:tenant_id"]).toBe("89afd400-b646-4bbc-b12b-c0a4d63e5bd3");
    expect(versionOf(seen[0]!)).toBe("3.27");
  });

  it("creates inside the volume envelope and refuses read-only fields before sending", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/volumes`, () => HttpResponse.json({ volume: volumeBody }, { status: 202 })));
    const created = await facade.createVolume({
      size: 10,
      name: "vol",
      volume_type: "__DEFAULT__",
      metadata: { tier: "gold" },
      backup_id: null,
    });
    expect(created.status).toBe("creating");
    expect(await seen[0]!.json()).toEqual({
      volume: { size: 10, name: "vol", volume_type: "__DEFAULT__", metadata: { tier: "gold" }, backup_id: null },
    });
    // @ts-expect-error: status is read-only
    await expect(facade.createVolume({ size: 1, status: "available" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: size changes only through extendVolume
    await expect(facade.updateVolume(volumeBody.id, { size: 20 })).rejects.toThrow(/'size' cannot be set/);
    expect(seen).toHaveLength(1);
  });

  it("sends scheduler hints beside the volume envelope, exactly as the API reference shows", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/volumes`, () => HttpResponse.json({ volume: volumeBody }, { status: 202 })));
    const { volume, "OS-SCH-HNT:scheduler_hints": hints } = createVolumeRequest;
    // The façade is a client of the service, so it serves as the target too.
    const created = await createVolumeWithSchedulerHints(facade, volume, hints);
    expect(created.id).toBe(volumeBody.id);
    expect(await seen[0]!.json()).toEqual(createVolumeRequest);
    expect(versionOf(seen[0]!)).toBe("3.70");
  });

  it("updates name, description and metadata with PUT", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/volumes/:id`, () => HttpResponse.json({ volume: updatedVolumeBody })));
    const updated = await facade.updateVolume(updatedVolumeBody, {
      name: "vol-003",
      description: "This is yet, another volume.",
      metadata: { name: "metadata0" },
    });
    expect(updated.metadata).toEqual({ name: "metadata0" });
    expect(sent(seen[0]!)).toBe(`PUT volumes/${updatedVolumeBody.id}`);
    expect(await seen[0]!.json()).toEqual({
      volume: { name: "vol-003", description: "This is yet, another volume.", metadata: { name: "metadata0" } },
    });
  });

  it("deletes, ignoring a volume already gone, and deletes with its snapshots (cascade)", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/volumes/:id`, ({ params }) =>
        params["id"] === "gone" ? fault(404, "Volume gone could not be found.") : accepted(),
      ),
    );
    await facade.deleteVolume(volumeBody);
    await facade.deleteVolume("gone");
    await expect(facade.deleteVolume("gone", { ignoreMissing: false })).rejects.toThrow(
      "Volume gone could not be found.",
    );
    await facade.deleteVolumeCascade({ volume: volumeBody });
    expect(seen.map(sent)).toEqual([
      `DELETE volumes/${volumeBody.id}`,
      "DELETE volumes/gone",
      "DELETE volumes/gone",
      `DELETE volumes/${volumeBody.id}?cascade=true`,
    ]);
  });

  it("deletes with the documented cascade and force options; force needs 3.23, below which Cinder ignores it", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(`${API}/volumes/:id`, () => accepted()));
    await facade.deleteVolume(volumeBody, { cascade: true });
    await facade.deleteVolume(volumeBody.id, { force: true, cascade: false });
    expect(seen.map(sent)).toEqual([
      `DELETE volumes/${volumeBody.id}?cascade=true`,
      `DELETE volumes/${volumeBody.id}?force=true&cascade=false`,
    ]);
    expect(seen.map(versionOf)).toEqual(["3.70", "3.70"]);
    await expect(facade.deleteVolume(volumeBody, { purge: true } as never)).rejects.toThrow(
      "deleteVolume has no option 'purge'; it takes: signal, ignoreMissing, cascade, force",
    );
    const old = setup({ maxMicroversion: "3.22" });
    const forced = old.facade.deleteVolume(volumeBody, { force: true });
    await expect(forced).rejects.toBeInstanceOf(MicroversionError);
    await expect(forced).rejects.toThrow(
      "deleteVolume: 'force' needs microversion 3.23 or later, but this call uses 3.22",
    );
    await old.facade.deleteVolume(volumeBody, { cascade: true });
    expect(old.seen.map(sent)).toEqual([`DELETE volumes/${volumeBody.id}?cascade=true`]);
  });

  it("finds by id, then by name through the name filter", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/volumes/detail`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        return HttpResponse.json({ volumes: name === "vol-003" ? [updatedVolumeBody] : [] });
      }),
      http.get(`${API}/volumes/:id`, ({ params }) =>
        params["id"] === volumeBody.id ? HttpResponse.json({ volume: volumeBody }) : fault(404, "not found"),
      ),
    );
    expect((await facade.findVolume(volumeBody.id))?.id).toBe(volumeBody.id);
    expect((await facade.findVolume("vol-003"))?.id).toBe(updatedVolumeBody.id);
    expect(await facade.findVolume("nothing")).toBeNull();
    expect(seen.map(sent)).toContain("GET volumes/detail?name=vol-003");
  });

  it("waits for available, and stops at a failure state such as error_extending", async () => {
    const { facade } = setup();
    const states: Record<string, string[]> = {
      a: ["creating", "creating", "available"],
      b: ["extending", "error_extending"],
    };
    server.use(
      http.get(`${API}/volumes/:id`, ({ params }) => {
        const id = String(params["id"]);
        const status = states[id]!.length > 1 ? states[id]!.shift()! : states[id]![0]!;
        return HttpResponse.json({ volume: { ...volumeBody, id, status } });
      }),
    );
    const seenStates: string[] = [];
    const ready = await facade.waitForVolume("a", {
      ...fast,
      status: ["available", "in-use"],
      onProgress: (v) => seenStates.push(v.status),
    });
    expect(ready.status).toBe("available");
    expect(seenStates).toEqual(["creating", "creating", "available"]);
    const failure = facade.waitForVolume("b", { ...fast, status: "available" });
    await expect(failure).rejects.toBeInstanceOf(ResourceFailureError);
    await expect(failure).rejects.toThrow(/ERROR_EXTENDING/);
  });

  it("waits for a deleted volume to be gone", async () => {
    const { facade } = setup();
    let polls = 0;
    server.use(
      http.get(`${API}/volumes/:id`, () =>
        polls++ < 2 ? HttpResponse.json({ volume: { ...volumeBody, status: "deleting" } }) : fault(404, "gone"),
      ),
    );
    await facade.waitForDeleteVolume(volumeBody.id, fast);
    expect(polls).toBe(3);
    await expect(facade.getVolume(volumeBody.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is reachable without the façade, for tree-shaking", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${API}/volumes/detail`, () => HttpResponse.json({ volumes: [listedVolumeBody] })));
    expect((await volumes.list(session, { name: "x" })).map((v) => v.id)).toEqual([listedVolumeBody.id]);
    expect(sent(seen[0]!)).toBe("GET volumes/detail?name=x");
  });
});
