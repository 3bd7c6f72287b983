// What clients see before any resource: version documents, microversion headers, and each
// service's error bodies. Raw fetch, so the wire itself is compared; the same file runs
// against the real cloud and the fake one (support/target.ts), and both must answer alike.
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, roots, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
let token = "";
let volumeUrl = "";
let swiftUrl = "";
beforeAll(async () => {
  token = await conn.authorize();
  volumeUrl = await conn.endpointFor("block-storage");
  swiftUrl = await conn.endpointFor("object-store");
});

const join = (root: string, path: string) => `${root.replace(/\/$/, "")}/${path}`;
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { "X-Auth-Token": token, ...headers } });
const missing = () => uniqueName("missing");

describe("version documents", () => {
  it("Keystone answers its root with 300 and v3.14, and /v3 with 200", async () => {
    const root = await fetch(roots.identity);
    expect(root.status).toBe(300);
    const body = (await root.json()) as {
      versions: { values: { id: string; status: string; links: { href: string }[] }[] };
    };
    expect(body.versions.values.map((v) => [v.id, v.status])).toEqual([["v3.14", "stable"]]);
    expect(body.versions.values[0]!.links[0]!.href).toBe(`${AUTH_URL}/`);
    expect(((await (await fetch(AUTH_URL)).json()) as { version: { id: string } }).version.id).toBe("v3.14");
  });

  it("Nova, Cinder, Placement, Neutron and Glance publish their versions and microversion ranges", async () => {
    const compute = await fetch(roots.compute);
    expect(compute.status).toBe(200);
    const nova = (
      (await compute.json()) as { versions: { id: string; status: string; version: string; min_version: string }[] }
    ).versions;
    expect(nova.map((v) => [v.id, v.status, v.version, v.min_version])).toEqual([
      ["v2.0", "SUPPORTED", "", ""],
      ["v2.1", "CURRENT", "2.93", "2.1"],
    ]);
    const volume = await fetch(roots["block-storage"]);
    expect(volume.status).toBe(300);
    expect(((await volume.json()) as { versions: unknown[] }).versions).toEqual([
      expect.objectContaining({ id: "v3.0", status: "CURRENT", version: "3.70", min_version: "3.0" }),
    ]);
    const placement = (await (await fetch(roots.placement)).json()) as { versions: unknown[] };
    expect(placement.versions).toEqual([
      { id: "v1.0", max_version: "1.39", min_version: "1.0", status: "CURRENT", links: [{ rel: "self", href: "" }] },
    ]);
    const network = (await (await fetch(roots.network)).json()) as {
      versions: { id: string; links: { href: string }[] }[];
    };
    expect(network.versions.map((v) => v.id)).toEqual(["v2.0"]);
    expect(network.versions[0]!.links[0]!.href).toBe(join(roots.network, "v2.0/"));
    const image = await fetch(roots.image);
    expect(image.status).toBe(300);
    const glance = ((await image.json()) as { versions: { id: string; status: string }[] }).versions;
    expect(glance[0]).toMatchObject({ id: "v2.15", status: "CURRENT" });
  });

  it("Swift publishes /info with its limits", async () => {
    const info = (await (await fetch(join(roots["object-store"], "info"))).json()) as {
      swift: { max_file_size: number; container_listing_limit: number };
    };
    expect(info.swift).toMatchObject({ max_file_size: 5368709122, container_listing_limit: 10000 });
  });
});

describe("microversion headers", () => {
  it("Nova echoes the microversion asked for (and the latest), in both its headers", async () => {
    const compute = await conn.endpointFor("compute");
    const asked = await get(join(compute, "flavors"), { "OpenStack-API-Version": "compute 2.79" });
    expect(asked.headers.get("openstack-api-version")).toBe("compute 2.79");
    expect(asked.headers.get("x-openstack-nova-api-version")).toBe("2.79");
    expect(
      (await get(join(compute, "os-keypairs"), { "OpenStack-API-Version": "compute latest" })).headers.get(
        "openstack-api-version",
      ),
    ).toBe("compute 2.93");
    expect((await get(join(compute, "flavors"))).headers.get("openstack-api-version")).toBe("compute 2.1");
  });

  it("refuses a microversion above the maximum with 406, as Nova and Cinder word it", async () => {
    const compute = await conn.endpointFor("compute");
    const nova = await get(join(compute, "servers"), { "OpenStack-API-Version": "compute 2.99" });
    expect(nova.status).toBe(406);
    expect(await nova.json()).toEqual({
      computeFault: {
        code: 406,
        message: "Version 2.99 is not supported by the API. Minimum is 2.1 and maximum is 2.93.",
      },
    });
    const cinder = await get(join(volumeUrl, "volumes"), { "OpenStack-API-Version": "volume 3.99" });
    expect(cinder.status).toBe(406);
    expect(await cinder.json()).toEqual({
      computeFault: {
        code: 406,
        message: "Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.70.",
      },
    });
  });

  it("refuses it too in Placement, with the range in the error", async () => {
    const response = await get(join(roots.placement, "resource_providers"), {
      "OpenStack-API-Version": "placement 1.99",
    });
    expect(response.status).toBe(406);
    const body = (await response.json()) as { errors: Record<string, unknown>[] };
    expect(body.errors[0]).toMatchObject({
      status: 406,
      title: "Not Acceptable",
      max_version: "1.39",
      min_version: "1.0",
    });
  });
});

