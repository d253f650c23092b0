"""The PySide6 desktop interface; all logic lives in core, search and export."""
