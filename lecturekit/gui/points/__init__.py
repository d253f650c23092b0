"""The talking-point editor: its form, sources, drafts, preview, rename and delete."""
