import { HttpError } from "../errors/http-error.js";
import type { RequestContext } from "../session/request-context.js";
import { parseVersionDocument, type ApiVersion } from "./version-document.js";

type Requester = (
  url: string,
  init: { signal?: AbortSignal | undefined; context: RequestContext; throwHttpErrors: (status: number) => boolean },
) => Promise<Response>;

/**
 * GETs a discovery document without a token (version documents are public, and a plain
 * GET needs no CORS preflight). A 4xx or a body that is not a document means "no
 * discovery here" and gives []; a network error or 5xx is thrown so it is not cached.
 */
export async function loadVersionDocument(
  request: Requester,
  url: string,
  signal?: AbortSignal,
): Promise<ApiVersion[]> {
  let response: Response;
  try {
    // Keystone and Glance answer their root with 300 Multiple Choices and the document.
    response = await request(url, {
      signal,
      context: { authenticated: false },
      throwHttpErrors: (status) => status >= 400,
    });
  } catch (error) {
    if (error instanceof HttpError && error.status < 500) return [];
    throw error;
  }
  const text = await response.text();
  try {
    return parseVersionDocument(JSON.parse(text), url);
  } catch {
    return [];
  }
}
