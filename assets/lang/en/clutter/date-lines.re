# A line that is wholly a date, with a weekday, a time and its zone, or a
# place before it when the page gives them ("June 4, 2024", "Wednesday 11
# March 2026", "Wed Sep 11 2024 - 06:00", "October 7, 2024 at 7:02 AM
# GMT+1", "Madrid - 15 May 2024 - 09:40 CEST", "Genoa, 20 November 2024"),
# its parts maybe run together as a copy from the page glues them ("March
# 11, 20268:14 AM GMTUpdated 2 hours ago"):
# a captured page's date stamp, furniture like its byline (case-insensitive,
# the whole line; also each part of a byline set out with "·" or "|"). A
# wire dateline ("LONDON, Jan 14 (Reuters) -") names its agency and runs on
# into the first sentence, so it is no such line. ASCII classes only.
((?-i:[A-Z][A-Za-z]+)( (?-i:[A-Z][A-Za-z]+))?(,| [-–—]) +)?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? +)?(\d{1,2}(st|nd|rd|th)? +(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,? +\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? +\d{1,2}(st|nd|rd|th)?,? +\d{4})(,? *(at +|[-–—·|] +)?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( +[a-z]{2,5}([+-]\d{1,2})?)?( *(updated|last updated) +\d{1,2} +(minutes?|mins?|hours?|hrs?|days?) +ago)?)?
# An ISO date, maybe with its time ("2024-09-17T07:30:00+01:00").
\d{4}-\d{2}-\d{2}([t ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|z)?)?
