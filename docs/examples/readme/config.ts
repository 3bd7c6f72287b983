import { connectionOptions, loadCloud } from "@openstack-ts/config";

const cloud = await loadCloud({ cloudName: "prod", options: { os_region_name: "RegionTwo" } });
console.log(String(cloud)); // cloud 'prod', region RegionTwo: password auth at https://…, interface internal
console.log(cloud.sources); // { "auth.authUrl": "/home/me/.config/openstack/clouds.yaml: clouds.prod.auth.auth_url", … }
console.log(connectionOptions(cloud)); // what Connection takes: { authUrl, username, password, regionName, … }
