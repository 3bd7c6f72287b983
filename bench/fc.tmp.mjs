import { fastCheckOf } from "../packages/core/dist/resource/fast-check.js";
const { networks } = await import("@openstack-ts/network");
console.log(typeof fastCheckOf(networks.schema));
const s = networks.schema;
for (const [k, e] of Object.entries(s.entries)) { if (!fastCheckOf(e)) console.log("slow field", k, e.type, e.wrapped?.type, e.pipe ? "pipe" : ""); }
