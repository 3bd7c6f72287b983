import { OpenStackError } from "@openstack-ts/core";

/** The bytes sent or received do not have the MD5 Swift reports for them. */
export class ObjectChecksumError extends OpenStackError {
  override name = "ObjectChecksumError";
  readonly expected: string;
  readonly actual: string;
  constructor(message: string, init: { expected: string; actual: string }) {
    super(message);
    this.expected = init.expected;
    this.actual = init.actual;
  }
}

/** What a bulk delete did, path by path. */
export interface BulkDeleteResult {
  deleted: number;
  notFound: number;
  /** Paths Swift could not delete (a container that is not empty: `409 Conflict`), with the reason. */
  errors: { path: string; status: string }[];
}

/** Some paths of a bulk delete (or a large object's segments) could not be deleted; `result` says which. */
export class BulkDeleteError extends OpenStackError {
  override name = "BulkDeleteError";
  readonly result: BulkDeleteResult;
  constructor(message: string, result: BulkDeleteResult) {
    super(message);
    this.result = result;
  }
}
