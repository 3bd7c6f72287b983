// Cinder's admin resources on the real service: volume types with extra specs, access and
// encryption, QoS specs and their associations, quota sets, limits, availability zones and
// services; and the same type ids as Python's openstacksdk. None of this needs
// cinder-volume, except the service list, which shows it when it runs.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BadRequestError, blockStorage, Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, STATE, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const types: blockStorage.VolumeType[] = [];
const specs: blockStorage.QosSpec[] = [];
const projects: string[] = [];

afterAll(async () => {
  for (const spec of specs) await conn.blockStorage.forceDeleteQosSpec({ qos_spec: spec }).catch(() => undefined);
  for (const type of types) await conn.blockStorage.deleteType(type);
  for (const project of projects) await conn.identity.deleteProject(project);
});

/** Parses with a schema the package exports, through the Standard Schema interface every valibot schema has. */
function parse<
  S extends {
    readonly "~standard": {
      validate(value: unknown): unknown;
      readonly types?: { readonly output: unknown } | undefined;
    };
  },
>(schema: S, value: unknown) {
  const result = schema["~standard"].validate(value) as { value?: unknown; issues?: unknown };
  if (result.issues) throw new Error(`not the documented shape: ${JSON.stringify(result.issues)}`);
  return result.value as NonNullable<S["~standard"]["types"]>["output"];
}

/** openstacksdk's answer to `expression` (Python, with `conn` connected to the local cloud), as JSON. */
function openstacksdk<T>(expression: string): T {
  const script = [
    "import json, openstack",
    "conn = openstack.connect(cloud='local')",
    `print(json.dumps(${expression}))`,
  ].join("\n");
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { env }).toString()) as T;
}

