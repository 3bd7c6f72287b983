import { describe, expect, it } from "vitest";
import { contains, formatCidr, formatIp, lastOf, overlaps, parseCidr, parseIp } from "../../src/network/ip.js";

describe("IP helpers", () => {
  it("normalises IPv4 and IPv6 CIDRs to their network address", () => {
    expect(formatCidr(parseCidr("10.99.0.77/24")!)).toBe("10.99.0.0/24");
    expect(formatCidr(parseCidr("2001:DB8:0:0:1::/64")!)).toBe("2001:db8::/64");
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
    expect(parseCidr("300.0.0.0/8")).toBeUndefined();
  });

  it("formats addresses, compressing IPv6's longest zero run", () => {
    expect(formatIp(4, parseIp("192.168.1.254")!.value)).toBe("192.168.1.254");
    expect(formatIp(6, parseIp("fd00:0:0:0:0:0:0:1")!.value)).toBe("fd00::1");
    expect(formatIp(6, parseIp("::")!.value)).toBe("::");
  });

  it("knows a range's last address, membership and overlap", () => {
    const net = parseCidr("10.0.0.0/30")!;
    expect(formatIp(4, lastOf(net))).toBe("10.0.0.3");
    expect(contains(net, 4, parseIp("10.0.0.2")!.value)).toBe(true);
    expect(contains(net, 4, parseIp("10.0.0.4")!.value)).toBe(false);
    expect(overlaps(net, parseCidr("10.0.0.0/8")!)).toBe(true);
    expect(overlaps(net, parseCidr("10.0.1.0/24")!)).toBe(false);
  });
});
