# The attribution line under an embedded social post ("— Name (@handle)
# November 3, 2025"): it and the post's lines above it are not the article.
[\p{L}'. -]{2,60} \(@\w{1,30}\)\s+\w+\.? \d{1,2},? \d{4}
