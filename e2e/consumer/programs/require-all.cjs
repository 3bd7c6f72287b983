// require() of every installed @openstack-ts package from CommonJS: Node 20.19+ and 22 load ES
// modules that way only when no module of theirs awaits at top level. The mock is left out: it
// needs its peers (msw, vitest), which a project gets with its test suite, not here.
const { dependencies } = require("./package.json");

const loaded = {};
for (const name of Object.keys(dependencies)) {
  if (!name.startsWith("@openstack-ts/") || name === "@openstack-ts/mock") continue;
  loaded[name] = Object.keys(require(name)).length;
}
console.log(JSON.stringify(loaded));
