"""The library pane: search as you type, its results, the problems list, the folder watcher."""
