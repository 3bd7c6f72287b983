// Container listing bodies as the Object Storage API reference prints them (GET /v1/{account}?format=json).
export const containerListing = [
  { count: 0, bytes: 0, name: "janeausten", last_modified: "2013-11-19T20:08:13.283452" },
  { count: 1, bytes: 14, name: "marktwain", last_modified: "2016-04-29T16:23:50.460230" },
];

/** HEAD /v1/{account}/{container}: the API reference's headers, plus ACLs, CORS and metadata. */
export const containerHeaders = {
  "X-Container-Object-Count": "1",
  "X-Container-Bytes-Used": "14",
  "X-Timestamp": "1461947025.10693",
  "X-Storage-Policy": "Policy-0",
  "X-Container-Read": ".r:*,.rlistings",
  "X-Container-Write": "demo:demo",
  "X-Container-Meta-Book": "TomSawyer",
  "X-Container-Meta-Access-Control-Allow-Origin": "https://a.example https://b.example",
  "X-Container-Meta-Access-Control-Max-Age": "600",
  "X-Container-Meta-Access-Control-Expose-Headers": "etag x-object-meta-color",
  "X-Container-Meta-Temp-URL-Key": "container-secret",
  "Content-Type": "text/plain; charset=utf-8",
};
