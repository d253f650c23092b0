"""The delivery log and the report for the directorate."""
