import { titleOf, type ApiError } from "./api-error.js";
import { json, text } from "./respond.js";

/** How a service writes its errors; each as captured from the real service. */
export type ErrorStyle =
  | "keystone"
  | "neutron"
  | "nova"
  | "glance"
  | "swift"
  | "placement"
  | "designate"
  | "heat"
  | "octavia"
  | "barbican"
  | "zaqar"
  | "ironic"
  | "mistral"
  | "inspector"
  | "senlin"
  | "magnum"
  | "trove";

/** Nova's and Cinder's fault names, by status. */
const NOVA_FAULTS: Readonly<Record<number, string>> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "itemNotFound",
  405: "badMethod",
  409: "conflictingRequest",
  413: "overLimit",
  415: "badMediaType",
  501: "notImplemented",
};

/** Neutron's `type` when the handler names none. */
const NEUTRON_TYPES: Readonly<Record<number, string>> = {
  400: "HTTPBadRequest",
  403: "HTTPForbidden",
  404: "HTTPNotFound",
  405: "HTTPMethodNotAllowed",
  409: "HTTPConflict",
};

/** The sentence Placement (webob) puts before the detail, by status. */
const WEBOB_EXPLANATIONS: Readonly<Record<number, string>> = {
  400: "The server could not comply with the request since it is either malformed or otherwise incorrect.",
  403: "Access was denied to this resource.",
  404: "The resource could not be found.",
  405: "The method is not allowed for this resource.",
  406: "The resource could not be generated that was acceptable to your browser (content of type application/json. ",
  409: "There was a conflict when trying to complete your request.",
  415: "The request media type application/json is not supported by this server.",
};

/** Swift's fixed paragraph, by status; Swift says nothing more specific. */
const SWIFT_PARAGRAPHS: Readonly<Record<number, string>> = {
  401: "This server could not verify that you are authorized to access the document you requested.",
  403: "Access was denied to this resource.",
  404: "The resource could not be found.",
  405: "The method is not allowed for this resource.",
  409: "There was a conflict when trying to complete your request.",
  411: "Content-Length header required.",
  412: "A precondition for this request was not met.",
  416: "The Range requested is not available.",
  422: "Unable to process the contained instructions",
};

const AUTH_REQUIRED = "The request you have made requires authentication.";

const keystoneBody = (status: number, message: string) => ({
  error: { code: status, message, title: titleOf(status) },
});

/** Glance (webob) writes most errors as plain text, and 401s and GET 404s as a small HTML page. */
function glanceError(status: number, message: string, method: string): Response {
  const title = `${status} ${titleOf(status)}`;
  if (status === 401 || (status === 404 && (method === "GET" || method === "HEAD"))) {
    const shown =
      status === 401
        ? "This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required."
        : message;
    const page = `<html>\n <head>\n  <title>${title}</title>\n </head>\n <body>\n  <h1>${title}</h1>\n  ${escapeHtml(shown)}<br /><br />\n\n\n\n </body>\n</html>`;
    return text(page, status, "text/html; charset=UTF-8");
  }
  return text(`${title}\n\n${message}\n\n   `, status, "text/plain; charset=UTF-8");
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The response a service of this style sends for `error`. */
export function renderError(
  style: ErrorStyle,
  error: ApiError,
  request: { method: string; requestId: string },
): Response {
  const { status, message, details } = error;
  const headers = { ...details.headers };
  // keystonemiddleware, not the service, refuses a missing or bad token: the same JSON everywhere but Glance and Swift.
  if (status === 401 && style !== "keystone" && style !== "glance" && style !== "swift") {
    return json(keystoneBody(401, AUTH_REQUIRED), 401, headers);
  }
  switch (style) {
    case "keystone":
      return json(keystoneBody(status, message), status, headers);
    case "neutron":
      return json(
        { NeutronError: { type: details.type ?? NEUTRON_TYPES[status] ?? "HTTPError", message, detail: "" } },
        status,
        headers,
      );
    case "nova":
      return json({ [NOVA_FAULTS[status] ?? "computeFault"]: { code: status, message } }, status, headers);
    case "placement": {
      const explanation = WEBOB_EXPLANATIONS[status] ?? "";
      const entry = {
        status,
        title: titleOf(status),
        detail: `${explanation}\n\n ${message}  `,
        code: details.code ?? "placement.undefined_code",
        request_id: request.requestId,
        ...details.extra,
      };
      return json({ errors: [entry] }, status, headers);
    }
    case "designate":
      return json({ code: status, type: details.type ?? "", message, request_id: request.requestId }, status, headers);
    case "heat":
      return json(
        {
          code: status,
          title: titleOf(status),
          explanation: WEBOB_EXPLANATIONS[status] ?? "",
          error: { type: details.type ?? NEUTRON_TYPES[status] ?? "HTTPError", traceback: null, message },
        },
        status,
        headers,
      );
    // Octavia (wsme): the fault's side and text, never a debug trace.
    case "octavia":
      return json(
        { faultcode: status >= 500 ? "Server" : "Client", faultstring: message, debuginfo: null },
        status,
        headers,
      );
    case "barbican":
      return json({ code: status, title: titleOf(status), description: message }, status, headers);
    // Zaqar (falcon): the reason phrase and the description.
    // Ironic Inspector (flask): the message under `error`.
    case "inspector":
      return json({ error: { message } }, status, headers);
    case "zaqar":
      return json({ title: titleOf(status), description: message }, status, headers);
    // Ironic (wsme under pecan): Octavia's fault, as JSON text inside `error_message`; a
    // refused microversion is a code, title and description instead.
    case "ironic": {
      const inner =
        status === 406
          ? { code: status, title: titleOf(status), description: message }
          : { faultcode: status >= 500 ? "Server" : "Client", faultstring: message, debuginfo: null };
      return json({ error_message: JSON.stringify(inner) }, status, headers);
    }
    // Mistral (wsme): a missing thing as a whole fault, other refusals as the text alone.
    case "mistral":
      return json(
        status === 404 ? { faultcode: "Client", faultstring: message, debuginfo: null } : { faultstring: message },
        status,
        headers,
      );
    // Senlin's fault middleware: webob's code, title and explanation, and the exception's type.
    case "senlin":
      return json(
        {
          code: status,
          title: titleOf(status),
          // Senlin explains its 406 (a version it does not serve) with the 400's words
          explanation: WEBOB_EXPLANATIONS[status === 406 ? 400 : status] ?? "",
          error: { code: status, message, type: details.type ?? "Error" },
        },
        status,
        headers,
      );
    // Magnum (pecan's JSON errors hook): a list of one error.
    case "magnum":
      return json(
        {
          errors: [
            {
              request_id: "",
              code: status >= 500 ? "server" : "client",
              status,
              // the message up to its first full stop (magnum/api/middleware/parsable_error.py)
              title: message.split(".", 1)[0],
              detail: message,
              links: [],
            },
          ],
        },
        status,
        headers,
      );
    // Trove: Nova's fault names, and 422's own.
    case "trove":
      return json(
        {
          [status === 422 ? "unprocessableEntity" : (NOVA_FAULTS[status] ?? "computeFault")]: { code: status, message },
        },
        status,
        headers,
      );
    case "glance": {
      const response = glanceError(status, message, request.method);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }
    case "swift": {
      const paragraph = SWIFT_PARAGRAPHS[status] ?? message;
      return text(
        `<html><h1>${titleOf(status)}</h1><p>${paragraph}</p></html>`,
        status,
        "text/html; charset=UTF-8",
        headers,
      );
    }
  }
}

export { AUTH_REQUIRED };
