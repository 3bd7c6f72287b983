import type { ListResult, ServiceFacade } from "@openstack-ts/core";
import { expectTypeOf } from "vitest";
import type {
  Attachment,
  blockStorage,
  QosSpecAssociation,
  Snapshot,
  TypeAccess,
  Volume,
  QuotaSet,
  Service,
  VolumeType,
} from "../src/index.js";

// conn.blockStorage's method names and signatures, derived from the resource definitions.
declare const bs: ServiceFacade<typeof blockStorage>;

expectTypeOf(bs.listVolumes()).toEqualTypeOf<ListResult<Volume>>();
expectTypeOf(bs.findVolume("data")).resolves.toEqualTypeOf<Volume | null>();
expectTypeOf(bs.waitForVolume("id", { status: "available" })).resolves.toEqualTypeOf<Volume>();
expectTypeOf(bs.waitForDeleteVolume).returns.resolves.toEqualTypeOf<void>();
expectTypeOf<Volume["bootable"]>().toEqualTypeOf<string>();
expectTypeOf<Volume["volume_type_id"]>().toEqualTypeOf<string | null | undefined>();
expectTypeOf(bs.getSnapshot("id")).resolves.toEqualTypeOf<Snapshot>();
expectTypeOf(bs.createBackup).parameter(0).toHaveProperty("volume_id");
expectTypeOf(bs.listTypes()).toEqualTypeOf<ListResult<VolumeType>>();
expectTypeOf(bs.listTypeAccess({ volume_type: "t" })).toEqualTypeOf<ListResult<TypeAccess>>();
expectTypeOf(bs.listQosSpecAssociations({ qos_spec: "q" })).toEqualTypeOf<ListResult<QosSpecAssociation>>();
expectTypeOf(bs.createAttachment({ volume_uuid: "v" })).resolves.toEqualTypeOf<Attachment>();
expectTypeOf(bs.getQuotaSet("project")).resolves.toEqualTypeOf<QuotaSet>();
expectTypeOf(bs.listServices()).toEqualTypeOf<ListResult<Service>>();
expectTypeOf(bs.extendVolume({ volume: "v", new_size: 2 })).resolves.toEqualTypeOf<void>();
expectTypeOf(bs.getLimits()).resolves.toEqualTypeOf<unknown>();

// @ts-expect-error: QoS specs change through updateQosSpec (an action), not a generic update
bs.updateQosSpec("id", { name: "x" });
// @ts-expect-error: services cannot be fetched one by one
bs.getService("x");
// @ts-expect-error: a backup needs its volume
bs.createBackup({ name: "b" });
// @ts-expect-error: the volume is missing
bs.setVolumeBootableStatus({ bootable: true });
// @ts-expect-error: the type access list needs its type
bs.listTypeAccess();
