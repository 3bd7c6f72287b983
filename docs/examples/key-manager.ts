// A secret stored and read back, a key ordered from Barbican, a secret shared by ACL.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

// Text is stored as it is; bytes (a Uint8Array) are sent base64-encoded, as octet-stream.
const secret = await conn.keyManager.createSecret({ name: "docs-db-password", payload: "correct horse battery" });
console.log(secret.id, secret.secret_ref); // the id is the end of the ref: either names it

const payload = await conn.keyManager.getSecretPayload(secret);
console.log(String(payload)); // [SecretPayload text/plain, 21 bytes]: never the content
const password = payload.text(); // the content, when asked for
console.log(password.length);

// Barbican's worker makes the key; the order says where it is once ACTIVE.
const order = await conn.keyManager.createOrder({
  type: "key",
  meta: {
    name: "docs-aes-key",
    algorithm: "aes",
    bit_length: 256,
    mode: "cbc",
    payload_content_type: "application/octet-stream",
  },
});
const done = await conn.keyManager.waitForOrder(order, { status: "ACTIVE" });
const key = await conn.keyManager.getSecretPayload(done.secret_ref!);
console.log(key.size); // 32

// Only the named users (and no longer the whole project) may read the secret.
const me = await conn.currentUserId;
await conn.keyManager.setSecretAcl(secret, { read: { users: [me!], "project-access": false } });

await conn.keyManager.deleteSecret(secret);
await conn.keyManager.deleteSecret(done.secret_ref!);
await conn.keyManager.deleteOrder(order);
