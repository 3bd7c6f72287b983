#!/usr/bin/python3
"""Idempotently set up Keystone's side of OpenID Connect federation (services/oidc.sh).

usage: federation.py ISSUER   (uses OS_CLIENT_CONFIG_FILE cloud 'local')

The identity provider `loopback-oidc` is the provider whose issuer is ISSUER (Keystone
matches it with [openid] remote_id_attribute, the iss claim Apache passes on); protocol
`openid` maps every person or client the provider vouches for, by its preferred_username
claim, to an ephemeral user in group `federated_users`, which is `member` of project
`federated`. Existing objects are corrected, so a changed rule converges.
"""
import sys

import openstack

IDP, PROTOCOL, MAPPING = 'loopback-oidc', 'openid', 'loopback-oidc-mapping'
issuer = sys.argv[1]
c = openstack.connect(cloud='local')
idn = c.identity

project = idn.find_project('federated', domain_id='default') or idn.create_project(
    name='federated', domain_id='default', description='what OpenID Connect users may scope to')
group = idn.find_group('federated_users', domain_id='default') or idn.create_group(
    name='federated_users', domain_id='default', description='everyone the loopback OIDC provider vouches for')
member = idn.find_role('member')
try:
    idn.assign_project_role_to_group(project, group, member)
except Exception as e:  # already assigned is fine
    print('grant', e)

rules = [{
    'local': [
        {'user': {'name': '{0}'}},
        {'group': {'name': 'federated_users', 'domain': {'name': 'Default'}}},
    ],
    'remote': [{'type': 'HTTP_OIDC_CLAIM_PREFERRED_USERNAME'}],
}]
mapping = idn.find_mapping(MAPPING)
if mapping is None:
    idn.create_mapping(id=MAPPING, rules=rules)
elif mapping.rules != rules:
    idn.update_mapping(mapping, rules=rules)

idp = idn.find_identity_provider(IDP)
if idp is None:
    idn.create_identity_provider(id=IDP, remote_ids=[issuer], is_enabled=True,
                                 description='the loopback OpenID Connect provider')
elif idp.remote_ids != [issuer]:
    idn.update_identity_provider(idp, remote_ids=[issuer])

protocols = {p.id: p for p in idn.federation_protocols(IDP)}
if PROTOCOL not in protocols:
    idn.create_federation_protocol(IDP, id=PROTOCOL, mapping_id=MAPPING)
elif protocols[PROTOCOL].mapping_id != MAPPING:
    idn.update_federation_protocol(IDP, PROTOCOL, mapping_id=MAPPING)
print('federation: idp %s (%s), protocol %s, project %s' % (IDP, issuer, PROTOCOL, project.id))
