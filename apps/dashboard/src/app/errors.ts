import {
  AuthReceiptRequiredError,
  HttpError,
  NetworkError,
  OpenStackError,
  ResponseValidationError,
} from "@openstack-ts/openstack";

/** An error as the dashboard shows it: what kind, and the facts that help find its cause. */
export interface ErrorReport {
  /** The SDK's class name (`NotFoundError`, `ConflictError`, …), or the JavaScript one. */
  kind: string;
  /** What went wrong, in the server's words when it gave some. */
  message: string;
  /** Label → value, only those the error has: status, request, request id, field. */
  details: [label: string, value: string][];
}

/**
 * Reads an error the way the SDK types it. `name` is used rather than `constructor.name`
 * because the SDK sets it explicitly (minifiers rename classes). An HttpError's own message
 * repeats its method, URL and status; the report splits them so each can be read at a glance.
 */
export function reportError(error: unknown): ErrorReport {
  if (error instanceof HttpError) {
    const details: [string, string][] = [
      ["status", String(error.status)],
      ["request", `${error.method} ${error.url}`],
    ];
    if (error.requestId) details.push(["request id", error.requestId]);
    if (error.serverCode) details.push(["server code", error.serverCode]);
    return { kind: error.name, message: httpMessage(error), details };
  }
  if (error instanceof NetworkError) {
    return {
      kind: error.name,
      message: `${error.message} (is the service running, and does it allow this page's origin through CORS?)`,
      details: [["request", `${error.method} ${error.url}`]],
    };
  }
  if (error instanceof ResponseValidationError) {
    return {
      kind: error.name,
      message: error.message,
      details: [
        ["field", error.field],
        ["response of", error.url],
      ],
    };
  }
  if (error instanceof OpenStackError) return { kind: error.name, message: error.message, details: [] };
  if (error instanceof DOMException && error.name === "AbortError")
    return { kind: "AbortError", message: "Cancelled", details: [] };
  if (error instanceof Error) return { kind: error.name || "Error", message: error.message, details: [] };
  return { kind: "Error", message: String(error), details: [] };
}

/**
 * An HttpError's message: the server's words, except where they miss the point. Keystone
 * answers a login that lacks a factor with "additional authentication steps required", but
 * the page asked for the passcode: the receipt error reaches the page only when the person
 * gave none (a wrong one is PasscodeRejectedError), so that is what it says.
 */
function httpMessage(error: HttpError): string {
  if (error instanceof AuthReceiptRequiredError) {
    const missing = error.missingMethods.map((rule) => rule.join(" + ")).join(" or ") || "another factor";
    const who = error.user?.name ?? "the user";
    return `The passcode was not given: Keystone accepted the ${error.methods.join(" + ") || "first factor"} of ${who} and still needs ${missing}.`;
  }
  return error.serverMessage ?? `The server answered ${error.status} without a message`;
}
