"""Help: the user guide, the keyboard shortcuts, About."""
