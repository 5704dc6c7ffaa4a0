# Weekday names.
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
