# Currency marker before an amount ("US$", "US $", "€", "Rs.", "CHF ", "SGD1.75", "NT$", "₺");
# a country's dollar sign may stand apart from its number ("NZ$ 524 million").
# {CURRENCY_CODE} is currency-code.re.
(?:(?:USD\$|US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|NT\$|MX\$|Mex\$|R\$)\s?|\$|€|£|¥|₹|₩|₽|₺|₪|₱|₦|₫|₴|฿|₸|Rs\.?\s?|Rp\.?\s?|RM\s?|{CURRENCY_CODE}\s?)
