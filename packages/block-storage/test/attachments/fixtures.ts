// Bodies from the Block Storage v3 API reference ("Attachments").

export const attachmentListBody = {
  attachments: [
    {
      status: "attaching",
      detached_at: "2015-09-16T09:28:52.000000",
      connection_info: {},
      attached_at: "2015-09-16T09:28:52.000000",
      attach_mode: "ro",
      instance: "31c79baf-b59e-469c-979f-1df4ecb6eea7",
      volume_id: "462dcc2d-130d-4654-8db1-da0df2da6a0d",
      id: "3b8b6631-1cf7-4fd7-9afb-c01e541a073c",
    },
  ],
};

export const createAttachmentRequest = {
  attachment: {
    instance_uuid: "462dcc2d-130d-4654-8db1-da0df2da6a0d",
    connector: {
      initiator: "iqn.1993-08.org.debian: 01: cad181614cec",
      ip: "192.168.1.20",
      platform: "x86_64",
      host: "tempest-1",
      os_type: "linux2",
      multipath: false,
      mountpoint: "/dev/vdb",
      mode: "ro",
    },
    volume_uuid: "462dcc2d-130d-4654-8db1-da0df2da6a0d",
  },
};

export const attachmentBody = {
  status: "attaching",
  detached_at: "2015-09-16T09:28:52.000000",
  connection_info: {},
  attached_at: "2015-09-16T09:28:52.000000",
  attach_mode: "ro",
  instance: "3b8b6631-1cf7-4fd7-9afb-c01e541as345",
  volume_id: "462dcc2d-130d-4654-8db1-da0df2da6a0d",
  id: "3b8b6631-1cf7-4fd7-9afb-c01e541a073c",
};

export const updateAttachmentRequest = {
  attachment: {
    connector: {
      initiator: "iqn.1993-08.org.debian: 01: cad181614cec",
      ip: "192.168.1.20",
      platform: "x86_64",
      host: "tempest-1",
      os_type: "linux2",
      multipath: false,
      mountpoint: "/dev/vdb",
      mode: "ro",
    },
  },
};

export const completeAttachmentRequest = {
  "os-complete": {},
};
