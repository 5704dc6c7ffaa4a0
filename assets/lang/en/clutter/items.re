# A line that OPENS like an item of a list of other stories or of notes,
# whatever follows: a date and a dash ("Nov 12, 2025 — X steps down"), a
# time, a bracketed note number ("[1] Annual report, 2024.").
# Case-insensitive.
(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\s+[—–-]\s
\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4}\s+[—–-]\s
\d{4}-\d{2}-\d{2}\s+[—–-]\s
((yesterday|today)\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?\s+\p{Lu}
\[\d{1,3}\]\s+\S
