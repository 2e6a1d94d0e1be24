# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Resource namespaces rendered from spec/iranpayamak.openapi.yaml by scripts/regenerate.

The spec is bundled here as openapi.json for the mock server. Never edit these files by hand:
change the spec or generator/templates/resources and regenerate. Behaviour that differs from the
plain one-request-per-call methods lives in iranpayamak/resources/, which subclasses these classes.
"""
