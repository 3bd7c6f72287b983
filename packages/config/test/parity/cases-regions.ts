import { AUTH, type ParityCase, yaml } from "./case.js";

/** Regions: the default one, one named in a list, values of their own, and options over them. */
export const regionCases: ParityCase[] = [
  {
    name: "the first listed region is the default",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          regions: [RegionOne, RegionTwo]
    `,
    },
  },
  {
    name: "per-region values: interface, auth and an endpoint naming the region",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          regions:
            - name: east
              values:
                interface: internal
                compute_endpoint_override: "https://compute.{region_name}.example.com/v2.1"
                auth:
                  project_name: east-project
            - west
    `,
    },
    options: { os_region_name: "east" },
  },
  {
    name: "a region named in a list uses no values of the others",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          regions:
            - name: east
              values: {interface: internal}
            - name: west
    `,
    },
    options: { os_region_name: "west" },
  },
  {
    name: "region_name as a comma-separated list (deprecated)",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          region_name: "alpha,beta"
    `,
    },
    options: { os_region_name: "beta" },
  },
  {
    name: "region_name as a YAML list",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          region_name: [alpha, beta]
    `,
    },
  },
  {
    name: "options win over a region's values",
    files: {
      "clouds.yaml": yaml`
      clouds:
        c:
          auth: ${AUTH}
          regions:
            - name: east
              values: {interface: internal, image_api_version: "1"}
    `,
    },
    options: { os_interface: "admin", os_image_api_version: "2" },
  },
];
