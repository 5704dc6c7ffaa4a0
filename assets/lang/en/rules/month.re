# Any month, "May" included.
(?:{MONTHS}|May)
