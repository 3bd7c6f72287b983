export { dnsService } from "./descriptor.js";
export { dns, dnsCalls } from "./service-definition.js";

export * from "./resources.js";
export { getZoneExportText } from "./zone-exports/export-text.js";
export { Limits, getLimits } from "./limits/limits.js";
export { scopedDns, type ProjectScope } from "./project-scope.js";
