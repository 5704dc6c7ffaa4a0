# Words for hundredths of a currency after an amount ("26 cents", "412 pence", "50 kopecks").
(?:cents?|pence|penny|pennies|centimes?|kopecks?|kopeks?|paise|groszy|grosze|halers?|satang)
