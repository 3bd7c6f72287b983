import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientOf } from "../fixtures.js";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";

describe("mockCloud: seeding and inspecting", () => {
  it("starts from the default cloud: users, projects, roles, catalog, flavors, a public network and an image", () => {
    const cloud = mockCloud();
    expect(cloud.state.projects.map((p) => p["name"])).toEqual(["admin", "service", "demo", "alt_demo"]);
    expect(cloud.state.users.map((u) => u["name"])).toEqual(["admin", "demo", "alt_demo"]);
    expect(cloud.state.services.map((s) => s["type"])).toEqual([
      "identity",
      "compute",
      "network",
      "image",
      "block-storage",
      "volumev3",
      "object-store",
      "placement",
      "dns",
      "orchestration",
      "load-balancer",
      "key-manager",
      "messaging",
      "baremetal",
      "shared-file-system",
      "sharev2",
      "workflowv2",
      "instance-ha",
      "baremetal-introspection",
      "clustering",
      "container-infra",
      "database",
    ]);
    expect(cloud.state.flavors.map((f) => f["name"])).toEqual(["m1.tiny", "m1.small", "m1.medium"]);
    expect(cloud.state.networks).toMatchObject([
      { name: "public", "router:external": true, project_id: cloud.ids.projects.admin },
    ]);
    expect(cloud.state.images[0]).toMatchObject({ status: "active", visibility: "public" });
    expect(cloud.authUrl).toBe("http://openstack.test/v3");
  });

  it("fills seed records in with the service's defaults, keeps what they give, and takes projects by name", async () => {
    const cloud = mockCloud({
      projects: [{ name: "research" }],
      users: [{ name: "ada", password: "lovelace", default_project_id: "research" }],
      roleAssignments: [{ role_id: "member", user_id: "ada", project_id: "research" }],
      networks: [{ name: "lab", project_id: "research", shared: true }],
    });
    const research = cloud.state.projects.find((p) => p["name"] === "research")!;
    expect(research).toMatchObject({ domain_id: "default", enabled: true, parent_id: "default" });
    expect(research["id"]).toMatch(/^[0-9a-f]{32}$/);
    const lab = cloud.state.networks.find((n) => n["name"] === "lab")!;
    expect(lab).toMatchObject({
      project_id: research["id"],
      tenant_id: research["id"],
      shared: true,
      status: "ACTIVE",
      admin_state_up: true,
      subnets: [],
    });
    // The seeded user logs in to the seeded project with the seeded role.
    const ada = clientOf(cloud, "ada", "research");
    const networks = await ada.get("network/v2.0/networks?name=lab");
    expect(networks.body.networks.map((n: { id: string }) => n.id)).toEqual([lab["id"]]);
  });

  it("refuses a seed record the service would refuse, naming it", () => {
    expect(() => mockCloud({ subnets: [{ network_id: "nope", ip_version: 4, cidr: "10.0.0.0/24" }] })).toThrow(
      /seed record .* of 'subnets' was refused: Network nope could not be found/,
    );
  });

  it("starts empty without the defaults", () => {
    const cloud = mockCloud({ defaults: false, domains: [{ id: "default", name: "Default" }] });
    expect(cloud.state.users).toEqual([]);
    expect(cloud.state.domains).toMatchObject([{ id: "default", name: "Default", enabled: true }]);
  });

  it("shows changes made through the API in its state, and changes to the state in the API", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const created = await admin.post("network/v2.0/networks", { network: { name: "made-by-api" } });
    expect(cloud.state.networks.map((n) => n["name"])).toContain("made-by-api");
    cloud.state.networks.find((n) => n["id"] === created.body.network.id)!["description"] = "changed in state";
    expect((await admin.get(`network/v2.0/networks/${created.body.network.id}`)).body.network.description).toBe(
      "changed in state",
    );
  });
});

describe("mockCloud: transitions", () => {
  it("moves passing states on by the cloud's clock, at the next request or settle()", async () => {
    const clock = manualClock();
    const cloud = mockCloud({ now: clock.now, delay: 1000 });
    const admin = clientOf(cloud);
    const volume = (await admin.post(`volume/v3/${cloud.ids.projects.admin}/volumes`, { volume: { size: 1 } })).body
      .volume;
    expect(volume.status).toBe("creating");
    clock.advance(999);
    cloud.settle();
    expect(cloud.state.volumes.find((v) => v["id"] === volume.id)!["status"]).toBe("creating");
    clock.advance(1);
    expect((await admin.get(`volume/v3/${cloud.ids.projects.admin}/volumes/${volume.id}`)).body.volume.status).toBe(
      "available",
    );
  });
});

describe("mockCloud: three ways in", () => {
  const cloud = mockCloud({ baseUrl: "http://cloud.example" });
  const server = setupServer(
    ...cloud.handlers,
    http.get("http://elsewhere.example/", () => HttpResponse.text("elsewhere")),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("answers plain fetch through msw's setupServer, everything under its base URL", async () => {
    const root = await fetch("http://cloud.example/");
    expect(root.status).toBe(300);
    const token = await fetch("http://cloud.example/v3/auth/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        auth: {
          identity: {
            methods: ["password"],
            password: { user: { name: "admin", domain: { id: "default" }, password: "admin" } },
          },
        },
      }),
    });
    expect(token.status).toBe(201);
    expect(await (await fetch("http://elsewhere.example/")).text()).toBe("elsewhere");
  });

  it("gives a fetch of its own that reaches only the cloud", async () => {
    expect((await cloud.fetch("http://cloud.example/network")).status).toBe(200);
    await expect(cloud.fetch("http://elsewhere.example/")).rejects.toThrow(/answers only http:\/\/cloud.example/);
  });
});
