// Bodies from the Block Storage v3 API reference ("Quality of service (QoS) specifications").

export const qosListBody = {
  qos_specs: [
    {
      consumer: "back-end",
      id: "62c17294-2e52-4877-a01f-a30388749d9d",
      name: "reliability-spec",
      specs: {},
    },
  ],
};

export const qosCreateRequest = {
  qos_specs: {
    name: "reliability-spec",
  },
};

export const qosBody = {
  qos_specs: {
    specs: {},
    consumer: "back-end",
    name: "reliability-spec",
    id: "0388d6c6-d5d4-42a3-b289-95205c50dd15",
  },
  links: [
    {
      href: "http://23.253.228.211:8776/v3/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/qos-specs/0388d6c6-d5d4-42a3-b289-95205c50dd15",
      rel: "self",
    },
    {
      href: "http://23.253.228.211:8776/89afd400-b646-4bbc-b12b-c0a4d63e5bd3/qos-specs/0388d6c6-d5d4-42a3-b289-95205c50dd15",
      rel: "bookmark",
    },
  ],
};

export const qosUpdateRequest = {
  qos_specs: {
    delay: "1",
  },
};

export const qosUpdateResponse = {
  qos_specs: {
    delay: "1",
  },
};

export const qosUnsetRequest = {
  keys: ["key1"],
};

export const qosAssociationsBody = {
  qos_associations: [],
};
