# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Contains methods for accessing the API"""
