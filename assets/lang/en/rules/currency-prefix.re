# Currency marker before an amount ("US$", "US $", "€", "Rs.", "CHF ", "SGD1.75").
(?:USD\$|US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₽|CHF\s?|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|SEK\s?|NOK\s?|DKK\s?|SGD\s?|AUD\s?|CAD\s?|HKD\s?|NZD\s?)
