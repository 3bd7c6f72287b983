// Bodies from the Placement API reference (samples/resource_providers), trimmed to what the tests read.

const links = (uuid: string) =>
  ["", "/aggregates", "/inventories", "/usages", "/traits", "/allocations"].map((tail) => ({
    href: `/resource_providers/${uuid}${tail}`,
    rel: tail === "" ? "self" : tail.slice(1),
  }));

/** get-resource_providers.json: a child provider and a root. */
export const providersBody = {
  resource_providers: [
    {
      generation: 1,
      uuid: "99c09379-6e52-4ef8-9a95-b9ce6f68452e",
      links: links("99c09379-6e52-4ef8-9a95-b9ce6f68452e"),
      name: "vgr.localdomain",
      parent_provider_uuid: "542df8ed-9be2-49b9-b4db-6d3183ff8ec8",
      root_provider_uuid: "542df8ed-9be2-49b9-b4db-6d3183ff8ec8",
    },
    {
      generation: 2,
      uuid: "d0b381e9-8761-42de-8e6c-bba99a96d5f5",
      links: links("d0b381e9-8761-42de-8e6c-bba99a96d5f5"),
      name: "pony1",
      parent_provider_uuid: null,
      root_provider_uuid: "d0b381e9-8761-42de-8e6c-bba99a96d5f5",
    },
  ],
};

/** create-resource_provider.json (1.20+: the create answers with the provider). */
export const createdProviderBody = {
  generation: 0,
  links: links("7d2590ae-fb85-4080-9306-058b4c915e3f"),
  name: "NFS Share",
  uuid: "7d2590ae-fb85-4080-9306-058b4c915e3f",
  parent_provider_uuid: "542df8ed-9be2-49b9-b4db-6d3183ff8ec8",
  root_provider_uuid: "542df8ed-9be2-49b9-b4db-6d3183ff8ec8",
};
