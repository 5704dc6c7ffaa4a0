# Seasons.
spring|summer|autumn|fall|winter
