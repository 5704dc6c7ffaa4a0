# The header of a contact block under an announcement or a press release:
# a short line that is wholly one of these (case-insensitive). The lines
# right under it (to the next blank line) are the contacts, when one of
# them gives a telephone number or an e-mail address.
((media|press|investor|analyst|further) )?(enquiries|inquiries|contacts?|information)( for (the )?(media|press|investors|analysts))?\s*:?
for (further|more) (information|details)(,)?( please)?( contact)?\s*:?
