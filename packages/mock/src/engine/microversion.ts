import { ApiError } from "./api-error.js";

/** A service's microversion range and header name, as its version document publishes them. */
export interface MicroversionRange {
  /** The service's name in `OpenStack-API-Version: <name> <version>`. */
  readonly name: string;
  readonly min: string;
  readonly max: string;
  /** The name the answer's header uses where it differs: Masakari reads `instance-ha`, answers `masakari`. */
  readonly echoName?: string;
  /** Nova still reads and writes `X-OpenStack-Nova-API-Version`. */
  readonly legacyHeader?: string;
  /**
   * How the service words a refusal and names the version it answered at: Nova and Cinder as
   * `computeFault`, Placement with its range; Ironic with its own minimum, maximum and version
   * headers only, Manila with its own header only (and its message's placeholders unfilled).
   */
  readonly style: "nova" | "placement" | "ironic" | "manila" | "senlin" | "magnum";
}

const parse = (version: string): [number, number] | undefined => {
  const match = /^(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
};

export function compareVersions(a: string, b: string): number {
  const [am, an] = parse(a) ?? [0, 0];
  const [bm, bn] = parse(b) ?? [0, 0];
  return am - bm || an - bn;
}

/** True when `version` (the request's) is at least `floor`. */
export const atLeast = (version: string | undefined, floor: string): boolean =>
  version !== undefined && compareVersions(version, floor) >= 0;

/** What the request asked for: this service's entry of `OpenStack-API-Version`, else the legacy header. */
function requested(range: MicroversionRange, headers: Headers): string | undefined {
  const modern = headers.get("openstack-api-version");
  if (modern) {
    for (const part of modern.split(",")) {
      const [name, version] = part.trim().split(/\s+/);
      if (name?.toLowerCase() === range.name && version) return version;
    }
  }
  if (range.legacyHeader) return headers.get(range.legacyHeader) ?? undefined;
  return undefined;
}

/**
 * The microversion a request runs at: the minimum when it asks for none, the maximum for
 * `latest`; a malformed version is a 400 and one outside the range a 406, as the services answer.
 */
export function negotiate(range: MicroversionRange, headers: Headers): string {
  const asked = requested(range, headers);
  if (asked === undefined) return range.min;
  if (asked.toLowerCase() === "latest") return range.max;
  if (!parse(asked)) {
    throw new ApiError(400, `API Version String ${asked} is of invalid format. Must be of format MajorNum.MinorNum.`);
  }
  if (compareVersions(asked, range.min) < 0 || compareVersions(asked, range.max) > 0) {
    if (range.style === "ironic") {
      throw new ApiError(
        406,
        `Version ${asked} was requested but the minor version is not supported by this service. The supported version range is: [${range.min}, ${range.max}].`,
        {
          headers: {
            "X-OpenStack-Ironic-API-Minimum-Version": range.min,
            "X-OpenStack-Ironic-API-Maximum-Version": range.max,
          },
        },
      );
    }
    if (range.style === "manila") {
      throw new ApiError(
        406,
        "Version %(req_ver)s is not supported by the API. Minimum is %(min_ver)s and maximum is %(max_ver)s.",
        { headers: echoHeaders(range, asked) },
      );
    }
    if (range.style === "senlin") {
      throw new ApiError(
        406,
        `Version '${asked}' is not supported by the API. Minimum is '${range.min}' and maximum is '${range.max}'.`,
        { type: "InvalidGlobalAPIVersion" },
      );
    }
    if (range.style === "placement") {
      throw new ApiError(406, `Invalid microversion: Unacceptable version header: ${asked}`, {
        extra: { max_version: range.max, min_version: range.min },
      });
    }
    throw new ApiError(
      406,
      `Version ${asked} is not supported by the API. Minimum is ${range.min} and maximum is ${range.max}.`,
      {
        headers: echoHeaders(range, asked),
      },
    );
  }
  return parse(asked)!.join(".");
}

/** The headers that tell the client which microversion answered. */
export function echoHeaders(range: MicroversionRange, version: string): Record<string, string> {
  if (range.style === "ironic") {
    return {
      "X-OpenStack-Ironic-API-Minimum-Version": range.min,
      "X-OpenStack-Ironic-API-Maximum-Version": range.max,
      "X-OpenStack-Ironic-API-Version": version,
    };
  }
  if (range.style === "magnum") {
    // Magnum names its range on every answer, beside the version it answered at
    return {
      "OpenStack-API-Minimum-Version": `${range.name} ${range.min}`,
      "OpenStack-API-Maximum-Version": `${range.name} ${range.max}`,
      "OpenStack-API-Version": `${range.name} ${version}`,
      Vary: "OpenStack-API-Version",
    };
  }
  if (range.style === "manila" && range.legacyHeader) {
    return { [range.legacyHeader]: version, Vary: range.legacyHeader };
  }
  const headers: Record<string, string> = {
    "OpenStack-API-Version": `${range.echoName ?? range.name} ${version}`,
    Vary: "OpenStack-API-Version",
  };
  if (range.legacyHeader) {
    headers[range.legacyHeader] = version;
    headers["Vary"] = `OpenStack-API-Version, ${range.legacyHeader}`;
  }
  return headers;
}
