# Currency marker before an amount ("US$", "US $", "€", "Rs.", "CHF ", "SGD1.75", "NT$", "₺").
# {CURRENCY_CODE} is currency-code.re.
(?:USD\$|US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|NT\$|MX\$|Mex\$|R\$|\$|€|£|¥|₹|₩|₽|₺|₪|₱|₦|₫|₴|฿|₸|Rs\.?\s?|Rp\.?\s?|RM\s?|{CURRENCY_CODE}\s?)
