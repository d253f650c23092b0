"""Giving a lecture: the presenter view, the delivery dialog and the question look-up."""
