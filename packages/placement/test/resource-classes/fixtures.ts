// Bodies from the Placement API reference (samples/resource_classes), trimmed.

const item = (name: string) => ({ links: [{ href: `/placement/resource_classes/${name}`, rel: "self" }], name });

/** get-resource_classes.json (the first three) */
export const resourceClassesBody = { resource_classes: ["VCPU", "MEMORY_MB", "DISK_GB"].map(item) };

/** get-resource_class.json */
export const resourceClassBody = item("CUSTOM_FPGA");
