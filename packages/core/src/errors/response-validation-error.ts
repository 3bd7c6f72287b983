import { OpenStackError } from "./openstack-error.js";

/** A response body that does not match the resource's schema. Names the field and the URL. */
export class ResponseValidationError extends OpenStackError {
  override name = "ResponseValidationError";
  readonly url: string;
  /** Dotted path of the first field that did not match, e.g. `networks.3.subnets`. */
  readonly field: string;
  /** The request's method and the response's request id, where known (a body that is not JSON). */
  readonly method: string | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    url: string;
    field: string;
    problem: string;
    method?: string | undefined;
    requestId?: string | undefined;
  }) {
    const id = init.requestId ? ` (request ${init.requestId})` : "";
    super(
      `Unexpected response from ${init.method ? `${init.method} ` : ""}${init.url}: ${init.field || "body"} ${init.problem}${id}`,
    );
    this.url = init.url;
    this.field = init.field;
    this.method = init.method;
    this.requestId = init.requestId;
  }
}
