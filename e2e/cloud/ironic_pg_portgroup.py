"""Ironic on PostgreSQL: let a port group be deleted.

Ironic 21 (Zed) deletes a port group by its UUID, and first counts the ports still in it with
`ports.portgroup_id = <that UUID>`; but ports.portgroup_id is the group's integer id. MySQL
casts the UUID to a number and counts none; PostgreSQL refuses to compare an integer with the
UUID's text, and every delete fails with a 500 (DBError: invalid input syntax for type integer).

Looking the group up by its UUID first and deleting it by its integer id makes both the count
and the delete compare like with like (Ironic's own add_identity_where takes either), so the
emptiness check is still Ironic's own. Imported by the ironic-conductor launcher, which alone
writes to the database; the API reaches it over JSON-RPC.
"""
from oslo_utils import uuidutils


def _patch():
    # ironic's db api reads its options when imported: only after ironic.conf registered them
    from ironic.db.sqlalchemy import api

    destroy_portgroup = api.Connection.destroy_portgroup

    def destroy_portgroup_by_id(self, portgroup_id):
        if uuidutils.is_uuid_like(portgroup_id):
            portgroup_id = self.get_portgroup_by_uuid(portgroup_id).id
        return destroy_portgroup(self, portgroup_id)

    api.Connection.destroy_portgroup = destroy_portgroup_by_id


def conductor_main():
    """ironic-conductor with the fix above in place."""
    from ironic.cmd.conductor import main
    _patch()
    return main()