describe("tags", () => {
  it("Keystone and Neutron answer tag calls alike: status codes, bodies, errors", async () => {
    const project = (
      (await (
        await fetch(`${AUTH_URL}/projects`, {
          method: "POST",
          headers: { "X-Auth-Token": token, "Content-Type": "application/json" },
          body: JSON.stringify({ project: { name: uniqueName("mtags") } }),
        })
      ).json()) as { project: { id: string } }
    ).project;
    try {
      const tags = `${AUTH_URL}/projects/${project.id}/tags`;
      expect((await fetch(`${tags}/blue`, { method: "PUT", headers: { "X-Auth-Token": token } })).status).toBe(201);
      expect((await get(`${tags}/blue`)).status).toBe(204);
      expect(await (await get(`${tags}/red`)).json()).toEqual({
        error: { code: 404, message: "Could not find project tag: red.", title: "Not Found" },
      });
      expect(((await (await get(tags)).json()) as { tags: string[] }).tags).toEqual(["blue"]);
    } finally {
      await fetch(`${AUTH_URL}/projects/${project.id}`, { method: "DELETE", headers: { "X-Auth-Token": token } });
    }
    const networks = join(await conn.endpointFor("network"), "v2.0/networks");
    const network = await conn.network.createNetwork({ name: uniqueName("mtags") });
    try {
      const added = await fetch(`${networks}/${network.id}/tags/blue`, {
        method: "PUT",
        headers: { "X-Auth-Token": token },
      });
      expect([added.status, await added.text()]).toEqual([201, "null"]);
      const replaced = await fetch(`${networks}/${network.id}/tags`, {
        method: "PUT",
        headers: { "X-Auth-Token": token, "Content-Type": "application/json" },
        body: JSON.stringify({ tags: ["a", "b"] }),
      });
      expect(await replaced.json()).toEqual({ tags: ["a", "b"] });
      expect(await (await get(`${networks}/${network.id}/tags/blue`)).json()).toEqual({
        NeutronError: { type: "TagNotFound", message: "Tag blue could not be found.", detail: "" },
      });
    } finally {
      await conn.network.deleteNetwork(network);
    }
  });
});

describe("error bodies", () => {
  it("Keystone: {error: {code, message, title}}", async () => {
    const id = missing();
    const response = await get(`${AUTH_URL}/projects/${id}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 404, message: `Could not find project: ${id}.`, title: "Not Found" },
    });
    expect(response.headers.get("x-openstack-request-id")).toMatch(/^req-/);
  });

  it("Neutron: {NeutronError: {type, message, detail}}, for a missing network and an unknown filter", async () => {
    const network = await conn.endpointFor("network");
    const id = missing();
    const response = await get(join(network, `v2.0/networks/${id}`));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      NeutronError: { type: "NetworkNotFound", message: `Network ${id} could not be found.`, detail: "" },
    });
    const filtered = await get(join(network, "v2.0/networks?foo=bar"));
    expect(filtered.status).toBe(400);
    expect(await filtered.json()).toEqual({
      NeutronError: { type: "HTTPBadRequest", message: "['foo'] is invalid attribute for filtering", detail: "" },
    });
  });

  it("Nova and Cinder: {itemNotFound: {code, message}}", async () => {
    const id = missing();
    const nova = await get(join(await conn.endpointFor("compute"), `servers/${id}`));
    expect(nova.status).toBe(404);
    expect(await nova.json()).toEqual({ itemNotFound: { code: 404, message: `Instance ${id} could not be found.` } });
    const cinder = await get(join(volumeUrl, `volumes/${id}`));
    expect(cinder.status).toBe(404);
    expect(await cinder.json()).toEqual({ itemNotFound: { code: 404, message: `Volume ${id} could not be found.` } });
  });

  it("Glance: an HTML page naming the image; Swift: its fixed HTML page", async () => {
    const id = missing();
    const glance = await get(join(await conn.endpointFor("image"), `v2/images/${id}`));
    expect(glance.status).toBe(404);
    expect(glance.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await glance.text()).toContain(`No image found with ID ${id}`);
    const swift = await get(join(swiftUrl, `${id}/object`));
    expect(swift.status).toBe(404);
    expect(await swift.text()).toBe("<html><h1>Not Found</h1><p>The resource could not be found.</p></html>");
    expect(swift.headers.get("x-trans-id")).toMatch(/^tx/);
  });

  it("Placement: {errors: [{status, title, detail, code, request_id}]}", async () => {
    const id = missing();
    const response = await get(join(roots.placement, `resource_providers/${id}`));
    expect(response.status).toBe(404);
    const [error] = ((await response.json()) as { errors: Record<string, unknown>[] }).errors;
    expect(error).toMatchObject({
      status: 404,
      title: "Not Found",
      detail: `The resource could not be found.\n\n No resource provider with uuid ${id} found  `,
    });
    expect(error!["request_id"]).toMatch(/^req-/);
  });

  it("every service refuses a bad token with 401 and names Keystone in WWW-Authenticate", async () => {
    const network = await fetch(join(await conn.endpointFor("network"), "v2.0/networks"), {
      headers: { "X-Auth-Token": "not-a-token" },
    });
    expect(network.status).toBe(401);
    expect(await network.json()).toEqual({
      error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
    });
    expect(network.headers.get("www-authenticate")).toBe(`Keystone uri="${AUTH_URL}"`);
    const glance = await fetch(join(await conn.endpointFor("image"), "v2/images"), {
      headers: { "X-Auth-Token": "not-a-token" },
    });
    expect(glance.status).toBe(401);
    expect(glance.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
