/** One API version as a service's discovery document describes it. */
export interface ApiVersion {
  /** As published: `v2.0`, `v2.1`, `v3.14`. */
  id: string;
  major: number;
  minor: number;
  status: string;
  /** Where this version lives, absolute, when the document says. */
  url: string | undefined;
  minMicroversion: string | undefined;
  maxMicroversion: string | undefined;
}

type Entry = {
  id?: unknown;
  status?: unknown;
  links?: unknown;
  version?: unknown;
  max_version?: unknown;
  min_version?: unknown;
};

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Reads every shape services use: `{versions: [...]}` (Nova, Neutron, Glance, Cinder,
 * Placement), `{versions: {values: [...]}}` (Keystone's root) and `{version: {...}}`
 * (a versioned root such as Keystone's /v3 or Nova's /v2.1). Anything else gives [].
 */
export function parseVersionDocument(body: unknown, documentUrl: string): ApiVersion[] {
  if (typeof body !== "object" || body === null) return [];
  const doc = body as { versions?: unknown; version?: unknown };
  let entries: unknown[] = [];
  if (Array.isArray(doc.versions)) entries = doc.versions;
  else if (
    typeof doc.versions === "object" &&
    doc.versions !== null &&
    Array.isArray((doc.versions as { values?: unknown }).values)
  ) {
    entries = (doc.versions as { values: unknown[] }).values;
  } else if (typeof doc.version === "object" && doc.version !== null) entries = [doc.version];
  return entries.flatMap((entry) => parseEntry(entry as Entry, documentUrl));
}

function parseEntry(entry: Entry, documentUrl: string): ApiVersion[] {
  if (typeof entry !== "object" || entry === null) return [];
  const id = text(entry.id);
  const match = id && /^v?(\d+)(?:\.(\d+))?/.exec(id);
  if (!id || !match) return [];
  const links = Array.isArray(entry.links) ? (entry.links as { rel?: unknown; href?: unknown }[]) : [];
  const self = links.find((link) => link?.rel === "self");
  let url: string | undefined;
  if (typeof self?.href === "string") {
    try {
      url = new URL(self.href, documentUrl.endsWith("/") ? documentUrl : `${documentUrl}/`).toString();
    } catch {
      url = undefined;
    }
  }
  return [
    {
      id,
      major: Number(match[1]),
      minor: Number(match[2] ?? 0),
      status: (text(entry.status) ?? "").toUpperCase(),
      url,
      // Nova and Cinder say `version`; Placement and Ironic say `max_version`.
      maxMicroversion: text(entry.max_version) ?? text(entry.version),
      minMicroversion: text(entry.min_version),
    },
  ];
}
