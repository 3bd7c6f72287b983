/** A pending Response with ky-style body shortcuts: `await client.get(path).json()`. */
export interface ResponsePromise extends Promise<Response> {
  json<T = unknown>(): Promise<T>;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  blob(): Promise<Blob>;
}

export function responsePromise(pending: Promise<Response>): ResponsePromise {
  const result = pending as ResponsePromise;
  result.json = <T>() => pending.then((r) => (r.status === 204 ? undefined : r.json()) as Promise<T>);
  result.text = () => pending.then((r) => r.text());
  result.arrayBuffer = () => pending.then((r) => r.arrayBuffer());
  result.blob = () => pending.then((r) => r.blob());
  return result;
}
