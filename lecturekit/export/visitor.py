"""The walk every writer makes over a document tree: one `visit_<block>` method per block type.

A writer subclasses `DocumentVisitor` and defines a method for each block type
of `tree.py` (`visit_heading`, `visit_paragraph`, `visit_list_block`,
`visit_quote`, `visit_table`, `visit_rule`, `visit_code_block`,
`visit_source_list`, `visit_qr_code`, `visit_aside`).  `visit` finds the method from the
block's class name; a block the writer has no method for raises
`UnknownBlockError` naming the block type and the writer, so a new block type
can never vanish silently from one format.  Extra arguments of `visit` (a
nesting depth, an output list, a style) are passed on unchanged.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Callable, Iterable

from .errors import ExportError


@cache
def visit_method_name(block_type: type) -> str:
    """The visitor method for *block_type*: `visit_` and the class name in snake case
    (Heading -> visit_heading, ListBlock -> visit_list_block)."""
    name = block_type.__name__
    snake = "".join(f"_{char.lower()}" if char.isupper() and index else char.lower()
                    for index, char in enumerate(name))
    return f"visit_{snake}"


class UnknownBlockError(ExportError):
    """A writer met a block it has no `visit_<block>` method for.

    A programming error rather than a user's: a block type was added to
    `tree.py` without teaching every writer to render it.
    """

    def __init__(self, block: object, writer: object):
        self.block_type = type(block).__name__
        self.writer = type(writer).__name__
        self.method = visit_method_name(type(block))
        super().__init__(None, f"{self.writer} cannot write a {self.block_type} block "
                               f"(it has no {self.method} method)")
        self.set_reason("unknown-block", params={"block": self.block_type, "writer": self.writer})


class DocumentVisitor:
    """Base of every writer's walk over the blocks of a DocumentTree."""

    def visit(self, block: Any, *args: Any, **kwargs: Any) -> Any:
        """Call this visitor's `visit_<block>` method for *block*; UnknownBlockError if there is none."""
        return self._method_for(block)(block, *args, **kwargs)

    def visit_all(self, blocks: Iterable[Any], *args: Any, **kwargs: Any) -> list[Any]:
        """`visit` each of *blocks* in order, with the same extra arguments; the results in a list."""
        return [self.visit(block, *args, **kwargs) for block in blocks]

    def handles(self, block_type: type) -> bool:
        """Whether this visitor has a method for blocks of *block_type*."""
        return callable(getattr(self, visit_method_name(block_type), None))

    def _method_for(self, block: Any) -> Callable[..., Any]:
        # The block's own class decides, never a base class: a subclass of Paragraph
        # with a meaning of its own must not be written as a plain paragraph.
        method = getattr(self, visit_method_name(type(block)), None)
        if not callable(method):
            raise UnknownBlockError(block, self)
        return method