describe("volume types on the real Cinder", () => {
  it("creates private types, pages through them, finds, updates and lists the same ids as openstacksdk", async () => {
    const prefix = uniqueName("type");
    for (let i = 0; i < 3; i++) {
      types.push(
        await conn.blockStorage.createType({
          name: `${prefix}-${i}`,
          description: "e2e",
          "os-volume-type-access:is_public": false,
          extra_specs: { tier: `t${i}` },
        }),
      );
    }
    expect(types[0]).toMatchObject({
      is_public: false,
      "os-volume-type-access:is_public": false,
      extra_specs: { tier: "t0" },
    });

    // Cinder names no next page for types; a full page makes the next request by marker.
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.blockStorage.listTypes({ is_public: "None" }, { limit: 1 }).pages())
      pages.push(page.map((t) => t.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    const ids = pages.flat();
    expect(ids).toEqual(expect.arrayContaining(types.map((t) => t.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(recorder.count("GET", /\/types\?.*marker=/)).toBe(ids.length);

    // A private type is listed only when asked for: is_public "None" means public and private.
    expect((await conn.blockStorage.findType(`${prefix}-1`, { is_public: "None" }))?.id).toBe(types[1]!.id);
    expect(await conn.blockStorage.findType(`${prefix}-1`)).toBeNull();
    expect((await conn.blockStorage.findType(types[2]!.id))?.name).toBe(`${prefix}-2`);
    expect(await conn.blockStorage.findType(uniqueName("missing"))).toBeNull();

    const updated = await conn.blockStorage.updateType(types[0]!, { description: "changed", is_public: false });
    expect(updated.description).toBe("changed");

    const python = openstacksdk<string[]>("sorted(t.id for t in conn.block_storage.types(is_public='None'))");
    expect(python).toEqual([...ids].sort());
  });

  it("reads, sets and deletes extra specs", async () => {
    const type = types[0]!;
    await conn.blockStorage.updateTypeExtraSpecs({
      volume_type: type,
      extra_specs: { "capabilities:gpu": "<is> True", speed: "fast" },
    });
    expect(await conn.blockStorage.getTypeExtraSpecs({ volume_type: type })).toEqual({
      extra_specs: { tier: "t0", "capabilities:gpu": "<is> True", speed: "fast" },
    });
    await conn.blockStorage.deleteTypeExtraSpecs({ volume_type: type, key: "speed" });
    expect((await conn.blockStorage.getType(type.id)).extra_specs).toEqual({
      tier: "t0",
      "capabilities:gpu": "<is> True",
    });
  });

  it("gives a project access to a private type, which its users then see, and takes it away", async () => {
    const type = types[1]!;
    const asDemo = new Connection(demo);
    const demoProject = (await conn.identity.findProject("demo", { ignoreMissing: false })).id;
    expect(await conn.blockStorage.listTypeAccess({ volume_type: type })).toEqual([]);
    expect((await asDemo.blockStorage.listTypes()).map((t) => t.id)).not.toContain(type.id);

    await conn.blockStorage.addTypeAccess({ volume_type: type, project: { id: demoProject } });
    expect(await conn.blockStorage.listTypeAccess({ volume_type: type })).toEqual([
      { volume_type_id: type.id, project_id: demoProject },
    ]);
    expect((await asDemo.blockStorage.listTypes()).map((t) => t.id)).toContain(type.id);

    await conn.blockStorage.removeTypeAccess({ volume_type: type, project: demoProject });
    expect(await conn.blockStorage.listTypeAccess({ volume_type: type })).toEqual([]);
  });

  it("creates, reads, updates and deletes a type's encryption", async () => {
    const type = types[2]!;
    expect(await conn.blockStorage.getTypeEncryption({ volume_type: type })).toEqual({});
    const created = (await conn.blockStorage.createTypeEncryption({
      volume_type: type,
      encryption: { provider: "luks", cipher: "aes-xts-plain64", key_size: 256, control_location: "front-end" },
    })) as { encryption: { encryption_id: string } };
    const encryptionId = created.encryption.encryption_id;
    expect(await conn.blockStorage.getTypeEncryption({ volume_type: type })).toMatchObject({
      encryption_id: encryptionId,
      provider: "luks",
      key_size: 256,
    });
    await conn.blockStorage.updateTypeEncryption({
      volume_type: type,
      encryption_id: encryptionId,
      encryption: { key_size: 512, control_location: "back-end" },
    });
    expect(await conn.blockStorage.getTypeEncryption({ volume_type: type })).toMatchObject({
      key_size: 512,
      control_location: "back-end",
    });
    await conn.blockStorage.deleteTypeEncryption({ volume_type: type, encryption_id: encryptionId });
    expect(await conn.blockStorage.getTypeEncryption({ volume_type: type })).toEqual({});
  });

  it("deletes a type, and deleting it again is fine unless asked otherwise", async () => {
    const type = await conn.blockStorage.createType({ name: uniqueName("type-gone") });
    await conn.blockStorage.deleteType(type);
    expect(await conn.blockStorage.findType(type.id)).toBeNull();
    await conn.blockStorage.deleteType(type);
    await expect(conn.blockStorage.deleteType(type, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("QoS specs on the real Cinder", () => {
  it("creates with limits, changes and removes keys, finds by name", async () => {
    const limits = { read_iops_sec: "2000", write_iops_sec: "1000" };
    const spec = await conn.blockStorage.createQosSpec({ name: uniqueName("qos"), consumer: "front-end", ...limits });
    specs.push(spec);
    expect(spec.specs).toEqual(limits);
    expect(await conn.blockStorage.updateQosSpec({ qos_spec: spec, specs: { total_bytes_sec: "1048576" } })).toEqual({
      qos_specs: { total_bytes_sec: "1048576" },
    });
    await conn.blockStorage.deleteQosSpecMetadata({ qos_spec: spec, keys: ["write_iops_sec"] });
    expect((await conn.blockStorage.getQosSpec(spec.id)).specs).toEqual({
      read_iops_sec: "2000",
      total_bytes_sec: "1048576",
    });
    expect((await conn.blockStorage.findQosSpec(spec.name))?.id).toBe(spec.id);
    expect((await conn.blockStorage.listQosSpecs()).map((q) => q.id)).toContain(spec.id);
  });

  it("associates with a type, refuses a plain delete while in use, force-deletes", async () => {
    const spec = await conn.blockStorage.createQosSpec({ name: uniqueName("qos-assoc"), consumer: "back-end" });
    specs.push(spec);
    const [first, second] = types;
    await conn.blockStorage.associateQosSpec({ qos_spec: spec, volume_type: first! });
    await conn.blockStorage.associateQosSpec({ qos_spec: spec, volume_type: second!.id });
    const associations = await conn.blockStorage.listQosSpecAssociations({ qos_spec: spec });
    expect(associations.map((a) => a.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(associations.every((a) => a.association_type === "volume_type")).toBe(true);
    expect((await conn.blockStorage.getType(first!.id)).qos_specs_id).toBe(spec.id);

    await conn.blockStorage.disassociateQosSpec({ qos_spec: spec, volume_type: first! });
    expect((await conn.blockStorage.listQosSpecAssociations({ qos_spec: spec })).map((a) => a.id)).toEqual([
      second!.id,
    ]);
    await expect(conn.blockStorage.deleteQosSpec(spec)).rejects.toBeInstanceOf(BadRequestError);

    await conn.blockStorage.disassociateAllQosSpec({ qos_spec: spec });
    expect(await conn.blockStorage.listQosSpecAssociations({ qos_spec: spec })).toEqual([]);
    await conn.blockStorage.associateQosSpec({ qos_spec: spec, volume_type: first! });
    await conn.blockStorage.forceDeleteQosSpec({ qos_spec: spec });
    expect(await conn.blockStorage.findQosSpec(spec.id)).toBeNull();
    expect((await conn.blockStorage.getType(first!.id)).qos_specs_id).toBeNull();
  });
});

describe("quotas, limits, zones and services on the real Cinder", () => {
  it("reads, changes and reverts a project's quota set, with its defaults and usage", async () => {
    const project = await conn.identity.createProject({ name: uniqueName("quota"), domain_id: "default" });
    projects.push(project.id);
    const defaults = (await conn.blockStorage.getQuotaSetDefaults({ project })) as { quota_set: { volumes: number } };
    const before = await conn.blockStorage.getQuotaSet(project);
    expect(before).toMatchObject({ id: project.id, volumes: defaults.quota_set.volumes });

    const updated = await conn.blockStorage.updateQuotaSet(project, { volumes: 17, snapshots: 3 });
    expect(updated).toMatchObject({ volumes: 17, snapshots: 3 });
    expect((await conn.blockStorage.getQuotaSet(project.id)).volumes).toBe(17);
    const usage = parse(blockStorage.QuotaSetUsageBody, await conn.blockStorage.getQuotaSetUsage({ project }));
    expect(usage.quota_set.volumes).toMatchObject({ limit: 17, in_use: 0, reserved: 0 });

    await conn.blockStorage.deleteQuotaSet(project);
    expect((await conn.blockStorage.getQuotaSet(project)).volumes).toBe(defaults.quota_set.volumes);
  });

  it("reads the limits, which the exported schema parses", async () => {
    const { limits } = parse(blockStorage.LimitsBody, await conn.blockStorage.getLimits());
    expect(limits.absolute.maxTotalVolumes).toBeGreaterThanOrEqual(-1);
    expect(limits.absolute.totalVolumesUsed).toBeGreaterThanOrEqual(0);
    expect(limits.rate).toEqual([]);
  });

  it("lists the availability zones", async () => {
    expect(await conn.blockStorage.listAvailabilityZones()).toContainEqual({
      zoneName: "nova",
      zoneState: { available: true },
    });
  });

  it("lists the services, and disables and enables one with a reason", async () => {
    const services = await conn.blockStorage.listServices();
    expect(services.every((s) => s.binary.startsWith("cinder-"))).toBe(true);
    const volumeService = services.find((s) => s.binary === "cinder-volume");
    expect(volumeService).toMatchObject({ state: "up", status: "enabled", frozen: false });
    // 3.49's backend_state comes from the scheduler: cinder-volume reports "up".
    expect(volumeService?.backend_state).toBe("up");
    expect((await conn.blockStorage.listServices({ binary: "cinder-volume" })).map((s) => s.host)).toEqual([
      volumeService!.host,
    ]);

    // The scheduler: disabling it for a moment changes nothing Cinder does (volumes and backups pick enabled volume and backup services).
    const target = services.find((s) => s.binary === "cinder-scheduler") ?? volumeService!;
    const ref = { host: target.host, binary: target.binary };
    try {
      const disabled = await conn.blockStorage.disableService({ ...ref, disabled_reason: "e2e maintenance" });
      expect(disabled).toMatchObject({ status: "disabled", disabled: true, disabled_reason: "e2e maintenance" });
      expect((await conn.blockStorage.listServices(ref))[0]).toMatchObject({
        status: "disabled",
        disabled_reason: "e2e maintenance",
      });
    } finally {
      const enabled = await conn.blockStorage.enableService(ref);
      expect(enabled).toMatchObject({ status: "enabled", disabled: false });
    }
    expect((await conn.blockStorage.listServices(ref))[0]?.status).toBe("enabled");
  });
});
