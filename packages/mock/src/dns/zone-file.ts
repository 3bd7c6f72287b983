import type { Row } from "../engine/types.js";

/**
 * A zone in BIND's master-file format, as Designate's export writes it: `$ORIGIN` and `$TTL`,
 * a blank line, then one line per record (`name ttl IN type data`, the ttl left empty where
 * the recordset has none), SOA and NS first, and blank lines at the end.
 */
export function writeZoneFile(zone: Row, recordsets: readonly Row[]): string {
  const rank = (rs: Row) => (rs["type"] === "SOA" ? 0 : rs["type"] === "NS" ? 1 : 2);
  const lines = [...recordsets]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((rs) =>
      (rs["records"] as string[]).map((data) => `${rs["name"]} ${rs["ttl"] ?? ""} IN ${rs["type"]} ${data}`),
    );
  return `$ORIGIN ${zone["name"]}\n$TTL ${zone["ttl"]}\n\n${lines.join("\n")}\n\n\n`;
}

/** One recordset read from a zone file. */
export interface ParsedRecordset {
  name: string;
  type: string;
  ttl: number | null;
  records: string[];
}

/** What a zone file holds, or why Designate refuses it (its words, as the import's `message`). */
export type ParsedZone =
  | { ok: true; name: string; ttl: number; email: string; serial: number; recordsets: ParsedRecordset[] }
  | { ok: false; message: string };

const CLASSES = new Set(["IN", "CH", "HS"]);

/** A name of the file made absolute: `@` is the origin, a name without the final dot is under it. */
const absolute = (name: string, origin: string) =>
  name === "@" ? origin : name.endsWith(".") ? name : `${name}.${origin}`;

/**
 * Reads a zone file as Designate's import does: `$ORIGIN` must come first, `$TTL` is the
 * zone's, records are `name [ttl] [class] type data` (a line that starts with blanks is
 * the previous name's), `;` starts a comment. Records of one name and type form a
 * recordset. Parenthesised multi-line records are not read.
 */
export function parseZoneFile(text: string): ParsedZone {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/;.*$/, "").trimEnd())
    .filter((line) => line.trim() !== "");
  const first = lines[0]?.trim().split(/\s+/);
  if (first?.[0] !== "$ORIGIN" || !first[1]?.endsWith("."))
    return { ok: false, message: "The $ORIGIN statement is required and must be the first statement in the zonefile." };
  const origin = first[1];
  let ttl = 3600;
  let previous = origin;
  const sets = new Map<string, ParsedRecordset>();
  for (const line of lines.slice(1)) {
    const words = line.trim().split(/\s+/);
    if (words[0] === "$TTL") {
      ttl = Number(words[1]);
      continue;
    }
    if (words[0]!.startsWith("$")) return { ok: false, message: `Unsupported directive ${words[0]}` };
    const name = /^\s/.test(line) ? previous : absolute(words.shift()!, origin);
    previous = name;
    const own = /^\d+$/.test(words[0] ?? "") ? Number(words.shift()) : null;
    if (CLASSES.has((words[0] ?? "").toUpperCase())) words.shift();
    const type = words.shift()?.toUpperCase();
    if (!type || words.length === 0) return { ok: false, message: `Malformed record: ${line.trim()}` };
    const key = `${name} ${type}`;
    const set = sets.get(key) ?? { name, type, ttl: own, records: [] };
    set.records.push(words.join(" "));
    sets.set(key, set);
  }
  const soa = sets.get(`${origin} SOA`)?.records[0]?.split(" ");
  if (!soa || soa.length < 7) return { ok: false, message: "An SOA record is required." };
  const rname = soa[1]!.replace(/\.$/, "");
  const at = rname.indexOf(".");
  return {
    ok: true,
    name: origin,
    ttl,
    email: `${rname.slice(0, at)}@${rname.slice(at + 1)}`,
    serial: Number(soa[2]),
    recordsets: [...sets.values()],
  };
}
