#!/usr/bin/python3
"""Servers and volumes through their real state transitions (run by verify.sh).

usage: verify_lifecycle.py [compute] [volume]   (OS_CLIENT_CONFIG_FILE; cloud 'local')

One process with openstacksdk instead of one openstack CLI call per step: the whole run
takes seconds. Every step waits for the state it expects (polling every 0.25 s) and
prints how long the cloud took; the first failure or timeout exits non-zero.
"""
import sys
import time

import openstack

c = openstack.connect(cloud='local')
T0 = time.time()
DONE = []  # cleanups, run in reverse order at the end (also after a failure)


def say(msg):
    print('  %6.1fs %s' % (time.time() - T0, msg), flush=True)


def wait(get, want, what, field='status', timeout=60):
    """Poll get() until field == want and no task is pending; return the object."""
    began = time.time()
    while True:
        obj = get()
        value = getattr(obj, field)
        if value == want and not getattr(obj, 'task_state', None):
            say('%s: %s=%s in %.1fs' % (what, field, value, time.time() - began))
            return obj
        if str(value).lower() == 'error' or str(value).startswith('error_'):
            sys.exit('FAILED %s: %s=%s %s' % (what, field, value, getattr(obj, 'fault', '')))
        if time.time() - began > timeout:
            sys.exit('TIMEOUT %s: %s=%s, want %s' % (what, field, value, want))
        time.sleep(0.25)


def gone(get, what, timeout=60):
    began = time.time()
    while time.time() - began < timeout:
        try:
            get()
        except openstack.exceptions.NotFoundException:
            say('%s: gone in %.1fs' % (what, time.time() - began))
            return
        time.sleep(0.25)
    sys.exit('TIMEOUT %s: still there' % what)


def boot_image():
    img = c.image.find_image('verify-boot')
    if img is None:
        img = c.image.create_image(name='verify-boot', data=b'\0' * 65536, disk_format='raw',
                                   container_format='bare', allow_duplicates=True)
    DONE.append(lambda: c.image.delete_image(img))
    return img


def compute():
    cs = c.compute
    tiny, small = cs.find_flavor('m1.tiny'), cs.find_flavor('m1.small')
    img = boot_image()
    began = time.time()
    srv = cs.create_server(name='verify-vm', flavor_id=tiny.id, image_id=img.id, networks='none')
    DONE.append(lambda: cs.delete_server(srv, ignore_missing=True))
    get = lambda: cs.get_server(srv)  # noqa: E731
    wait(get, 'ACTIVE', 'create (--nic none)')
    say('server %s ACTIVE %.1fs after POST, on host %s' % (srv.id, time.time() - began, get().compute_host))
    cs.reboot_server(srv, 'SOFT'); wait(get, 'ACTIVE', 'reboot')
    cs.stop_server(srv); wait(get, 'SHUTOFF', 'stop')
    cs.start_server(srv); wait(get, 'ACTIVE', 'start')
    cs.pause_server(srv); wait(get, 'PAUSED', 'pause')
    cs.unpause_server(srv); wait(get, 'ACTIVE', 'unpause')
    cs.suspend_server(srv); wait(get, 'SUSPENDED', 'suspend')
    cs.resume_server(srv); wait(get, 'ACTIVE', 'resume')
    cs.lock_server(srv); wait(get, True, 'lock', field='is_locked')
    cs.unlock_server(srv); wait(get, False, 'unlock', field='is_locked')
    cs.rescue_server(srv); wait(get, 'RESCUE', 'rescue')
    cs.unrescue_server(srv); wait(get, 'ACTIVE', 'unrescue')
    cs.resize_server(srv, small); wait(get, 'VERIFY_RESIZE', 'resize to m1.small')
    cs.confirm_server_resize(srv); s = wait(get, 'ACTIVE', 'confirm resize')
    assert s.flavor.original_name == 'm1.small', s.flavor
    cs.resize_server(srv, tiny); wait(get, 'VERIFY_RESIZE', 'resize to m1.tiny')
    cs.revert_server_resize(srv); s = wait(get, 'ACTIVE', 'revert resize')
    assert s.flavor.original_name == 'm1.small', s.flavor
    cs.rebuild_server(srv, image=img.id); wait(get, 'ACTIVE', 'rebuild')
    cs.shelve_server(srv); wait(get, 'SHELVED_OFFLOADED', 'shelve')
    cs.unshelve_server(srv); wait(get, 'ACTIVE', 'unshelve')
    out = cs.get_server_console_output(srv)['output']
    assert 'FAKE CONSOLE OUTPUT' in out, out
    say('console output: %r' % out.splitlines()[0])
    # a server on a network: its port binds to the stand-in OVS agent and stays DOWN
    net = c.network.create_network(name='verify-vm-net')
    DONE.append(lambda: c.network.delete_network(net))
    sub = c.network.create_subnet(network_id=net.id, ip_version=4, cidr='10.78.0.0/24', name='verify-vm-sub')
    DONE.append(lambda: c.network.delete_subnet(sub))
    srv2 = cs.create_server(name='verify-vm-port', flavor_id=tiny.id, image_id=img.id,
                            networks=[{'uuid': net.id}])
    DONE.append(lambda: cs.delete_server(srv2, ignore_missing=True))
    s2 = wait(lambda: cs.get_server(srv2), 'ACTIVE', 'create with a port')
    port = next(c.network.ports(device_id=srv2.id))
    say('port %s: %s, vif_type %s, status %s' % (port.id, s2.addresses, port.binding_vif_type, port.status))
    cs.delete_server(srv2); gone(lambda: cs.get_server(srv2), 'delete server with port')
    return srv


