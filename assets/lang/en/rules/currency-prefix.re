# Currency marker before an amount ("US$", "US $", "€", "Rs.", "CHF ").
(?:USD\$|US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₽|CHF\s?|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|SEK\s?|NOK\s?|DKK\s?)
