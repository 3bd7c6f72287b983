import { describe, expect, it } from "vitest";
import { parseZoneFile, writeZoneFile } from "../../src/dns/zone-file.js";

describe("zone files", () => {
  it("are written as Designate's export writes them: SOA and NS first, an empty ttl where none is set", () => {
    const zone = { name: "a.org.", ttl: 600 };
    const rs = (name: string, type: string, records: string[], ttl: number | null = null) => ({
      name,
      type,
      records,
      ttl,
    });
    const text = writeZoneFile(zone, [
      rs("www.a.org.", "A", ["192.0.2.1", "192.0.2.2"], 300),
      rs("a.org.", "NS", ["ns1.example.org."]),
      rs("a.org.", "SOA", ["ns1.example.org. h.a.org. 7 3539 600 86400 3600"]),
    ]);
    expect(text).toBe(
      [
        "$ORIGIN a.org.",
        "$TTL 600",
        "",
        "a.org.  IN SOA ns1.example.org. h.a.org. 7 3539 600 86400 3600",
        "a.org.  IN NS ns1.example.org.",
        "www.a.org. 300 IN A 192.0.2.1",
        "www.a.org. 300 IN A 192.0.2.2",
        "",
        "",
        "",
      ].join("\n"),
    );
  });

  it("are read back: relative names, @, ttls, classes, comments and continuation lines", () => {
    const parsed = parseZoneFile(
      [
        "$ORIGIN b.org.",
        "$TTL 1800",
        "@ IN SOA ns1.example.org. hostmaster.example.org. 12 3600 600 86400 3600 ; the apex",
        "@ IN NS ns1.example.org.",
        "app 300 IN A 192.0.2.30",
        "    IN A 192.0.2.31",
        "mail.b.org. MX 10 mx.b.org.",
      ].join("\n"),
    );
    expect(parsed).toEqual({
      ok: true,
      name: "b.org.",
      ttl: 1800,
      email: "hostmaster@example.org",
      serial: 12,
      recordsets: [
        {
          name: "b.org.",
          type: "SOA",
          ttl: null,
          records: ["ns1.example.org. hostmaster.example.org. 12 3600 600 86400 3600"],
        },
        { name: "b.org.", type: "NS", ttl: null, records: ["ns1.example.org."] },
        { name: "app.b.org.", type: "A", ttl: 300, records: ["192.0.2.30", "192.0.2.31"] },
        { name: "mail.b.org.", type: "MX", ttl: null, records: ["10 mx.b.org."] },
      ],
    });
  });

  it("are refused in Designate's words without $ORIGIN first, or without an SOA", () => {
    expect(parseZoneFile("garbage here")).toEqual({
      ok: false,
      message: "The $ORIGIN statement is required and must be the first statement in the zonefile.",
    });
    expect(parseZoneFile("$ORIGIN c.org.\n@ IN NS ns1.example.org.")).toMatchObject({ ok: false });
  });
});
