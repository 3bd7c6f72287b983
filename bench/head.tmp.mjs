import { createServer } from "node:http";
const body = JSON.stringify({ networks: [{ id: "a" }] });
const srv = createServer((req, res) => { console.log(req.method, req.url, JSON.stringify(req.rawHeaders)); res.writeHead(200, { "content-type": "application/json" }); res.end(req.url === "/" ? JSON.stringify({versions:[{id:"v2.0",status:"CURRENT",links:[{rel:"self",href:`http://127.0.0.1:${srv.address().port}/v2.0/`}]}]}) : body); });
srv.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${srv.address().port}`;
  const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
  const { networkService, networks } = await import("@openstack-ts/network");
  const session = new Session({ auth: new AdminTokenAuth({ token: "x" }), services: { network: { endpointOverride: base } } });
  const client = clientFor(session, networkService);
  console.log("-- sc"); await client.get("networks").json(); await client.get("networks").json();
  console.log("-- list"); try { await networks.list(session); } catch (e) { console.log(e.message.slice(0, 100)); }
  srv.close(); process.exit(0);
});
