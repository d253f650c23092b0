"""Dialogs shared by several panes: preferences, export, merging edits changed on disk."""
