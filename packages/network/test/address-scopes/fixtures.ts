// Bodies from the Networking API reference (v2.0, "Address scopes").

export const addressScopeBody = {
  name: "address-scope-ip4",
  tenant_id: "a7a7fa10fd7a4c80acb7e4b224480495",
  ip_version: 4,
  shared: true,
  project_id: "a7a7fa10fd7a4c80acb7e4b224480495",
  id: "4143da3e-d2a7-4077-ba80-215ecfd016d7",
};
