// Bodies from the Networking API reference (v2.0, "Segments").

export const segmentBody = {
  name: null,
  network_id: "5c0cb560-4089-41dd-be29-469907a23b49",
  segmentation_id: 2000,
  network_type: "vlan",
  physical_network: "segment-1",
  revision_number: 1,
  id: "57fe85e4-ca2f-4192-b3cd-d5c249d7a21f",
  created_at: "2018-03-19T19:16:56Z",
  updated_at: "2018-03-19T19:16:56Z",
  description: null,
};

export const vxlanSegmentBody = {
  ...segmentBody,
  name: "segment-vxlan",
  id: "0b8a1a3c-5a2c-4e43-8f5c-5fa1bd3d2f8b",
  network_type: "vxlan",
  physical_network: null,
  segmentation_id: 2101,
};
