// IPv4 and IPv6 addresses as bigints: enough arithmetic for Neutron's subnets and ports.

export interface Cidr {
  readonly version: 4 | 6;
  /** The network address. */
  readonly network: bigint;
  readonly prefix: number;
}

const bits = (version: 4 | 6) => (version === 4 ? 32 : 128);

export function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split(".").map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return { version: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!text.includes(":") || !/^[0-9a-fA-F:]+$/.test(text)) return undefined;
  const [head = "", tail, ...extra] = text.split("::");
  if (extra.length > 0) return undefined;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { version: 6, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

export function formatIp(version: 4 | 6, value: bigint): string {
  if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - i * 16)) & 0xffffn).toString(16));
  // The longest run of zero groups becomes `::`.
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.start < 0) return groups.join(":");
  return `${groups.slice(0, best.start).join(":")}::${groups.slice(best.start + best.length).join(":")}`;
}

export function parseCidr(text: string): Cidr | undefined {
  const [address, prefixText] = text.split("/");
  const ip = address === undefined ? undefined : parseIp(address);
  if (!ip) return undefined;
  const prefix = prefixText === undefined ? bits(ip.version) : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits(ip.version)) return undefined;
  const hostBits = BigInt(bits(ip.version) - prefix);
  return { version: ip.version, network: (ip.value >> hostBits) << hostBits, prefix };
}

export const formatCidr = (cidr: Cidr): string => `${formatIp(cidr.version, cidr.network)}/${cidr.prefix}`;

/** The last address of the range (IPv4's broadcast address). */
export const lastOf = (cidr: Cidr): bigint => cidr.network + (1n << BigInt(bits(cidr.version) - cidr.prefix)) - 1n;

export const contains = (cidr: Cidr, version: 4 | 6, value: bigint): boolean =>
  version === cidr.version && value >= cidr.network && value <= lastOf(cidr);

export const overlaps = (a: Cidr, b: Cidr): boolean =>
  a.version === b.version && a.network <= lastOf(b) && b.network <= lastOf(a);
