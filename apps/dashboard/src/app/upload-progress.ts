/** Bytes of a request body sent so far, of how many. */
export type UploadListener = (sentBytes: number, totalBytes: number) => void;

/**
 * A `fetch` for the SDK (`new Connection({ fetch })`) that can tell how far an upload has gone.
 *
 * Why: a browser's fetch says nothing while it sends a body it holds (a File), and the SDK's
 * own byte counting needs a streamed request body, which Chromium sends only over HTTP/2,
 * while OpenStack APIs mostly speak HTTP/1.1. XMLHttpRequest reports upload progress on any
 * protocol, so a request whose path is being watched goes through it; every other request goes
 * to the browser's fetch untouched.
 */
export class UploadProgress {
  #watched = new Map<string, UploadListener>();

  /** Reports the upload of the next request whose path ends with `pathEnd`; call the result to stop. */
  watch(pathEnd: string, listener: UploadListener): () => void {
    this.#watched.set(pathEnd, listener);
    return () => {
      if (this.#watched.get(pathEnd) === listener) this.#watched.delete(pathEnd);
    };
  }

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const listener = [...this.#watched].find(([end]) => path.endsWith(end))?.[1];
    if (!listener || request.body === null || typeof XMLHttpRequest === "undefined") return globalThis.fetch(request);
    return sendWithProgress(request, listener);
  };
}

/** The request sent by XMLHttpRequest, answered as a fetch Response. */
async function sendWithProgress(request: Request, listener: UploadListener): Promise<Response> {
  // A Request made from a File keeps it as a blob: taking it back does not read it into memory.
  const body = await request.blob();
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    // The browser ignores headers a page may not set, as fetch does.
    request.headers.forEach((value, name) => {
      xhr.setRequestHeader(name, value);
    });
    xhr.responseType = "blob";
    xhr.upload.onprogress = (event) => listener(event.loaded, event.lengthComputable ? event.total : body.size);
    xhr.onload = () => {
      const status = xhr.status;
      const empty = status === 204 || status === 205 || status === 304;
      resolve(
        new Response(empty ? null : (xhr.response as Blob), {
          status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    // fetch's own words for a failed request, so the SDK maps it to NetworkError as it would.
    xhr.onerror = () => reject(new TypeError("Failed to fetch"));
    const aborted = () => reject(request.signal.reason ?? new DOMException("The upload was aborted", "AbortError"));
    xhr.onabort = aborted;
    if (request.signal.aborted) return aborted();
    request.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** `getAllResponseHeaders()` text → Headers. */
export function parseHeaders(text: string): Headers {
  const headers = new Headers();
  for (const line of text.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
