// Scenario 5: what the schema check costs on top of JSON.parse, on a 1,000-server
// `servers/detail` body. Each sample is a fresh process (same heap state for both).
import { mkdirSync, writeFileSync } from "node:fs";
import { lastJson, runMeasured } from "../lib/child.mjs";
import { loadFixtures } from "../lib/fixtures.mjs";
import { BENCH } from "../lib/paths.mjs";
import { alternate, fmt, medianOf, ratio, table } from "../lib/stats.mjs";

const COUNT = 1000;
const CONTESTANTS = ["JSON.parse", "JSON.parse + schema (parseItem)"];

/** The API reference's admin view of a server (2.90), repeated with distinct ids and names. */
async function serversDetailBody() {
  const { serverBody } = await loadFixtures("packages/compute/test/servers/fixtures.ts", {
    API: "http://127.0.0.1:8774/v2.1",
  });
  const list = [];
  for (let i = 0; i < COUNT; i++) {
    const id = `9e5f2b36-6d1c-4b8e-9f1a-${i.toString(16).padStart(12, "0")}`;
    list.push({
      ...serverBody,
      id,
      name: `server-${i}`,
      links: serverBody.links.map((link) => ({ ...link, href: link.href.replace(serverBody.id, id) })),
    });
  }
  return JSON.stringify({ servers: list });
}

export async function validationScenario({ rounds, log }) {
  const text = await serversDetailBody();
  mkdirSync(`${BENCH}.cache`, { recursive: true });
  const file = `${BENCH}.cache/servers-detail-1000.json`;
  writeFileSync(file, text);
  const samples = await alternate(
    CONTESTANTS,
    rounds,
    async (name) =>
      lastJson(
        (await runMeasured(process.execPath, [`${BENCH}validation/client.mjs`, name, file], { cwd: BENCH })).stdout,
      ),
    { log },
  );
  const base = medianOf(samples.get("JSON.parse"), "ms");
  const checked = medianOf(samples.get("JSON.parse + schema (parseItem)"), "ms");
  return {
    title: "5. Validation",
    text: `A \`servers/detail\` body of ${COUNT.toLocaleString("en")} servers (compute's fixture: the 2.90 admin view, with distinct ids; ${(text.length / 2 ** 20).toFixed(2)} MiB). Each sample is a fresh process that parses the body 30 times to warm up, then 40 times measured, and reports its median; ${rounds} samples each, alternating. Median ms per body.`,
    table: table(
      ["contestant", "ms per body", "×"],
      [
        ["JSON.parse", fmt(base, 2), ratio(base, base)],
        ["JSON.parse + schema (parseItem)", fmt(checked, 2), ratio(checked, base)],
      ],
    ),
    targets: [{ target: "validation ≤ 2× JSON.parse", value: ratio(checked, base), ok: checked <= 2 * base }],
  };
}
