// Bodies from the Networking API reference (v2.0, "Quotas extension" and "Quotas details
// extension"), trimmed to what the tests read.

export const projectId = "bab7d5c60cd041a0a36f7c4b6e1dd978";

export const quotaListBody = {
  quotas: [
    {
      floatingip: 50,
      network: 15,
      port: 50,
      project_id: projectId,
      rbac_policy: -1,
      router: 10,
      security_group: 10,
      security_group_rule: 100,
      subnet: 10,
      subnetpool: -1,
      tenant_id: projectId,
    },
  ],
};

/** GET quotas/{project_id}: the limits alone, without the project. */
export const quotaBody = {
  quota: {
    floatingip: 50,
    network: 10,
    port: 50,
    rbac_policy: -1,
    router: 10,
    security_group: 10,
    security_group_rule: 100,
    subnet: 10,
    subnetpool: -1,
  },
};

export const quotaDetailsBody = {
  quota: {
    rbac_policy: { used: 4, limit: 10, reserved: 0 },
    subnetpool: { used: 2, limit: -1, reserved: 0 },
    security_group_rule: { used: 10, limit: 100, reserved: 1 },
    security_group: { used: 3, limit: 10, reserved: 0 },
    subnet: { used: 3, limit: 100, reserved: 0 },
    port: { used: 21, limit: 500, reserved: 3 },
    network: { used: 9, limit: 100, reserved: 2 },
  },
};
