import { describe, expect, it } from "vitest";
import { parseVersionDocument } from "../../src/discovery/version-document.js";

// Bodies as the loopback cloud (Zed) answers them.
const keystoneRoot = {
  versions: {
    values: [{ id: "v3.14", status: "stable", links: [{ rel: "self", href: "http://127.0.0.1:5000/v3/" }] }],
  },
};
const keystoneV3 = {
  version: { id: "v3.14", status: "stable", links: [{ rel: "self", href: "http://127.0.0.1:5000/v3/" }] },
};
const neutronRoot = {
  versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: "http://127.0.0.1:9696/v2.0/" }] }],
};
const glanceRoot = {
  versions: [
    { id: "v2.15", status: "CURRENT", links: [{ rel: "self", href: "http://127.0.0.1:9292/v2/" }] },
    ...[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((minor) => ({
      id: `v2.${minor}`,
      status: "SUPPORTED",
      links: [{ rel: "self", href: "http://127.0.0.1:9292/v2/" }],
    })),
  ],
};
const placementRoot = {
  versions: [
    { id: "v1.0", max_version: "1.39", min_version: "1.0", status: "CURRENT", links: [{ rel: "self", href: "" }] },
  ],
};
const novaRoot = {
  versions: [
    {
      id: "v2.0",
      status: "SUPPORTED",
      version: "",
      min_version: "",
      links: [{ rel: "self", href: "http://127.0.0.1:8774/v2/" }],
    },
    {
      id: "v2.1",
      status: "CURRENT",
      version: "2.93",
      min_version: "2.1",
      links: [{ rel: "self", href: "http://127.0.0.1:8774/v2.1/" }],
    },
  ],
};
const cinderRoot = {
  versions: [
    {
      id: "v3.0",
      status: "CURRENT",
      version: "3.70",
      min_version: "3.0",
      links: [
        { rel: "describedby", type: "text/html", href: "https://docs.openstack.org/" },
        { rel: "self", href: "http://127.0.0.1:8776/v3/" },
      ],
    },
  ],
};

describe("parseVersionDocument", () => {
  it("reads Keystone's root ({versions: {values}}), lower-case status made upper", () => {
    expect(parseVersionDocument(keystoneRoot, "http://127.0.0.1:5000/")).toEqual([
      {
        id: "v3.14",
        major: 3,
        minor: 14,
        status: "STABLE",
        url: "http://127.0.0.1:5000/v3/",
        minMicroversion: undefined,
        maxMicroversion: undefined,
      },
    ]);
  });

  it("reads a versioned root ({version}), Keystone's /v3", () => {
    const [v3] = parseVersionDocument(keystoneV3, "http://127.0.0.1:5000/v3");
    expect(v3).toMatchObject({ id: "v3.14", major: 3, minor: 14, url: "http://127.0.0.1:5000/v3/" });
  });

  it("reads Neutron's root", () => {
    expect(parseVersionDocument(neutronRoot, "http://127.0.0.1:9696")).toEqual([
      {
        id: "v2.0",
        major: 2,
        minor: 0,
        status: "CURRENT",
        url: "http://127.0.0.1:9696/v2.0/",
        minMicroversion: undefined,
        maxMicroversion: undefined,
      },
    ]);
  });

  it("reads every version of Glance's root", () => {
    const versions = parseVersionDocument(glanceRoot, "http://127.0.0.1:9292/");
    expect(versions).toHaveLength(15);
    expect(versions[0]).toMatchObject({
      id: "v2.15",
      major: 2,
      minor: 15,
      status: "CURRENT",
      url: "http://127.0.0.1:9292/v2/",
    });
    expect(versions.filter((v) => v.status === "SUPPORTED").map((v) => v.minor)).toEqual([
      13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ]);
  });

  it("reads Placement's max_version/min_version, its empty self href meaning the document's own URL", () => {
    expect(parseVersionDocument(placementRoot, "http://127.0.0.1/placement")).toEqual([
      {
        id: "v1.0",
        major: 1,
        minor: 0,
        status: "CURRENT",
        url: "http://127.0.0.1/placement/",
        minMicroversion: "1.0",
        maxMicroversion: "1.39",
      },
    ]);
  });

  it("reads Nova's root: v2.0 has no microversions (empty version), v2.1 goes to 2.93", () => {
    const [v20, v21] = parseVersionDocument(novaRoot, "http://127.0.0.1:8774/");
    expect(v20).toMatchObject({
      id: "v2.0",
      status: "SUPPORTED",
      url: "http://127.0.0.1:8774/v2/",
      minMicroversion: undefined,
      maxMicroversion: undefined,
    });
    expect(v21).toMatchObject({
      id: "v2.1",
      major: 2,
      minor: 1,
      status: "CURRENT",
      url: "http://127.0.0.1:8774/v2.1/",
      minMicroversion: "2.1",
      maxMicroversion: "2.93",
    });
  });

  it("reads Cinder's root, taking the self link and not describedby", () => {
    expect(parseVersionDocument(cinderRoot, "http://127.0.0.1:8776/")).toEqual([
      {
        id: "v3.0",
        major: 3,
        minor: 0,
        status: "CURRENT",
        url: "http://127.0.0.1:8776/v3/",
        minMicroversion: "3.0",
        maxMicroversion: "3.70",
      },
    ]);
  });

  it("resolves a relative self link against the document URL", () => {
    const [v] = parseVersionDocument(
      { versions: [{ id: "v1", links: [{ rel: "self", href: "v1/" }] }] },
      "http://h.test/prefix",
    );
    expect(v?.url).toBe("http://h.test/prefix/v1/");
  });

  it("gives [] for anything that is not a version document", () => {
    expect(parseVersionDocument(null, "http://h.test/")).toEqual([]);
    expect(parseVersionDocument("<html></html>", "http://h.test/")).toEqual([]);
    expect(parseVersionDocument({ error: { code: 401, title: "Unauthorized" } }, "http://h.test/")).toEqual([]);
    expect(parseVersionDocument({ versions: [{ id: "latest" }, { status: "CURRENT" }] }, "http://h.test/")).toEqual([]);
  });
});
