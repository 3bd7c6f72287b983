/**
 * openstacksdk's defaults (its `defaults.json` plus the Python-side ones), laid under every
 * cloud before its profile and its own settings. Values as openstacksdk 0.101 ships them.
 */
export const DEFAULTS: Readonly<Record<string, unknown>> = {
  api_timeout: null,
  verify: true,
  cacert: null,
  cert: null,
  key: null,
  auth_type: "password",
  baremetal_status_code_retries: 5,
  baremetal_introspection_status_code_retries: 5,
  image_status_code_retries: 5,
  disable_vendor_agent: {},
  interface: "public",
  floating_ip_source: "neutron",
  image_api_use_tasks: false,
  image_format: "qcow2",
  message: "",
  network_api_version: "2",
  object_store_api_version: "1",
  secgroup_source: "neutron",
  status: "active",
};
