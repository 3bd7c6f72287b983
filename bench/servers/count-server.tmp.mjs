// A minimal Neutron-shaped server on 127.0.0.1, run as its own process so its CPU is not
// the client's: GET / answers the version document, GET /v2.0/networks a list of `total`
// networks (the API reference's sample with distinct ids), in pages of `limit` (default
// 1000) with Neutron's `networks_links` when there is more.
// Usage: node servers/list-server.mjs <total>. Prints `listening <port>` when ready.
import { createServer } from "node:http";
import { loadFixtures } from "../lib/fixtures.mjs";

const total = Number(process.argv[2] ?? 3);
const { networkBody } = await loadFixtures("packages/network/test/networks/fixtures.ts");
const idOf = (index) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
const indexOf = (id) => Number.parseInt(id.slice(24), 16);
const pages = new Map();

function page(origin, start, limit) {
  const key = `${start}:${limit}`;
  let body = pages.get(key);
  if (body === undefined) {
    const end = Math.min(start + limit, total);
    const networks = [];
    for (let i = start; i < end; i++) networks.push({ ...networkBody, id: idOf(i), name: `net-${i}` });
    const links = [];
    if (end < total)
      links.push({ rel: "next", href: `${origin}/v2.0/networks?limit=${limit}&marker=${idOf(end - 1)}` });
    if (start > 0)
      links.push({
        rel: "previous",
        href: `${origin}/v2.0/networks?limit=${limit}&marker=${idOf(start)}&page_reverse=True`,
      });
    body = JSON.stringify(links.length ? { networks, networks_links: links } : { networks });
    pages.set(key, body);
  }
  return body;
}

const server = createServer((request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  const send = (status, body) => {
    response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
    response.end(body);
  };
  if (url.pathname === "/") {
    return send(
      200,
      JSON.stringify({
        versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${url.origin}/v2.0/` }] }],
      }),
    );
  }
  if (url.pathname === "/v2.0/networks" && request.method === "GET") {
    const limit = Number(url.searchParams.get("limit") ?? 1000);
    const marker = url.searchParams.get("marker");
    return send(200, page(url.origin, marker ? indexOf(marker) + 1 : 0, limit));
  }
  send(404, JSON.stringify({ NeutronError: { type: "HTTPNotFound", message: "not here", detail: "" } }));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
let connections = 0, requests = 0;
server.on("connection", () => connections++);
server.on("request", () => requests++);
process.on("SIGUSR2", () => { console.log(`connections ${connections} requests ${requests}`); connections = 0; requests = 0; });
