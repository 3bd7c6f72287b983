"""A Cinder volume driver for the loopback test cloud: every volume is a (thin) file.

python3-cinder ships cinder.tests.fake_driver.FakeLoggingVolumeDriver (what Cinder's own
functional tests run on): volumes, snapshots, clones, extend and exports are bookkeeping
only, without block devices, LVM or an iSCSI target. What it cannot do is hand out
something to read or write, so cinder-backup (which attaches the volume through os-brick
and reads it) and image <-> volume copies fail on it. This subclass backs each volume and
snapshot with a file under `volumes_dir` and exports it with os-brick's "local" connector
(the file's path), so the posix backup driver and qemu-img get real bytes.

The files are thin: a new volume is an empty file that holds only what was written into
it (restored from a backup, copied from an image), never more than the volume's size.
Reading stops at the end of the file, so backing up or uploading an unwritten 1 GiB
volume takes a moment instead of reading and compressing a GiB of zeros (~10 s here).

Used by e2e/cloud/services/cinder.sh: `volume_driver = cinder_localfile.LocalFileDriver`.
"""
import os
import subprocess

from oslo_utils import units

from cinder.tests import fake_driver


class LocalFileDriver(fake_driver.FakeLoggingVolumeDriver):
    """Thin files in volumes_dir, attached as os-brick "local" devices (the file path)."""

    VERSION = '1.0.0'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # the parent hard-codes 'fake': report the configured backend (pool) name instead
        self.backend_name = self.configuration.safe_get('volume_backend_name') or 'localfile'
        self._dir = self.configuration.safe_get('volumes_dir')

    def do_setup(self, context):
        os.makedirs(self._dir, exist_ok=True)

    def local_path(self, volume, vg=None):
        return os.path.join(self._dir, volume['name'])

    # ------------------------------------------------------------ files
    def _touch(self, obj):
        open(self.local_path(obj), 'ab').close()

    def _copy(self, src, dst, size_gb):
        # a sparse copy, never longer than the destination volume
        subprocess.run(['cp', '--sparse=always', self.local_path(src), self.local_path(dst)],
                       check=True)
        if os.path.getsize(self.local_path(dst)) > size_gb * units.Gi:
            os.truncate(self.local_path(dst), size_gb * units.Gi)

    def _remove(self, obj):
        try:
            os.unlink(self.local_path(obj))
        except FileNotFoundError:
            pass

    # ------------------------------------------------------------ volumes and snapshots
    def create_volume(self, volume):
        model_update = super().create_volume(volume)
        self._touch(volume)
        return model_update

    def delete_volume(self, volume):
        self._remove(volume)

    def extend_volume(self, volume, new_size):
        pass  # a thin file grows by itself

    def create_snapshot(self, snapshot):
        self._copy(snapshot.volume, snapshot, snapshot.volume_size)

    def delete_snapshot(self, snapshot):
        self._remove(snapshot)

    def create_volume_from_snapshot(self, volume, snapshot):
        self._copy(snapshot, volume, volume['size'])

    def create_cloned_volume(self, volume, src_vref):
        self._copy(src_vref, volume, volume['size'])

    def revert_to_snapshot(self, context, volume, snapshot):
        self._copy(snapshot, volume, volume.size)

    # ------------------------------------------------------------ connections
    def validate_connector(self, connector):
        # the file is reachable from this host whatever the connector says
        # (os-brick's connector has no iSCSI initiator on this machine)
        return None

    def initialize_connection(self, volume, connector):
        info = super().initialize_connection(volume, connector)
        info['driver_volume_type'] = 'local'
        info['data']['device_path'] = self.local_path(volume)
        return info

    def initialize_connection_snapshot(self, snapshot, connector):
        return {'driver_volume_type': 'local',
                'data': {'device_path': self.local_path(snapshot), 'access_mode': 'ro'}}
