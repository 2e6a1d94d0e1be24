# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Code rendered from spec/iranpayamak.openapi.yaml by scripts/regenerate; never edit these files.

- ``resources/<namespace>.py``: one module per namespace of the clients (``client.reports`` is
  ``resources/reports.py``), its synchronous and asynchronous classes side by side. Hand-written
  additions live in ``iranpayamak/resources/``, which subclasses these classes.
- ``openapi.json``: the spec as JSON, bundled for the mock server and the argument checks (JSON has
  no comments, so this note says it is generated).

Change the spec or ``generator/templates/resources`` and run scripts/regenerate.
"""
