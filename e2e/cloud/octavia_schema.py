#!/usr/bin/python3
"""Make Octavia's schema on PostgreSQL: octavia_schema.py DB_URL

Octavia's alembic migrations are written for MySQL (they drop a constraint named
"PRIMARY", use MODIFY and backquotes), so `octavia-db-manage upgrade head` stops
part-way on PostgreSQL. Instead the tables come from python3-octavia's own models,
the lookup tables get the rows the migrations insert (the names octavia.common.constants
supports, the DELETED placeholders, the build-slots row), and the caller then stamps
alembic at head so a later `octavia-db-manage` sees a current schema.
"""
import sys

import sqlalchemy as sa
from sqlalchemy import orm

from octavia.common import constants as c
from octavia.db import base_models
from octavia.db import models as m

engine = sa.create_engine(sys.argv[1])
base_models.BASE.metadata.create_all(engine)

LOOKUPS = [
    (m.ProvisioningStatus, c.SUPPORTED_PROVISIONING_STATUSES),
    (m.OperatingStatus, c.SUPPORTED_OPERATING_STATUSES),
    (m.HealthMonitorType, c.SUPPORTED_HEALTH_MONITOR_TYPES),
    (m.Algorithm, c.SUPPORTED_LB_ALGORITHMS),
    (m.Protocol, c.SUPPORTED_PROTOCOLS),
    (m.SessionPersistenceType, c.SUPPORTED_SP_TYPES),
    (m.AmphoraRoles, c.SUPPORTED_AMPHORA_ROLES),
    (m.LBTopology, c.SUPPORTED_LB_TOPOLOGIES),
    (m.VRRPAuthMethod, c.SUPPORTED_VRRP_AUTH),
    (m.L7RuleType, c.SUPPORTED_L7RULE_TYPES),
    (m.L7RuleCompareType, c.SUPPORTED_L7RULE_COMPARE_TYPES),
    (m.L7PolicyAction, c.SUPPORTED_L7POLICY_ACTIONS),
    (m.ClientAuthenticationMode, c.SUPPORTED_CLIENT_AUTH_MODES),
]

with orm.Session(engine) as s, s.begin():
    for model, names in LOOKUPS:
        have = {r.name for r in s.query(model)}
        s.add_all(model(name=n) for n in names if n not in have)
    s.flush()
    # deleted load balancers keep pointing at these when their flavor or zone goes
    if s.get(m.FlavorProfile, c.NIL_UUID) is None:
        s.add(m.FlavorProfile(id=c.NIL_UUID, name='DELETED-PLACEHOLDER',
                              provider_name=c.DELETED, flavor_data='{}'))
        s.flush()
        s.add(m.Flavor(id=c.NIL_UUID, flavor_profile_id=c.NIL_UUID, name='DELETED-PLACEHOLDER',
                       enabled=False, description='Placeholder for DELETED LBs with DELETED flavors'))
    if s.get(m.AvailabilityZoneProfile, c.NIL_UUID) is None:
        s.add(m.AvailabilityZoneProfile(id=c.NIL_UUID, name='DELETED-PLACEHOLDER',
                                        provider_name=c.DELETED, availability_zone_data='{}'))
        s.flush()
        s.add(m.AvailabilityZone(name=c.NIL_UUID, availability_zone_profile_id=c.NIL_UUID,
                                 enabled=False, description='Placeholder for DELETED LBs with '
                                 'DELETED availability zones'))
    if s.get(m.AmphoraBuildSlots, 1) is None:
        s.add(m.AmphoraBuildSlots(id=1, slots_used=0))
print('octavia schema ready')
