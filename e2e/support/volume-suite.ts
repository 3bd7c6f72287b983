import { type blockStorage, Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll } from "vitest";
import { admin, uniqueName } from "./cloud.js";

/** Waits of the Cinder suites: volumes on the file-backed driver settle within a second or two. */
export const wait = { interval: 250, maxInterval: 1_000, timeout: 60_000 };

/**
 * A Cinder e2e file's own project (its volume quota its own; the lists it compares hold only
 * what it made), with `premade` available volumes named `<prefix>-<i>`. Registers the set-up
 * and the clean-up: every volume it made (snapshots included) and every backup in `backups`
 * is deleted after the file's tests, then the project.
 */
export function volumeSuite(label: string, premade = 0) {
  const projectName = uniqueName(label);
  const root = new Connection(admin);
  const conn = new Connection({ ...admin, projectName });
  const bs = conn.blockStorage;
  const prefix = uniqueName("vol");
  const made: blockStorage.Volume[] = [];
  const extra = new Set<string>();
  const backups: blockStorage.Backup[] = [];
  let projectId = "";

  /** A new 1 GiB volume of this suite, available; deleted (with its snapshots) by discard or after the tests. */
  const newVolume = async (
    fields: { name?: string; size?: number; description?: string } = {},
  ): Promise<blockStorage.Volume> => {
    const volume = await bs.createVolume({ size: 1, name: uniqueName("vol"), metadata: { suite: prefix }, ...fields });
    extra.add(volume.id);
    return bs.waitForVolume(volume, { ...wait, status: "available" });
  };

  /** Deletes a volume and its snapshots, and waits until it is gone. */
  const discard = async (volume: blockStorage.Volume | string): Promise<void> => {
    await bs.deleteVolumeCascade({ volume });
    await bs.waitForDeleteVolume(volume, wait);
    extra.delete(typeof volume === "string" ? volume : volume.id);
  };

  beforeAll(async () => {
    const project = await root.identity.createProject({ name: projectName, domain_id: "default" });
    projectId = project.id;
    const user = await root.identity.findUser("admin", { ignoreMissing: false });
    const role = await root.identity.findRole("admin", { ignoreMissing: false });
    await root.identity.assignProjectRoleToUser({ project, user, role });
    for (let i = 0; i < premade; i++)
      made.push(await bs.createVolume({ size: 1, name: `${prefix}-${i}`, metadata: { suite: prefix } }));
    for (const [i, volume] of made.entries())
      made[i] = await bs.waitForVolume(volume, { ...wait, status: "available" });
  }, 120_000);

  afterAll(async () => {
    for (const backup of backups.reverse()) {
      await bs.deleteBackup(backup).catch(() => undefined);
      await bs.waitForDeleteBackup(backup, wait).catch(() => undefined);
    }
    const ids = [...made.map((v) => v.id), ...extra];
    for (const id of ids)
      await bs
        .deleteVolumeCascade({ volume: id })
        .catch(() => bs.forceDeleteVolume({ volume: id }).catch(() => undefined));
    for (const id of ids) await bs.waitForDeleteVolume(id, wait).catch(() => undefined);
    if (projectId) await root.identity.deleteProject(projectId);
  }, 180_000);

  return {
    projectName,
    conn,
    bs,
    prefix,
    made,
    extra,
    backups,
    newVolume,
    discard,
    get projectId() {
      return projectId;
    },
  };
}
