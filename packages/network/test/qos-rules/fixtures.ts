// Bodies from the Networking API reference (v2.0, "QoS bandwidth limit rules", "QoS DSCP
// marking rules", "QoS minimum bandwidth rules", "QoS minimum packet rate rules").

export const policyId = "46ebaec0-0570-43ac-82f6-60d2b03168c4";

export const bandwidthLimitRuleBody = {
  id: "5f126d84-551a-4dcf-bb01-0e9c0df0c793",
  max_kbps: 10000,
  max_burst_kbps: 0,
  direction: "egress",
};
export const dscpMarkingRuleBody = { id: "5f126d84-551a-4dcf-bb01-0e9c0df0c794", dscp_mark: 26 };
export const minimumBandwidthRuleBody = {
  id: "1eddf7af-0b4c-42c5-8ae1-390b32f1de08",
  min_kbps: 10000,
  direction: "egress",
};
export const minimumPacketRateRuleBody = {
  id: "5f126d84-551a-4dcf-bb01-0e9c0df0c793",
  min_kpps: 1000,
  direction: "egress",
};
