// Nova's own samples of partial records from cells it cannot reach (microversion 2.69),
// verbatim, from the repository named beside each (commit 00a030403f672b975364c855b7d25b40ef83e757).

/** openstack/nova, doc/api_samples/servers/v2.69/servers-list-resp.json, commit 00a030403f672b975364c855b7d25b40ef83e757 */
export const serversListSample = {
  servers: [
    {
      id: "2e136db7-b4a4-4815-8a00-25d9bfe59617",
      status: "UNKNOWN",
      links: [
        {
          href: "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/2e136db7-b4a4-4815-8a00-25d9bfe59617",
          rel: "self",
        },
        {
          href: "http://openstack.example.com/6f70656e737461636b20342065766572/servers/2e136db7-b4a4-4815-8a00-25d9bfe59617",
          rel: "bookmark",
        },
      ],
    },
  ],
};

/** openstack/nova, doc/api_samples/servers/v2.69/servers-details-resp.json, commit 00a030403f672b975364c855b7d25b40ef83e757 */
export const serversDetailSample = {
  servers: [
    {
      created: "2018-12-03T21:06:18Z",
      id: "b6b0410f-b65f-4473-855e-5d82a71759e0",
      status: "UNKNOWN",
      tenant_id: "6f70656e737461636b20342065766572",
      links: [
        {
          href: "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/b6b0410f-b65f-4473-855e-5d82a71759e0",
          rel: "self",
        },
        {
          href: "http://openstack.example.com/6f70656e737461636b20342065766572/servers/b6b0410f-b65f-4473-855e-5d82a71759e0",
          rel: "bookmark",
        },
      ],
    },
  ],
};

/** openstack/nova, doc/api_samples/servers/v2.69/server-get-resp.json, commit 00a030403f672b975364c855b7d25b40ef83e757 */
export const serverGetSample = {
  server: {
    "OS-EXT-AZ:availability_zone": "UNKNOWN",
    "OS-EXT-STS:power_state": 0,
    created: "2018-12-03T21:06:18Z",
    flavor: {
      disk: 1,
      ephemeral: 0,
      extra_specs: {},
      original_name: "m1.tiny",
      ram: 512,
      swap: 0,
      vcpus: 1,
    },
    id: "33748c23-38dd-4f70-b774-522fc69e7b67",
    image: {
      id: "70a599e0-31e7-49b7-b260-868f441e862b",
      links: [
        {
          href: "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
          rel: "bookmark",
        },
      ],
    },
    status: "UNKNOWN",
    tenant_id: "6f70656e737461636b20342065766572",
    user_id: "admin",
    links: [
      {
        href: "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/33748c23-38dd-4f70-b774-522fc69e7b67",
        rel: "self",
      },
      {
        href: "http://openstack.example.com/6f70656e737461636b20342065766572/servers/33748c23-38dd-4f70-b774-522fc69e7b67",
        rel: "bookmark",
      },
    ],
  },
};

/** openstack/nova, doc/api_samples/os-services/v2.69/services-list-get-resp.json, commit 00a030403f672b975364c855b7d25b40ef83e757 */
export const servicesListSample = {
  services: [
    {
      binary: "nova-compute",
      host: "host1",
      status: "UNKNOWN",
    },
    {
      binary: "nova-compute",
      host: "host2",
      status: "UNKNOWN",
    },
  ],
};

