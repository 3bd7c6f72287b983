// How CI splits the real-cloud suite to finish in time (.ci/run). `pnpm test:e2e` runs every
// file one after another and never reads this. CI runs the "first" phase that way, then the
// two streams below side by side, each its own vitest process, with the consumer tests beside
// them. Most of the suite's time is waiting on services (a Trove instance giving up on its
// guest, a Magnum cluster timing out, Senlin's actions), not CPU: two streams that wait on
// different services overlap their waits.
//
//   node e2e/ci-streams.mjs first|slow-services|apart   the files of a phase, one per line
//
// A stream may run beside the other only if neither can see what the other does:
// - slow-services: Senlin, Magnum and Trove. They boot Nova servers, make Heat stacks, Neutron
//   ports, Glance images and Keystone trusts, so nothing that lists or changes those (or
//   Nova's compute service, as Masakari's host recovery does) may run beside them.
// - apart: services the slow ones never call (Designate, Barbican, Zaqar, Mistral, Octavia
//   with its no-op drivers, Ironic and its inspector, Manila's dummy driver, Swift), the fake
//   cloud's fault matrix, and the dashboard's views of the fake cloud and of Manila and Ironic.
// Everything else is "first", run alone before them.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const streams = {
  "slow-services": [
    "e2e/clustering.test.ts",
    "e2e/mock-clustering.test.ts",
    "e2e/sdk-parity-clustering.test.ts",
    "e2e/container-infra.test.ts",
    "e2e/mock-container-infrastructure-management.test.ts",
    "e2e/sdk-parity-container-infra.test.ts",
    "e2e/database.test.ts",
    "e2e/mock-database.test.ts",
    "e2e/sdk-parity-database.test.ts",
  ],
  apart: [
    "e2e/dns.test.ts",
    "e2e/dns-more.test.ts",
    "e2e/dns-pages.test.ts",
    "e2e/dns-projects.test.ts",
    "e2e/mock-dns.test.ts",
    "e2e/key-manager.test.ts",
    "e2e/key-manager-more.test.ts",
    "e2e/mock-key-manager.test.ts",
    "e2e/message.test.ts",
    "e2e/mock-message.test.ts",
    "e2e/sdk-parity-message.test.ts",
    "e2e/workflow.test.ts",
    "e2e/workflow-more.test.ts",
    "e2e/mock-workflow.test.ts",
    "e2e/sdk-parity-workflow.test.ts",
    "e2e/load-balancer.test.ts",
    "e2e/load-balancer-more.test.ts",
    "e2e/load-balancer-pages.test.ts",
    "e2e/mock-load-balancer.test.ts",
    "e2e/baremetal.test.ts",
    "e2e/baremetal-nodes.test.ts",
    "e2e/mock-baremetal.test.ts",
    "e2e/sdk-parity-baremetal.test.ts",
    "e2e/baremetal-introspection.test.ts",
    "e2e/mock-baremetal-introspection.test.ts",
    "e2e/sdk-parity-baremetal-introspection.test.ts",
    "e2e/shared-file-system.test.ts",
    "e2e/shared-file-system-more.test.ts",
    "e2e/mock-shared-file-system.test.ts",
    "e2e/sdk-parity-shared-file-system.test.ts",
    "e2e/object-store.test.ts",
    "e2e/object-store-large.test.ts",
    "e2e/mock-object-store.test.ts",
    "e2e/faults/matrix-mock.test.ts",
    "e2e/dashboard-fake-services.test.ts",
    "e2e/dashboard-fake-resources.test.ts",
    "e2e/dashboard-shares.test.ts",
    "e2e/dashboard-nodes.test.ts",
  ],
};

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every file of the e2e project, as vitest.config.ts includes it (the consumer tests are their own project). */
function e2eFiles(dir = join(root, "e2e")) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "consumer" || entry.name === "node_modules" ? [] : e2eFiles(path);
    return entry.name.endsWith(".test.ts") ? [relative(root, path)] : [];
  });
}

const all = e2eFiles().sort();
const named = Object.values(streams).flat();
const problems = [
  ...named.filter((file) => !all.includes(file)).map((file) => `${file} is named in a stream and does not exist`),
  ...named.filter((file, i) => named.indexOf(file) !== i).map((file) => `${file} is in two streams`),
  // vitest reads each argument as a part of a path: one that is also part of another file's
  // path would bring that file along.
  ...all.flatMap((file) =>
    all.filter((other) => other !== file && other.includes(file)).map((other) => `${file} also matches ${other}`),
  ),
];
const phase = process.argv[2];
const files = phase === "first" ? all.filter((file) => !named.includes(file)) : streams[phase];
if (problems.length > 0 || files === undefined) {
  for (const problem of problems) console.error(problem);
  if (files === undefined) console.error(`usage: node e2e/ci-streams.mjs first|${Object.keys(streams).join("|")}`);
  process.exit(2);
}
console.log(files.join("\n"));
