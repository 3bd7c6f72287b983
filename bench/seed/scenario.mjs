// Scenario 1: the seed scenario as a whole process on the loopback cloud, three contestants.
import { Connection } from "@openstack-ts/openstack";
import { lastJson, runMeasured } from "../lib/child.mjs";
import { buildOneFile } from "../lib/one-file.mjs";
import { BENCH, PYTHON } from "../lib/paths.mjs";
import { alternate, fmt, median, medianOf, ratio, table } from "../lib/stats.mjs";

const AUTH = { authUrl: "http://127.0.0.1:5000/v3", projectName: "admin", username: "admin", password: "admin" };

const ONE_FILE = "openstack-ts, one-file build (prototype)";
const contestants = {
  "openstack-ts": [process.execPath, [`${BENCH}seed/openstack-ts.mjs`]],
  "bare fetch": [process.execPath, [`${BENCH}seed/fetch.mjs`]],
  "openstacksdk (Python)": [PYTHON, [`${BENCH}seed/openstacksdk.py`]],
  [ONE_FILE]: [process.execPath, [`${BENCH}seed/openstack-ts.mjs`]],
};

export async function seedScenario({ rounds, log }) {
  const oneFile = await buildOneFile();
  const prefix = `bench-seed-${Date.now().toString(36)}`;
  let count = 0;
  try {
    const samples = await alternate(
      Object.keys(contestants),
      rounds,
      async (name) => {
        const [command, args] = contestants[name];
        const network = `${prefix}-${count++}`;
        const env = name === ONE_FILE ? { ...process.env, OPENSTACK_TS_MODULE: oneFile } : process.env;
        const result = await runMeasured(command, [...args, network], { cwd: BENCH, env });
        const seen = lastJson(result.stdout);
        // A contestant that skipped a step would look fast: check it did the work.
        if (
          !seen.projects.includes("admin") ||
          !seen.created ||
          seen.found !== seen.created ||
          !(seen.tokenLength > 20)
        ) {
          throw new Error(`${name} did not complete the seed scenario: ${result.stdout}`);
        }
        return result;
      },
      { log },
    );
    return report(samples, rounds);
  } finally {
    await cleanUp(prefix);
  }
}

function report(samples, rounds) {
  const base = samples.get("bare fetch");
  const sdk = samples.get("openstacksdk (Python)");
  const [baseWall, baseCpu] = [medianOf(base, "wallMs"), medianOf(base, "cpuMs")];
  // The cloud's own speed drifts over a run (here by up to a fifth); contestants of one round
  // run back to back, so the ratio within each round is shown beside the ratio of medians.
  const paired = (s, field) => median(s.map((sample, round) => sample[field] / base[round][field]));
  const rows = [...samples].map(([name, s]) => {
    const wall = medianOf(s, "wallMs");
    const cpu = medianOf(s, "cpuMs");
    return [
      name,
      fmt(wall),
      ratio(wall, baseWall),
      `${paired(s, "wallMs").toFixed(2)}×`,
      fmt(cpu),
      ratio(cpu, baseCpu),
      fmt(medianOf(s, "maxRssKb") / 1024),
    ];
  });
  const ts = samples.get("openstack-ts");
  const [tsWall, tsCpu] = [medianOf(ts, "wallMs"), medianOf(ts, "cpuMs")];
  return {
    title: "1. Seed scenario, whole process, loopback cloud",
    text: `Authenticate, list projects, find / create / find / delete a network, authorize; each contestant a fresh process (runtime start and imports included), ${rounds} runs each, alternating. Medians; ratios against bare fetch, of the medians and (wall) the median of the ratios within each round. CPU = user + sys of the process (wait4). The bare-fetch script sends the very requests openstack-ts sends (10, discovery included). The last row is not what ships: the same code bundled into one module by the bench (see cold start).`,
    table: table(["contestant", "wall ms", "wall ×", "wall × within rounds", "CPU ms", "CPU ×", "max RSS MiB"], rows),
    targets: [
      { target: "seed CPU ≤ 1.5× bare fetch", value: ratio(tsCpu, baseCpu), ok: tsCpu <= 1.5 * baseCpu },
      {
        target: "seed wall ≤ 1.1× bare fetch",
        value: `${ratio(tsWall, baseWall)} (within rounds ${paired(ts, "wallMs").toFixed(2)}×)`,
        ok: tsWall <= 1.1 * baseWall,
      },
      {
        target: "seed CPU below openstacksdk",
        value: `${fmt(tsCpu)} vs ${fmt(medianOf(sdk, "cpuMs"))} ms`,
        ok: tsCpu < medianOf(sdk, "cpuMs"),
      },
      {
        target: "seed wall below openstacksdk",
        value: `${fmt(tsWall)} vs ${fmt(medianOf(sdk, "wallMs"))} ms`,
        ok: tsWall < medianOf(sdk, "wallMs"),
      },
    ],
  };
}

/** Every contestant deletes its network; this catches the ones a failed run left behind. */
async function cleanUp(prefix) {
  const conn = new Connection(AUTH);
  for (const network of await conn.network.listNetworks()) {
    if (network.name.startsWith(prefix)) await conn.network.deleteNetwork(network);
  }
}
