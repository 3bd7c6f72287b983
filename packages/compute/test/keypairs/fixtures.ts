// Key pair bodies shaped like the Compute API reference's samples (2.10 and 2.35).
export const PUBLIC_KEY =
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova";

/** A key pair in a list item, inside its own `keypair` envelope. */
export const keypairListItem = {
  keypair: {
    fingerprint: "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
    name: "keypair-5d935425",
    type: "ssh",
    public_key: PUBLIC_KEY,
  },
};

/** GET os-keypairs/{name} at 2.10. */
export const keypairBody = {
  public_key: PUBLIC_KEY,
  name: "keypair-5d935425",
  type: "ssh",
  fingerprint: "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
  user_id: "fake",
  deleted: false,
  created_at: "2014-05-07T12:06:13.681238",
  updated_at: null,
  deleted_at: null,
  id: 1,
};

/** POST os-keypairs without a public key: Nova generated it and hands out the private key. */
export const generatedKeypairBody = {
  fingerprint: "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
  name: "keypair-ab9ff2e6",
  type: "ssh",
  private_key:
    "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8Jtt\n-----END RSA PRIVATE KEY-----\n",
  public_key: PUBLIC_KEY,
  user_id: "fake",
};
