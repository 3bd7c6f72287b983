import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const SERVER = "9e5f2b36-6d1c-4b8e-9f1a-4c2b7d3e8a01";
const migrationBody = {
  created_at: "2016-06-23T14:42:02.000000",
  dest_compute: "compute20",
  dest_host: "5.6.7.8",
  dest_node: "node20",
  id: 4,
  instance_uuid: SERVER,
  new_instance_type_id: 6,
  old_instance_type_id: 5,
  source_compute: "compute10",
  source_node: "node10",
  migration_type: "resize",
  status: "migrating",
  updated_at: "2016-06-23T14:42:02.000000",
  uuid: "42341d4b-346a-40d0-83c6-5f4f6892b650",
  user_id: "78348f0e-97ee-4d70-ad34-189692673ea2",
  project_id: "9842f0f7-1229-4355-afe7-15ebdbb8c3d8",
};
const serverMigrationBody = {
  created_at: "2016-01-29T13:42:02.000000",
  dest_compute: "compute2",
  dest_host: "1.2.3.4",
  dest_node: "node2",
  id: 1,
  server_uuid: SERVER,
  source_compute: "compute1",
  source_node: "node1",
  status: "running",
  memory_total_bytes: 123456,
  memory_processed_bytes: 12345,
  memory_remaining_bytes: 111111,
  disk_total_bytes: 234567,
  disk_processed_bytes: 23456,
  disk_remaining_bytes: 211111,
  updated_at: "2016-01-29T13:42:02.000000",
  uuid: "12341d4b-346a-40d0-83c6-5f4f6892b650",
  user_id: "8dbaa0f0-ab95-4ffe-8cb4-9c89d2ac9d24",
  project_id: "5f705771-3aa9-4f4c-8660-0d9522ffdbea",
};

describe("migrations", () => {
  it("lists every migration through migrations_links, paged by uuid, with filters", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-migrations`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get("marker") === null
            ? {
                migrations: [migrationBody],
                migrations_links: [{ href: `${API}/os-migrations?limit=1&marker=${migrationBody.uuid}`, rel: "next" }],
              }
            : { migrations: [] },
        ),
      ),
    );
    const all = await facade.listMigrations({ instance_uuid: SERVER, migration_type: "resize" }, { limit: 1 });
    expect(all.map((m) => [m.id, m.migration_type])).toEqual([["4", "resize"]]);
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/os-migrations?instance_uuid=${SERVER}&migration_type=resize&limit=1`,
      `GET /v2.1/os-migrations?limit=1&marker=${migrationBody.uuid}`,
    ]);
    expect(microversionOf(seen[0]!)).toBe("2.80");
  });
});

describe("server migrations", () => {
  it("lists and gets a server's live migrations, aborts one and forces one to finish", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/servers/:id/migrations`, () => HttpResponse.json({ migrations: [serverMigrationBody] })),
      http.get(`${API}/servers/:id/migrations/:m`, () => HttpResponse.json({ migration: serverMigrationBody })),
      http.delete(`${API}/servers/:id/migrations/:m`, () => accepted()),
      http.post(`${API}/servers/:id/migrations/:m/action`, () => accepted()),
    );
    const [running] = await facade.listServerMigrations({ server: SERVER });
    expect(running?.memory_remaining_bytes).toBe(111111);
    expect((await facade.getServerMigration(running!, { server: SERVER })).status).toBe("running");
    await facade.forceCompleteServerMigration({ server: SERVER, migration: running! });
    await facade.abortServerMigration({ server: SERVER, migration: "1" });
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/servers/${SERVER}/migrations`,
      `GET /v2.1/servers/${SERVER}/migrations/1`,
      `POST /v2.1/servers/${SERVER}/migrations/1/action`,
      `DELETE /v2.1/servers/${SERVER}/migrations/1`,
    ]);
    expect(await seen[2]!.json()).toEqual({ force_complete: null });
    expect(seen.slice(2).map(microversionOf)).toEqual(["2.22", "2.24"]);
  });

  it("refuses to abort on a Nova older than 2.24", async () => {
    const { facade } = setup({ maxMicroversion: "2.23" });
    await expect(facade.abortServerMigration({ server: SERVER, migration: "1" })).rejects.toBeInstanceOf(
      MicroversionError,
    );
  });
});
