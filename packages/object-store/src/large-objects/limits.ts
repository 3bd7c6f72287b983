import { ConfigError, InvalidArgumentError } from "@openstack-ts/core";
import type { ObjectStoreInfo } from "../info/info.js";

/** Swift's own defaults, for a cluster that does not publish `/info`. */
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 ** 3 + 2;
const DEFAULT_MIN_SEGMENT_SIZE = 1024 ** 2;
const DEFAULT_MAX_SEGMENTS = 1000;
/** The segment size when none is given: openstacksdk's, capped by the cluster's largest object. */
export const DEFAULT_SEGMENT_SIZE = 100 * 1024 ** 2;

export interface SegmentPlan {
  segmentSize: number;
  maxSegments: number;
}

/**
 * The segment size for an upload, within what `/info` allows: each segment (but the last)
 * at least `slo.min_segment_size`, none over `swift.max_file_size`, and at most
 * `slo.max_manifest_segments` of them. Without a `segmentSize`, 100 MiB, grown when a known
 * size would need more segments than allowed.
 */
export function planSegments(
  info: ObjectStoreInfo | undefined,
  requested: number | undefined,
  totalSize: number | undefined,
): SegmentPlan {
  if (info && !info.slo)
    throw new ConfigError("uploadLargeObject: this Swift does not offer static large objects (no slo in /info)");
  const maxFileSize = info?.swift.max_file_size ?? DEFAULT_MAX_FILE_SIZE;
  const minSegment = Math.max(1, info?.slo?.min_segment_size ?? DEFAULT_MIN_SEGMENT_SIZE);
  const maxSegments = info?.slo?.max_manifest_segments ?? DEFAULT_MAX_SEGMENTS;
  let segmentSize: number;
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < minSegment || requested > maxFileSize) {
      throw new InvalidArgumentError(
        `uploadLargeObject: segmentSize must be a whole number of bytes from ${minSegment} (slo.min_segment_size) to ${maxFileSize} (swift.max_file_size), got ${requested}`,
      );
    }
    segmentSize = requested;
  } else {
    segmentSize = Math.max(minSegment, Math.min(DEFAULT_SEGMENT_SIZE, maxFileSize));
    if (totalSize !== undefined)
      segmentSize = Math.min(maxFileSize, Math.max(segmentSize, Math.ceil(totalSize / maxSegments)));
  }
  if (totalSize !== undefined && Math.ceil(totalSize / segmentSize) > maxSegments) {
    throw new InvalidArgumentError(
      `uploadLargeObject: ${totalSize} bytes in segments of ${segmentSize} make ${Math.ceil(totalSize / segmentSize)} segments, over slo.max_manifest_segments (${maxSegments}); use a larger segmentSize`,
    );
  }
  return { segmentSize, maxSegments };
}
