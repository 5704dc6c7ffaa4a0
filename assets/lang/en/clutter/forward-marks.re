# The line a mail program sets between a forwarder's note and the message
# forwarded ("---------- Forwarded message ---------", "Begin forwarded
# message:", "-----Original Message-----"): case-insensitive, the whole line
# within non-word characters. Everything above it is the forwarder's.
forwarded message
begin forwarded message
original message
