// Services without a package of their own, through the catalog: the raw adapter and endpointFor.
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin } from "./support/cloud.js";

const conn = new Connection(admin);

describe("services without a package", () => {
  it("reaches Placement through the catalog with the raw adapter, microversion header included", async () => {
    const placement = conn.service("placement");
    const root = await placement.get("/").json<{ versions: { max_version: string }[] }>();
    expect(root.versions[0]?.max_version).toMatch(/^1\.\d+$/);
    const providers = await placement.get("/resource_providers", { microversion: "1.39" });
    expect(providers.headers.get("openstack-api-version")).toBe("placement 1.39");
    expect(await providers.json()).toHaveProperty("resource_providers");
  });

  it("reaches Cinder by its volumev3 alias, project id filled into the catalog URL", async () => {
    const projectId = await conn.currentProjectId;
    expect(await conn.endpointFor("volumev3")).toBe(`http://127.0.0.1:8776/v3/${projectId}`);
    expect(await conn.endpointFor("block-storage", { interface: "internal" })).toBe(
      `http://localhost:8776/v3/${projectId}`,
    );
    expect(await conn.endpointFor("block-storage", { regionName: "RegionTwo" })).toBe(
      `http://localhost:8776/v3/${projectId}`,
    );
    expect(await conn.endpointFor("block-storage", { regionName: "RegionTwo", interface: "internal" })).toBe(
      `http://127.0.0.1:8776/v3/${projectId}`,
    );
    const types = await conn.service("block-storage").get("types").json<{ volume_types: { name: string }[] }>();
    expect(types.volume_types.map((t) => t.name)).toContain("__DEFAULT__");
  });

  it("reaches Swift's account with the project's AUTH_ prefix", async () => {
    const response = await conn.service("object-store").head("");
    expect([200, 204]).toContain(response.status);
    expect(response.headers.get("x-account-container-count")).toMatch(/^\d+$/);
  });
});
