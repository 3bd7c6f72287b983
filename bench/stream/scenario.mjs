// Scenario 3: streaming a long list, page by page, without holding it.
import { lastJson, runMeasured } from "../lib/child.mjs";
import { BENCH } from "../lib/paths.mjs";
import { startListServer } from "../lib/server.mjs";
import { alternate, fmt, medianOf, ratio, table } from "../lib/stats.mjs";

const CONTESTANTS = ["bare fetch", "openstack-ts networks.list"];
const TOTAL = 100_000;

export async function streamScenario({ rounds, log }) {
  const server = await startListServer(TOTAL);
  try {
    const samples = await alternate(
      CONTESTANTS,
      rounds,
      async (name) =>
        lastJson(
          (
            await runMeasured(
              process.execPath,
              ["--expose-gc", `${BENCH}stream/client.mjs`, name, server.base, String(TOTAL)],
              { cwd: BENCH },
            )
          ).stdout,
        ),
      { log },
    );
    const base = samples.get("bare fetch");
    const rows = [...samples].map(([name, s]) => [
      name,
      fmt(medianOf(s, "wallMs")),
      ratio(medianOf(s, "wallMs"), medianOf(base, "wallMs")),
      fmt(medianOf(s, "cpuMs")),
      ratio(medianOf(s, "cpuMs"), medianOf(base, "cpuMs")),
      fmt(medianOf(s, "peakGrowthMiB")),
      fmt(Math.max(...s.map((x) => x.peakGrowthMiB))),
      fmt(Math.max(...s.map((x) => x.liveGrowthMiB))),
    ]);
    const ts = samples.get("openstack-ts networks.list");
    const worst = Math.max(...ts.map((x) => x.peakGrowthMiB));
    return {
      title: "3. Streaming a long list",
      text: `${TOTAL.toLocaleString("en")} networks (the API reference's sample, distinct ids) in pages of 1,000 with Neutron's \`networks_links\`, from a Node http server in another process, iterated with \`for await\` and not kept. Heap growth = peak \`process.memoryUsage().heapUsed\` (sampled every 100 items) minus the heap after \`gc()\` once each contestant has fetched one item through its own path (so neither counts Node loading its fetch implementation, ~2 MiB, at a first request): it counts garbage V8 has not collected yet, so it follows V8's young-generation sizing as much as the client. "Live" comes from a second, unmeasured walk in the same process that calls \`gc()\` every 10,000 items: what the walk actually holds. ${rounds} runs each, alternating.`,
      table: table(
        [
          "contestant",
          "wall ms",
          "wall ×",
          "CPU ms",
          "CPU ×",
          "peak heap growth MiB (median)",
          "(worst)",
          "live heap growth MiB (worst)",
        ],
        rows,
      ),
      targets: [
        {
          target: "streaming 100,000 items: heap growth < 20 MB (worst run)",
          value: `${fmt(worst)} MiB`,
          ok: worst * 2 ** 20 < 20e6,
        },
      ],
    };
  } finally {
    server.stop();
  }
}
