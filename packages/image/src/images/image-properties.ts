import * as v from "valibot";

/** A Glance string field that may be absent or null. */
export const optionalString = v.optional(v.nullable(v.string()));

/**
 * Well-known image properties (Glance's "useful image properties": what Nova and its
 * drivers read). Glance keeps them as custom properties, always strings (`"2"`, `"true"`),
 * so they are declared as optional strings; declaring them lets `createImage` and
 * `updateImage` type-check them. Any other custom property passes through at run time.
 */
export const imageProperties = {
  description: optionalString,
  architecture: optionalString,
  hypervisor_type: optionalString,
  instance_uuid: optionalString,
  kernel_id: optionalString,
  ramdisk_id: optionalString,
  os_distro: optionalString,
  os_version: optionalString,
  os_type: optionalString,
  os_admin_user: optionalString,
  os_command_line: optionalString,
  os_require_quiesce: optionalString,
  os_secure_boot: optionalString,
  os_shutdown_timeout: optionalString,
  img_config_drive: optionalString,
  vm_mode: optionalString,
  auto_disk_config: optionalString,
  hw_architecture: optionalString,
  hw_machine_type: optionalString,
  hw_firmware_type: optionalString,
  hw_cpu_sockets: optionalString,
  hw_cpu_cores: optionalString,
  hw_cpu_threads: optionalString,
  hw_cpu_policy: optionalString,
  hw_cpu_thread_policy: optionalString,
  hw_disk_bus: optionalString,
  hw_scsi_model: optionalString,
  hw_rng_model: optionalString,
  hw_serial_port_count: optionalString,
  hw_video_model: optionalString,
  hw_video_ram: optionalString,
  hw_vif_model: optionalString,
  hw_vif_multiqueue_enabled: optionalString,
  hw_watchdog_action: optionalString,
  hw_qemu_guest_agent: optionalString,
  hw_boot_menu: optionalString,
  vmware_adaptertype: optionalString,
  vmware_ostype: optionalString,
};
