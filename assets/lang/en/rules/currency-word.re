# Currency words after an amount ("dollars", "pounds sterling").
(?:(?:US\s|U\.S\.\s|Canadian\s|Australian\s|Hong\sKong\s|Singapore\s)?dollars?|euros?|pounds?(?:\ssterling)?|yen|yuan|renminbi|rupees?|francs?|won|roubles?|rubles?|kronor|kroner|(?:(?:Swedish|Norwegian|Danish|Czech|Icelandic)\s)?crowns?)
