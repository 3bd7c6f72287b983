// The seed example's one body, run by every consumer program: Node (ES module and CommonJS),
// Bun, Deno and the pages in Chromium. Each gives it the SDK as it imported it, which is the
// only thing they differ in, and the network's name (runs in parallel must not share
// "jenkins"). It returns what it saw, for the test to compare with the cloud.
export async function seed({ Connection, fromConfig }, networkName) {
  const conn = new Connection({
    authUrl: "http://127.0.0.1:5000/v3",
    projectName: "admin",
    username: "admin",
    password: "admin",
  });

  const projects = await conn.identity.listProjects();
  const streamed = [];
  for await (const p of conn.identity.listProjects()) streamed.push(p.name);

  let network = await conn.network.findNetwork(networkName);
  if (network === null) network = await conn.network.createNetwork({ name: networkName });

  const token = await conn.authorize();
  const seen = {
    projects: projects.map((p) => p.name),
    streamed,
    network: network.id,
    tokenLength: token.length,
    project: await conn.currentProjectId,
  };
  // clouds.yaml is a file in the working directory: a page has none, and gets no fromConfig.
  if (fromConfig) {
    const conn2 = await fromConfig({ cloudName: "devstack" });
    seen.devstackProject = await conn2.currentProjectId;
  }
  return seen;
}
