"""Export: lecture or talking points -> one document tree -> DOCX, PDF, HTML or Markdown.

Importing this package loads no Qt: the PDF writer (the one Qt user here) is
imported only when a PDF is rendered.  Start with `exporter.export_lecture`
and `exporter.export_points`.
"""
