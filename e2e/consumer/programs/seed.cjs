// The seed example from CommonJS: the SDK by `require()` of its ES modules, which Node 20.19+
// and 22 allow for modules without top-level await (the body is one too). Prints what it saw,
// as seed.mjs does.
const openstack = require("@openstack-ts/openstack");
const { seed } = require("./seed-body.mjs");

seed(openstack, process.env.SEED_NETWORK).then(
  (seen) => console.log(JSON.stringify({ runtime: "node-cjs", ...seen })),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
