// Object listing bodies as the Object Storage API reference prints them (GET /v1/{account}/{container}?format=json).
export const objectListing = [
  {
    hash: "451e372e48e0f6b1114fa0724aa79fa1",
    last_modified: "2014-01-15T16:41:49.390270",
    bytes: 14,
    name: "goodbye",
    content_type: "application/octet-stream",
  },
  {
    hash: "ed076287532e86365e841e92bfc50d8c",
    last_modified: "2014-01-15T16:37:43.427570",
    bytes: 12,
    name: "helloworld",
    content_type: "application/octet-stream",
  },
];

/** HEAD /v1/{account}/{container}/{object}: the API reference's headers, plus metadata. */
export const objectHeaders = {
  "Content-Length": "12",
  "Content-Type": "text/plain; charset=UTF-8",
  ETag: "ed076287532e86365e841e92bfc50d8c",
  "Last-Modified": "Wed, 15 Jan 2014 16:41:49 GMT",
  "X-Timestamp": "1389804109.39027",
  "X-Object-Meta-Orig-Filename": "helloworld.txt",
  "X-Delete-At": "1893456000",
  "Content-Disposition": "attachment",
};
