import { OpenStackError } from "@openstack-ts/core";

/**
 * Downloaded image data that does not match what Glance recorded for the image: its
 * `os_hash_value` (the multihash, SHA-512 by default) or its `size`. The download stream
 * ends with this error after its last chunk, so whatever consumed the chunks must treat
 * them as untrusted until the stream closes normally.
 */
export class ChecksumMismatchError extends OpenStackError {
  override name = "ChecksumMismatchError";
  readonly imageId: string;
  /** `sha512`, `sha384`, or `size` when the byte count is what differs. */
  readonly algorithm: string;
  readonly expected: string;
  readonly actual: string;

  constructor(init: { imageId: string; algorithm: string; expected: string; actual: string }) {
    super(
      `Image ${init.imageId}: downloaded data has ${init.algorithm} ${init.actual}, but Glance recorded ${init.expected}`,
    );
    this.imageId = init.imageId;
    this.algorithm = init.algorithm;
    this.expected = init.expected;
    this.actual = init.actual;
  }
}

/** The image has no data to download (Glance answers 204: it is still `queued`, or its upload failed). */
export class ImageDataMissingError extends OpenStackError {
  override name = "ImageDataMissingError";
  readonly imageId: string;

  constructor(imageId: string) {
    super(`Image ${imageId} has no data: upload or import some first`);
    this.imageId = imageId;
  }
}
