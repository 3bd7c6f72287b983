// A project for a team, a user with the member role on it, and who holds which role there.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml, with an admin role

const project = await conn.identity.createProject({ name: "docs-team", description: "made by the identity guide" });
const user = await conn.identity.createUser({
  name: "docs-alice",
  password: crypto.randomUUID(),
  default_project_id: project.id,
});
const member = await conn.identity.findRole("member", { ignoreMissing: false });
await conn.identity.assignProjectRoleToUser({ project, user, role: member });

const assignments = await conn.identity.listRoleAssignments({ "scope.project.id": project.id, include_names: true });
for (const assignment of assignments)
  console.log(assignment.user?.name, "is", assignment.role.name, "on", project.name);

await conn.identity.deleteUser(user);
await conn.identity.deleteProject(project);
