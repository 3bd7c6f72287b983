import { expect } from "vitest";
import { AUTH, type ParityCase, yaml } from "./case.js";

/** Per-service settings: api versions, microversions, endpoints; TLS and timeouts; the files they come in. */
export const serviceCases: ParityCase[] = [
  {
    name: "api versions: a dotted compute version is a microversion",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          compute_api_version: 2.79
          block_storage_api_version: 3
          image_api_version: "2"
          identity_api_version: 3
          placement_api_version: "1.0"
    `,
    },
  },
  {
    name: "default_microversion with a major api version",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          compute_api_version: 2
          compute_default_microversion: "2.60"
          baremetal_default_microversion: "1.78"
    `,
    },
  },
  {
    name: "endpoint overrides, per-service interface and region",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          region_name: RegionOne
          network_endpoint_override: http://127.0.0.1:9696
          image_endpoint_override: "http://127.0.0.1:9292/"
          object_store_endpoint_override: "http://127.0.0.1:8080/v1/AUTH_%(project_id)s"
          identity_interface: admin
          compute_region_name: RegionTwo
          dns_endpoint_override: http://dns.example.com
    `,
    },
  },
  {
    name: "aliases: volume keys reach block-storage, the official name wins",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          volume_api_version: 2
          volumev3_endpoint_override: http://alias.example.com/v3
          block_storage_endpoint_override: http://official.example.com/v3
          load_balancer_api_version: 2.0
          sharev2_endpoint_override: http://share.example.com/v2
    `,
    },
  },
  {
    name: "<service>_endpoint is the older name of the override",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          orchestration_endpoint: http://heat.example.com/v1
          key_manager_endpoint_override: http://barbican.example.com
    `,
    },
  },
  {
    name: "a top-level setting fills {placeholders} in another",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          regions: [lon1, sto2]
          compute_endpoint_override: "https://{region_name}.compute.example.com"
    `,
    },
    options: { os_region_name: "sto2" },
  },
  {
    name: "api_timeout, TLS files and verification",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          api_timeout: 30
          cacert: /etc/ssl/private-ca.pem
          cert: /etc/ssl/client.pem
          key: /etc/ssl/client.key
    `,
    },
  },
  {
    name: "verify: false turns verification off",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          verify: false
    `,
    },
  },
  {
    name: "insecure (a YAML 1.1 yes) wins over verify and a CA bundle",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          insecure: yes
          cacert: /etc/ssl/ca.pem
    `,
    },
  },
  {
    name: "OS_INSECURE and OS_CACERT in the envvars cloud",
    env: {
      OS_AUTH_URL: "https://secure.example.com/v3",
      OS_USERNAME: "u",
      OS_PASSWORD: "p",
      OS_PROJECT_ID: "pid",
      OS_USER_DOMAIN_ID: "default",
      OS_CACERT: "/etc/ssl/env-ca.pem",
      OS_COMPUTE_API_VERSION: "2.1",
      OS_API_TIMEOUT: "12",
    },
  },
  {
    name: "a clouds.json file",
    files: {
      "clouds.json": JSON.stringify({
        clouds: {
          j: {
            auth: {
              auth_url: "http://json:5000/v3",
              username: "u",
              password: "p",
              project_id: "p1",
              user_domain_id: "default",
            },
            network_api_version: 2.0,
            region_name: "R",
          },
        },
      }),
    },
  },
  {
    name: "a YAML float version keeps its .0",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          network_api_version: 2.0
          image_api_version: 2.10
    `,
    },
  },
  {
    name: "an unscoped token reaches identity at the auth URL",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: {auth_url: "http://127.0.0.1:5000/v3", username: u, password: p, user_domain_name: Default}
    `,
    },
  },
  {
    name: "an api version that is not a number is ignored",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          identity_api_version: latest
          compute_api_version: v2
    `,
    },
  },
  {
    name: "a {placeholder} naming no setting is refused",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          object_store_endpoint_override: "http://swift.example.com/v1/AUTH_{project_id}"
    `,
    },
  },
  {
    name: "difference: a dotted api version conflicting with default_microversion fails at once",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          compute_api_version: "2.79"
          compute_default_microversion: "2.60"
    `,
    },
    difference: {
      why: "openstacksdk accepts the cloud and fails only when compute is first used",
      python: (answer) => {
        expect(answer.ok).toBe(true);
        expect(answer.ok && answer.result.services["compute"]?.microversion.error).toBe("ConfigException");
      },
      ours: (resolve) => expect(resolve).toThrow(/compute_default_microversion is 2\.60/),
    },
  },
];
