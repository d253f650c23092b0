"""lecturekit: a desktop workbench for awareness lectures."""

__version__ = "0.1.0"
