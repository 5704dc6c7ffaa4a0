# ISO 4217 codes of the currencies news quotes, before or after an amount
# ("CHF 4m", "20 million ZAR"). Codes that are also common words or names in
# capitals are left out: PHP (the language), COP (the climate summit), RON
# (fuel ratings), PEN, ESP. Reuters' older marks and crowns ("SKR", "DKR", "NKR",
# "DM") and the codes before the euro ("FRF", "DEM") are in.
(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|SEK|NOK|DKK|ISK|SGD|AUD|CAD|HKD|NZD|INR|PKR|BDT|LKR|ZAR|PLN|CZK|HUF|BGN|TRY|RUB|UAH|ILS|AED|SAR|QAR|KWD|EGP|NGN|KES|UGX|TZS|GHS|MAD|BRL|MXN|ARS|CLP|KRW|TWD|THB|IDR|MYR|VND|SKR|DKR|NKR|FFR|DM|FRF|DEM|ITL|NLG|BEF|ATS|ROL|TRL|FIM|PTE|GRD|IEP)
