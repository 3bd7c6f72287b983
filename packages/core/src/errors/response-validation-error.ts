import { OpenStackError } from "./openstack-error.js";

/** A response body that does not match the resource's schema. Names the field and the URL. */
export class ResponseValidationError extends OpenStackError {
  override name = "ResponseValidationError";
  readonly url: string;
  /** Dotted path of the first field that did not match, e.g. `networks.3.subnets`. */
  readonly field: string;

  constructor(init: { url: string; field: string; problem: string }) {
    super(`Unexpected response from ${init.url}: ${init.field || "body"} ${init.problem}`);
    this.url = init.url;
    this.field = init.field;
  }
}
