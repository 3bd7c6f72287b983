import { PasswordAuth, Session } from "@openstack-ts/core";

const session = new Session({
  auth: new PasswordAuth({
    authUrl: "http://127.0.0.1:5000/v3",
    username: "admin",
    password: "admin",
    projectName: "admin",
  }),
});
await session.authorize(); // one login, shared by every call and renewed when the token expires
const network = await session.endpointFor("network"); // from the token's catalog, version-discovered
const response = await session.request(`${network}/v2.0/networks`); // errors are typed: HttpError, NotFoundError, …
console.log(await response.json());
