import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const secret = await conn.keyManager.createSecret({ name: "db-password", payload: "s3cr3t" });
const payload = await conn.keyManager.getSecretPayload(secret); // SecretPayload
console.log(String(payload)); // [SecretPayload text/plain, 6 bytes]
const password = payload.text(); // "s3cr3t", when asked

const order = await conn.keyManager.createOrder({
  type: "key",
  meta: { algorithm: "aes", bit_length: 256, mode: "cbc", payload_content_type: "application/octet-stream" },
});
const done = await conn.keyManager.waitForOrder(order, { status: "ACTIVE" });
const key = (await conn.keyManager.getSecretPayload(done.secret_ref!)).bytes(); // 32 bytes

console.log(password.length, key.length);
await conn.keyManager.deleteSecret(secret);
