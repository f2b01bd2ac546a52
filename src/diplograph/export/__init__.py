"""Export records (the DESIGN.md shape) and the writers for jsonl, csv, parquet and graphml."""

from diplograph.export.record import RECORD_KEYS, export_record
from diplograph.export.writers import FORMATS, write_export

__all__ = ["FORMATS", "RECORD_KEYS", "export_record", "write_export"]
