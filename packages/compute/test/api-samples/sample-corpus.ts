// The corpus: Nova's doc/api_samples files copied here verbatim (SOURCE.md names the commit),
// each with the microversion of its folder.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Body, SampleCall } from "./sample-calls.js";

export const CORPUS = fileURLToPath(new URL(".", import.meta.url));

/** One sample file: `servers/v2.47/server-get-resp.json` is `servers/server-get-resp.json` at 2.47. */
export interface Sample {
  path: string;
  /** `<api>/<file>`: its key in the table. */
  family: string;
  folder: string;
  microversion: string;
}

export function samples(): Sample[] {
  const found: Sample[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".json")) found.push(sampleAt(relative(CORPUS, full)));
    }
  };
  walk(CORPUS);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function sampleAt(path: string): Sample {
  const parts = path.split("/");
  const version = parts.length === 3 ? /^v(2\.\d+)$/.exec(parts[1]!)?.[1] : undefined;
  if (parts.length === 3 && version === undefined) throw new Error(`${path}: not a microversion folder`);
  const folder = parts.slice(0, -1).join("/");
  return { path, family: `${parts[0]}/${parts.at(-1)}`, folder, microversion: version ?? "2.1" };
}

export const bodyOf = (path: string): Body => JSON.parse(readFileSync(join(CORPUS, path), "utf8")) as Body;

/** A sample beside another (the request of a response), when Nova wrote one for that folder. */
export function besides(sample: Sample, file: string): string | undefined {
  const path = `${sample.folder}/${file}`;
  try {
    readFileSync(join(CORPUS, path));
    return path;
  } catch {
    return undefined;
  }
}

/** SOURCE.md's list of the corpus files no call of the table reads (down-cell answers). */
export function listedAsElsewhere(): string[] {
  const text = readFileSync(join(CORPUS, "SOURCE.md"), "utf8");
  const section = text.split("## In the corpus, read elsewhere")[1]?.split("\n## ")[0] ?? "";
  return [...section.matchAll(/^- `([^`]+\.json)`/gm)].map((match) => match[1]!);
}

/** One call to make: the sample it reads (when there is one) and the request sample it sends. */
export interface SampleRun {
  name: string;
  microversion: string;
  call: SampleCall;
  response?: string | undefined;
  request?: string | undefined;
  /** For a run without a response sample: what the fake answers (else 202 without a body). */
  answer?: string | undefined;
}

const compareVersions = (a: string, b: string) => Number(a.split(".")[1]) - Number(b.split(".")[1]);

const fileOf = (path: string) => path.split("/").at(-1)!;
const apiOf = (path: string) => path.split("/")[0]!;

/**
 * The runs the table makes of the corpus: one per response sample (with the request sample
 * of its folder), one per request sample that no response of its folder pairs with.
 */
export function plan(
  corpus: readonly Sample[],
  table: Readonly<Record<string, SampleCall>>,
  notRead: ReadonlySet<string>,
): SampleRun[] {
  /** The response a request-only run is answered with: the family's sample of the newest folder at or below it. */
  const answerFor = (family: string | undefined, sample: Sample) =>
    corpus
      .filter((other) => other.family === family && compareVersions(other.microversion, sample.microversion) <= 0)
      .sort((a, b) => compareVersions(b.microversion, a.microversion))[0]?.path;
  return corpus.flatMap((sample): SampleRun[] => {
    if (notRead.has(sample.path)) return [];
    const at = { name: sample.path, microversion: sample.microversion };
    const call = table[sample.family];
    if (call?.sendsOnly) return [{ ...at, call, request: sample.path, answer: answerFor(call.answers, sample) }];
    if (call) return [{ ...at, call, response: sample.path, request: call.request && besides(sample, call.request) }];
    const pair = Object.entries(table).find(
      ([key, entry]) => entry.request === fileOf(sample.path) && apiOf(key) === apiOf(sample.path),
    );
    if (pair === undefined || besides(sample, fileOf(pair[0])) !== undefined) return [];
    const bodiless =
      pair[1].bodilessFrom !== undefined && compareVersions(sample.microversion, pair[1].bodilessFrom) >= 0;
    return [
      {
        ...at,
        call: pair[1],
        request: sample.path,
        answer: bodiless ? undefined : answerFor(pair[1].answers ?? pair[0], sample),
      },
    ];
  });
}
