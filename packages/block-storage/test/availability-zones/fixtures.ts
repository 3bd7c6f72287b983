// Bodies from the Block Storage v3 API reference ("Availability zones").

export const availabilityZonesBody = {
  availabilityZoneInfo: [
    {
      zoneState: {
        available: true,
      },
      zoneName: "nova",
    },
  ],
};
