"""Ergonomic client for the IranPayamak (FarazSMS) SMS web service.

This package builds on the generated low-level client, ``iranpayamak_api``, which it may import;
the generated package never imports this one.
"""
