"""The Questions pane: the listeners' questions no point answers yet, and the way to answer them."""
