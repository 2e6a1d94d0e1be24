"""Resource namespaces rendered from spec/iranpayamak.openapi.yaml by scripts/regenerate.

Never edit these files by hand: change the spec or generator/templates/resources and regenerate.
Behaviour that differs from the plain one-request-per-call methods lives in iranpayamak/resources/,
which subclasses these classes.
"""
