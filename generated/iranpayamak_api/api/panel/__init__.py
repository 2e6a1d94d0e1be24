# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Contains endpoint functions for accessing the API"""