/** openstack/nova, api-guide/source/down_cells.rst, commit 00a030403f672b975364c855b7d25b40ef83e757: GET /servers/detail, one server of an unreachable cell and one of a healthy cell */
export const guideServersDetailSample = {
  servers: [
    {
      created: "2018-06-29T15:07:29Z",
      id: "bcc6c6dd-3d0a-4633-9586-60878fd68edb",
      status: "UNKNOWN",
      tenant_id: "940f47b984034c7f8f9624ab28f5643c",
      security_groups: [
        {
          name: "default",
        },
      ],
      links: [
        {
          href: "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/bcc6c6dd-3d0a-4633-9586-60878fd68edb",
          rel: "self",
        },
        {
          href: "http://openstack.example.com/6f70656e737461636b20342065766572/servers/bcc6c6dd-3d0a-4633-9586-60878fd68edb",
          rel: "bookmark",
        },
      ],
    },
    {
      "OS-DCF:diskConfig": "AUTO",
      "OS-EXT-AZ:availability_zone": "nova",
      "OS-EXT-SRV-ATTR:host": "compute",
      "OS-EXT-SRV-ATTR:hostname": "new-server-test",
      "OS-EXT-SRV-ATTR:hypervisor_hostname": "fake-mini",
      "OS-EXT-SRV-ATTR:instance_name": "instance-00000001",
      "OS-EXT-SRV-ATTR:kernel_id": "",
      "OS-EXT-SRV-ATTR:launch_index": 0,
      "OS-EXT-SRV-ATTR:ramdisk_id": "",
      "OS-EXT-SRV-ATTR:reservation_id": "r-y0w4v32k",
      "OS-EXT-SRV-ATTR:root_device_name": "/dev/sda",
      "OS-EXT-SRV-ATTR:user_data": "IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==",
      "OS-EXT-STS:power_state": 1,
      "OS-EXT-STS:task_state": null,
      "OS-EXT-STS:vm_state": "active",
      "OS-SRV-USG:launched_at": "2017-10-10T15:49:09.516729",
      "OS-SRV-USG:terminated_at": null,
      accessIPv4: "1.2.3.4",
      accessIPv6: "80fe::",
      addresses: {
        private: [
          {
            "OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:ff",
            "OS-EXT-IPS:type": "fixed",
            addr: "192.168.0.3",
            version: 4,
          },
        ],
      },
      config_drive: "",
      created: "2017-10-10T15:49:08Z",
      description: null,
      flavor: {
        disk: 1,
        ephemeral: 0,
        extra_specs: {
          "hw:numa_nodes": "1",
        },
        original_name: "m1.tiny.specs",
        ram: 512,
        swap: 0,
        vcpus: 1,
      },
      hostId: "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
      host_status: "UP",
      id: "569f39f9-7c76-42a1-9c2d-8394e2638a6d",
      image: {
        id: "70a599e0-31e7-49b7-b260-868f441e862b",
        links: [
          {
            href: "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
            rel: "bookmark",
          },
        ],
      },
      key_name: null,
      links: [
        {
          href: "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/569f39f9-7c76-42a1-9c2d-8394e2638a6d",
          rel: "self",
        },
        {
          href: "http://openstack.example.com/6f70656e737461636b20342065766572/servers/569f39f9-7c76-42a1-9c2d-8394e2638a6d",
          rel: "bookmark",
        },
      ],
      locked: false,
      metadata: {
        "My Server Name": "Apache1",
      },
      name: "new-server-test",
      "os-extended-volumes:volumes_attached": [],
      progress: 0,
      security_groups: [
        {
          name: "default",
        },
      ],
      status: "ACTIVE",
      tags: [],
      tenant_id: "6f70656e737461636b20342065766572",
      trusted_image_certificates: ["0b5d2c72-12cc-4ba6-a8d7-3ff5cc1d8cb8", "674736e3-f25c-405c-8362-bbf991e0ce0a"],
      updated: "2017-10-10T15:49:09Z",
      user_id: "fake",
    },
  ],
};

/** openstack/nova, api-guide/source/down_cells.rst, commit 00a030403f672b975364c855b7d25b40ef83e757: GET /os-services, two compute services of unreachable cells and two healthy services */
export const guideServicesSample = {
  services: [
    {
      binary: "nova-compute",
      host: "host1",
      status: "UNKNOWN",
    },
    {
      binary: "nova-compute",
      host: "host2",
      status: "UNKNOWN",
    },
    {
      id: 1,
      binary: "nova-scheduler",
      disabled_reason: "test1",
      host: "host3",
      state: "up",
      status: "disabled",
      updated_at: "2012-10-29T13:42:02.000000",
      forced_down: false,
      zone: "internal",
    },
    {
      id: 2,
      binary: "nova-compute",
      disabled_reason: "test2",
      host: "host4",
      state: "up",
      status: "disabled",
      updated_at: "2012-10-29T13:42:05.000000",
      forced_down: false,
      zone: "nova",
    },
  ],
};
