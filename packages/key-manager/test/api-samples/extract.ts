// Takes the JSON bodies out of Barbican's API reference pages (see SOURCE.md).
import { readdirSync, readFileSync } from "node:fs";

export interface Sample {
  /** `secrets.rst#3`: the page and the body's place in it. */
  name: string;
  /** The section's heading: `POST /v1/secrets`, `GET {container_ref}/consumers`. */
  endpoint: string;
  kind: "request" | "response";
  /** The body, parsed; undefined when the reference's text is not JSON. */
  json?: unknown;
  /** Why it is not JSON. */
  error?: string;
}

const HEADING = /^(GET|POST|PUT|PATCH|DELETE) \S/;
const STATUS = /^(HTTP\/1\.1 )?\d{3}\b/;

/** Every JSON body of every page under `folder`, in order. */
export function samplesIn(folder: URL): Sample[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".rst"))
    .sort()
    .flatMap((file) => samplesOf(file, readFileSync(new URL(file, folder), "utf8")));
}

function samplesOf(file: string, text: string): Sample[] {
  const lines = text.split("\n");
  const samples: Sample[] = [];
  let endpoint = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADING.test(line) && /^#+$/.test(lines[i + 1] ?? "")) endpoint = line.trim();
    if (!line.trim().startsWith(".. code-block::")) continue;
    let kind: Sample["kind"] = "response";
    let j = i + 1;
    for (; j < lines.length && (lines[j]!.trim() === "" || lines[j]!.startsWith(" ")); j++) {
      const content = lines[j]!.trim();
      if (content === "Request:" || HEADING.test(content)) kind = "request";
      else if (content === "Response:" || STATUS.test(content)) kind = "response";
      else if (content.startsWith("{")) {
        const end = closing(lines, j);
        const body = lines.slice(j, end + 1).join("\n");
        const name = `${file}#${samples.length + 1}`;
        try {
          samples.push({ name, endpoint, kind, json: JSON.parse(body) });
        } catch (error) {
          samples.push({ name, endpoint, kind, error: (error as Error).message });
        }
        j = end;
      }
    }
    i = j - 1;
  }
  return samples;
}

/** The line that closes the object opened at `start` (braces inside strings come in pairs here). */
function closing(lines: string[], start: number): number {
  let depth = 0;
  for (let k = start; k < lines.length; k++) {
    for (const char of lines[k]!) {
      if (char === "{") depth++;
      else if (char === "}") depth--;
    }
    if (depth === 0) return k;
  }
  return lines.length - 1;
}
