# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""The resource namespaces generated from the spec, one module each, sync and async side by side.

sms, voice, lbs, patterns, reports, phonebook, account, tickets, reference, panel.
"""
