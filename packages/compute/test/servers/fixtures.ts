// Bodies shaped like the Compute API reference's samples (2.1, 2.69 and 2.90 views).
import { API } from "../fixtures.js";

export const SERVER_ID = "9e5f2b36-6d1c-4b8e-9f1a-4c2b7d3e8a01";
export const OTHER_ID = "0b6c3f1e-2a4d-4e7f-8c9b-1d2e3f4a5b6c";
export const IMAGE_ID = "70a599e0-31e7-49b7-b260-868f441e862b";
const PROJECT = "6f70656e737461636b20342065766572";

const links = (id: string) => [
  { href: `${API}/servers/${id}`, rel: "self" },
  { href: `${API.replace("/v2.1", "")}/servers/${id}`, rel: "bookmark" },
];

/** GET servers/{id} at 2.90 as an admin sees it. */
export const serverBody = {
  "OS-DCF:diskConfig": "AUTO",
  "OS-EXT-AZ:availability_zone": "nova",
  "OS-EXT-SRV-ATTR:host": "compute",
  "OS-EXT-SRV-ATTR:hostname": "new-server-test",
  "OS-EXT-SRV-ATTR:hypervisor_hostname": "fake-mini",
  "OS-EXT-SRV-ATTR:instance_name": "instance-00000001",
  "OS-EXT-SRV-ATTR:kernel_id": "",
  "OS-EXT-SRV-ATTR:launch_index": 0,
  "OS-EXT-SRV-ATTR:ramdisk_id": "",
  "OS-EXT-SRV-ATTR:reservation_id": "r-ov3q80zj",
  "OS-EXT-SRV-ATTR:root_device_name": "/dev/sda",
  "OS-EXT-SRV-ATTR:user_data": "IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==",
  "OS-EXT-STS:power_state": 1,
  "OS-EXT-STS:task_state": null,
  "OS-EXT-STS:vm_state": "active",
  "OS-SRV-USG:launched_at": "2021-08-19T15:16:22.177882",
  "OS-SRV-USG:terminated_at": null,
  accessIPv4: "1.2.3.4",
  accessIPv6: "80fe::",
  addresses: {
    private: [
      { "OS-EXT-IPS-MAC:mac_addr": "00:0c:29:0d:11:74", "OS-EXT-IPS:type": "fixed", addr: "192.168.1.30", version: 4 },
    ],
  },
  config_drive: "",
  created: "2021-08-19T15:16:18Z",
  description: null,
  flavor: { disk: 1, ephemeral: 0, extra_specs: {}, original_name: "m1.tiny", ram: 512, swap: 0, vcpus: 1 },
  hostId: "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
  host_status: "UP",
  id: SERVER_ID,
  image: { id: IMAGE_ID, links: [{ href: `${API}/images/${IMAGE_ID}`, rel: "bookmark" }] },
  key_name: null,
  links: links(SERVER_ID),
  locked: false,
  locked_reason: null,
  metadata: { "My Server Name": "Apache1" },
  name: "new-server-test",
  "os-extended-volumes:volumes_attached": [{ id: "volume_id1", delete_on_termination: false }],
  progress: 0,
  security_groups: [{ name: "default" }],
  server_groups: [],
  status: "ACTIVE",
  tags: [],
  tenant_id: PROJECT,
  trusted_image_certificates: null,
  updated: "2021-08-19T15:16:22Z",
  user_id: "admin",
};

/** A server as 2.1 shows it: the flavor by reference, none of the later fields. */
export const oldServerBody = {
  accessIPv4: "",
  accessIPv6: "",
  addresses: {},
  created: "2013-09-03T04:01:32Z",
  flavor: { id: "1", links: [{ href: `${API}/flavors/1`, rel: "bookmark" }] },
  hostId: "",
  id: OTHER_ID,
  // Booted from a volume.
  image: "",
  key_name: null,
  links: links(OTHER_ID),
  metadata: {},
  name: "other-server",
  "OS-DCF:diskConfig": "MANUAL",
  status: "BUILD",
  progress: 0,
  tenant_id: PROJECT,
  updated: "2013-09-03T04:01:33Z",
  user_id: "fake",
};

/** A server in a cell that cannot be reached (2.69+, servers/detail). */
export const downCellServerBody = {
  created: "2018-12-05T13:05:01Z",
  id: "5a4d2d0f-0000-4000-8000-00000000c311",
  status: "UNKNOWN",
  tenant_id: PROJECT,
  links: links("5a4d2d0f-0000-4000-8000-00000000c311"),
};

/** POST servers answers. */
export const serverCreatedBody = {
  server: {
    "OS-DCF:diskConfig": "AUTO",
    adminPass: "6NpUwoz2QDRN",
    id: SERVER_ID,
    links: links(SERVER_ID),
    security_groups: [{ name: "default" }],
  },
};
