// Bodies from the Networking API reference (v2.0, "RBAC Policies").

export const rbacPolicyBody = {
  target_tenant: "0670b690f27e47a58b6a479d26004715",
  tenant_id: "3de27ce0a2a54cc6ae06dc62dd0ec832",
  object_type: "network",
  object_id: "1f32f072-4d17-4811-b619-3623d018bd40",
  action: "access_as_shared",
  project_id: "3de27ce0a2a54cc6ae06dc62dd0ec832",
  id: "d76f7a2e-ff2c-4ba8-9e8e-7d3c2a6b5f2c",
};

export const externalPolicyBody = {
  target_tenant: "*",
  tenant_id: "3de27ce0a2a54cc6ae06dc62dd0ec832",
  object_type: "network",
  object_id: "1f32f072-4d17-4811-b619-3623d018bd40",
  action: "access_as_external",
  project_id: "3de27ce0a2a54cc6ae06dc62dd0ec832",
  id: "6d4c666e-1aad-465e-b670-4d112b760137",
};
