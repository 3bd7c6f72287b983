import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const ID = "b1e43b5f-eec1-44e0-9f10-7b4945c0226d";
/** os-hypervisors/detail at 2.88. */
const hypervisorBody = {
  id: ID,
  status: "enabled",
  state: "up",
  host_ip: "192.168.1.135",
  hypervisor_hostname: "host2",
  hypervisor_type: "fake",
  hypervisor_version: 1000,
  service: { host: "host2", id: "7fe9bd5a-c1de-4e9f-8b85-1e1a6c4a4cc5", disabled_reason: null },
  uptime: null,
};
/** The same compute node at 2.1: integer ids, resource counters, cpu_info as a string. */
const oldHypervisorBody = {
  cpu_info:
    '{"arch": "x86_64", "model": "Nehalem", "vendor": "Intel", "features": ["pge", "clflush"], "topology": {"cores": 1, "threads": 1, "sockets": 4}}',
  current_workload: 0,
  state: "up",
  status: "enabled",
  disk_available_least: 0,
  host_ip: "192.168.1.135",
  free_disk_gb: 1028,
  free_ram_mb: 7680,
  hypervisor_hostname: "fake-mini",
  hypervisor_type: "fake",
  hypervisor_version: 1000,
  id: 1,
  local_gb: 1028,
  local_gb_used: 0,
  memory_mb: 8192,
  memory_mb_used: 512,
  running_vms: 0,
  service: { host: "e6a37ee802d74863ab8b91ade8f12a67", id: 2, disabled_reason: null },
  vcpus: 2,
  vcpus_used: 0,
};

// nova doc/api_samples/os-hypervisors/v2.88/hypervisors-show-with-servers-resp.json
// (openstack/nova 00a030403f672b975364c855b7d25b40ef83e757)
const withServersBody = {
  hypervisor: {
    host_ip: "192.168.1.135",
    hypervisor_hostname: "fake-mini",
    hypervisor_type: "fake",
    hypervisor_version: 1000,
    id: "a68a56ab-9c42-47c0-9309-879e4a6dbe86",
    servers: [
      {
        name: "test_server1",
        uuid: "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
      },
      {
        name: "test_server2",
        uuid: "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb",
      },
    ],
    service: {
      disabled_reason: null,
      host: "compute",
      id: "8495059a-a079-4ab4-ad6f-cf45b81c877d",
    },
    state: "up",
    status: "enabled",
    uptime: null,
  },
};

describe("hypervisors", () => {
  it("lists with details through hypervisors_links, filtering by host name, at 2.88", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-hypervisors/detail`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get("marker") === null
            ? {
                hypervisors: [hypervisorBody],
                hypervisors_links: [{ href: `${API}/os-hypervisors/detail?limit=1&marker=${ID}`, rel: "next" }],
              }
            : { hypervisors: [] },
        ),
      ),
    );
    const all = await facade.listHypervisors({ hypervisor_hostname_pattern: "host", with_servers: true }, { limit: 1 });
    expect(all.map((h) => h.hypervisor_hostname)).toEqual(["host2"]);
    expect(all[0]?.vcpus).toBeUndefined();
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/os-hypervisors/detail?hypervisor_hostname_pattern=host&with_servers=true&limit=1",
      `GET /v2.1/os-hypervisors/detail?limit=1&marker=${ID}`,
    ]);
    expect(microversionOf(seen[0]!)).toBe("2.88");
  });

  it("reads an older Nova's integer ids as strings, so the hypervisor names itself", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.27" });
    server.use(
      http.get(`${API}/os-hypervisors/detail`, () => HttpResponse.json({ hypervisors: [oldHypervisorBody] })),
      http.get(`${API}/os-hypervisors/:id`, () => HttpResponse.json({ hypervisor: oldHypervisorBody })),
    );
    const [first] = await facade.listHypervisors();
    expect(first?.id).toBe("1");
    expect(first?.service.id).toBe("2");
    expect(first?.memory_mb).toBe(8192);
    expect((await facade.getHypervisor(first!)).cpu_info).toContain("Nehalem");
    expect(sent(seen[1]!)).toBe("GET /v2.1/os-hypervisors/1");
  });

  it("asks for a hypervisor with its servers (2.53+) by the with_servers option, and refuses an unknown one", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/os-hypervisors/:id`, () => HttpResponse.json(withServersBody)));
    const one = await facade.getHypervisor("a68a56ab-9c42-47c0-9309-879e4a6dbe86", { with_servers: true });
    expect(one.servers?.map((s) => s.name)).toEqual(["test_server1", "test_server2"]);
    await expect(facade.getHypervisor(one, { with_server: true } as never)).rejects.toThrow(
      "getHypervisor has no option 'with_server'; it takes: signal, with_servers",
    );
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-hypervisors/a68a56ab-9c42-47c0-9309-879e4a6dbe86?with_servers=true"]);
  });

  it("takes an older Nova's integer id as a number", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.27" });
    server.use(http.get(`${API}/os-hypervisors/:id`, () => HttpResponse.json({ hypervisor: oldHypervisorBody })));
    expect((await facade.getHypervisor(1)).id).toBe("1");
    await expect(facade.getHypervisor(-1)).rejects.toThrow(
      "Hypervisor id must be a non-empty string or a non-negative integer, got -1",
    );
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-hypervisors/1"]);
  });

  it("refuses with_servers and hypervisor_hostname_pattern before 2.53, which ignores them, before any request", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.52" });
    const one = facade.getHypervisor(1, { with_servers: true });
    await expect(one).rejects.toBeInstanceOf(MicroversionError);
    await expect(one).rejects.toThrow(
      "getHypervisor: 'with_servers' needs microversion 2.53 or later, but this call uses 2.52",
    );
    await expect(facade.listHypervisors({ hypervisor_hostname_pattern: "host" })).rejects.toThrow(
      "listHypervisors: 'hypervisor_hostname_pattern' needs microversion 2.53 or later, but this call uses 2.52",
    );
    await expect(facade.listHypervisors({ with_servers: false })).rejects.toThrow(
      "'with_servers' needs microversion 2.53",
    );
    expect(seen).toEqual([]);
  });
});