def volume(server=None):
    bs = c.block_storage
    began = time.time()
    vol = bs.create_volume(name='verify-vol', size=1)
    DONE.append(lambda: bs.delete_volume(vol, ignore_missing=True))
    get = lambda: bs.get_volume(vol)  # noqa: E731
    v = wait(get, 'available', 'create 1 GiB')
    say('volume %s available %.1fs after POST, on %s' % (vol.id, time.time() - began, v.host))
    bs.extend_volume(vol, 2); v = wait(get, 'available', 'extend to 2 GiB')
    assert v.size == 2, v.size

    def action(body, mv='3.0'):
        bs.post('/volumes/%s/action' % vol.id, json=body, microversion=mv).raise_for_status()
    action({'os-reserve': {}})
    action({'os-attach': {'instance_uuid': '00000000-0000-4000-8000-00000000feed', 'mountpoint': '/dev/vdb'}})
    wait(get, 'in-use', 'os-reserve + os-attach')
    action({'os-detach': {}}); wait(get, 'available', 'os-detach')
    r = bs.post('/attachments', microversion='3.54', json={'attachment': {
        'volume_uuid': vol.id, 'connector': {'host': 'verify', 'initiator': 'iqn.verify'}, 'mode': 'rw'}})
    r.raise_for_status()
    att = r.json()['attachment']
    say('attachment %s: %s, connection %s' % (att['id'], att['status'], att['connection_info']['driver_volume_type']))
    bs.post('/attachments/%s/action' % att['id'], json={'os-complete': {}}, microversion='3.54').raise_for_status()
    wait(get, 'in-use', 'attachment complete')
    bs.delete('/attachments/%s' % att['id'], microversion='3.54').raise_for_status()
    wait(get, 'available', 'attachment delete')
    snap = bs.create_snapshot(volume_id=vol.id, name='verify-snap')
    DONE.append(lambda: bs.delete_snapshot(snap, ignore_missing=True))
    wait(lambda: bs.get_snapshot(snap), 'available', 'snapshot')
    action({'revert': {'snapshot_id': snap.id}}, '3.40'); wait(get, 'available', 'revert to snapshot')
    clone = bs.create_volume(name='verify-vol-from-snap', size=2, snapshot_id=snap.id)
    DONE.append(lambda: bs.delete_volume(clone, ignore_missing=True))
    wait(lambda: bs.get_volume(clone), 'available', 'volume from snapshot')
    bk = bs.create_backup(volume_id=vol.id, name='verify-backup')
    DONE.append(lambda: bs.delete_backup(bk, ignore_missing=True))
    wait(lambda: bs.get_backup(bk), 'available', 'backup (posix driver)')
    wait(get, 'available', 'volume after backup')
    # (openstacksdk 0.101's restore_backup does not return the new volume's id)
    r = bs.post('/backups/%s/restore' % bk.id, json={'restore': {'name': 'verify-vol-restored'}})
    r.raise_for_status()
    rid = r.json()['restore']['volume_id']
    DONE.append(lambda: bs.delete_volume(rid, ignore_missing=True))
    wait(lambda: bs.get_volume(rid), 'available', 'restore to a new volume')
    wait(lambda: bs.get_backup(bk), 'available', 'backup after restore')
    bs.delete_backup(bk); gone(lambda: bs.get_backup(bk), 'delete backup')
    if server is not None:  # nova attaches and detaches for real (fake driver, cinder "local")
        c.compute.create_volume_attachment(server, volume_id=vol.id)
        wait(get, 'in-use', 'attach to server (nova)')
        c.compute.delete_volume_attachment(vol.id, server)  # (attachment = volume id, server)
        wait(get, 'available', 'detach from server (nova)')
    bs.delete_snapshot(snap); gone(lambda: bs.get_snapshot(snap), 'delete snapshot')
    for v in (clone.id, rid, vol.id):
        bs.delete_volume(v)
        gone(lambda: bs.get_volume(v), 'delete volume %s' % v)


try:
    server = compute() if 'compute' in sys.argv[1:] else None
    if 'volume' in sys.argv[1:]:
        volume(server)
    if server is not None:
        c.compute.delete_server(server)
        gone(lambda: c.compute.get_server(server), 'delete server')
finally:
    for undo in reversed(DONE):
        try:
            undo()
        except Exception as e:  # already gone, or still going: report, keep cleaning
            print('  cleanup: %s' % e)
