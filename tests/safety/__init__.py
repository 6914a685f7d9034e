"""Adversarial suite: classification, untrusted text and files, never losing work."""
