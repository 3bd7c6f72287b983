// Bodies from the Block Storage v3 API reference ("Services"): the list at 3.49, enable, disable with a reason.

export const servicesBody = {
  services: [
    {
      binary: "cinder-scheduler",
      cluster: null,
      disabled_reason: "test1",
      host: "host1",
      state: "down",
      status: "disabled",
      updated_at: "2012-10-29T13:42:02.000000",
      zone: "cinder",
    },
    {
      active_backend_id: null,
      backend_state: null,
      binary: "cinder-volume",
      cluster: null,
      disabled_reason: "test2",
      frozen: false,
      host: "host1",
      replication_status: null,
      state: "down",
      status: "disabled",
      updated_at: "2012-10-29T13:42:05.000000",
      zone: "cinder",
    },
    {
      binary: "cinder-scheduler",
      cluster: "cluster1",
      disabled_reason: "",
      host: "host2",
      state: "down",
      status: "enabled",
      updated_at: "2012-09-19T06:55:34.000000",
      zone: "cinder",
    },
    {
      active_backend_id: null,
      backend_state: null,
      binary: "cinder-volume",
      cluster: "cluster1",
      disabled_reason: "test4",
      frozen: false,
      host: "host2",
      replication_status: null,
      state: "down",
      status: "disabled",
      updated_at: "2012-09-18T08:03:38.000000",
      zone: "cinder",
    },
    {
      active_backend_id: null,
      backend_state: null,
      binary: "cinder-volume",
      cluster: "cluster2",
      disabled_reason: "test5",
      frozen: false,
      host: "host2",
      replication_status: null,
      state: "down",
      status: "disabled",
      updated_at: "2012-10-29T13:42:05.000000",
      zone: "cinder",
    },
    {
      active_backend_id: null,
      backend_state: null,
      binary: "cinder-volume",
      cluster: "cluster2",
      disabled_reason: "",
      frozen: false,
      host: "host2",
      replication_status: null,
      state: "down",
      status: "enabled",
      updated_at: "2012-09-18T08:03:38.000000",
      zone: "cinder",
    },
    {
      binary: "cinder-scheduler",
      cluster: null,
      disabled_reason: "",
      host: "host2",
      state: "down",
      status: "enabled",
      updated_at: null,
      zone: "cinder",
    },
  ],
};

export const enableRequest = {
  host: "host1",
  binary: "cinder-volume",
};

export const enableResponse = {
  binary: "cinder-volume",
  disabled: false,
  host: "host1",
  service: "",
  status: "enabled",
};

export const disableReasonRequest = {
  host: "host1",
  binary: "cinder-volume",
  disabled_reason: "test2",
};

export const disableReasonResponse = {
  binary: "cinder-volume",
  disabled: true,
  disabled_reason: "test2",
  host: "host1",
  service: "",
  status: "disabled",
};

export const failoverRequest = {
  host: "host1",
};

export const freezeRequest = {
  host: "host1",
};

export const getLogRequest = {
  binary: "cinder-volume",
  server: "devstack@lvmdriver-1",
  prefix: "cinder.volume",
};

export const getLogResponse = {
  log_levels: [
    {
      binary: "cinder-volume",
      host: "host2",
      levels: {
        "cinder.volume.api": "DEBUG",
      },
    },
    {
      binary: "cinder-volume",
      host: "host2",
      levels: {
        "cinder.volume.api": "DEBUG",
      },
    },
    {
      binary: "cinder-volume",
      host: "host2",
      levels: {
        "cinder.volume.api": "DEBUG",
      },
    },
  ],
};

export const setLogRequest = {
  binary: "cinder-volume",
  server: "devstack@lvmdriver-1",
  prefix: "cinder.volume",
  level: "ERROR",
};
