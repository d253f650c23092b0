"""The lecture composer: outline, timing, fields, anticipated questions, delivery log."""
