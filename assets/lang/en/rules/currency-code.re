# ISO 4217 codes of the currencies news quotes, before or after an amount
# ("CHF 4m", "20 million ZAR"). Codes that are also common words or names in
# capitals are left out (the pre-euro codes and the wire's SKR, DKR, NKR
# for the crowns are in; ESP is out): PHP (the language), COP (the climate summit), RON
# (fuel ratings), PEN.
(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|SEK|NOK|DKK|ISK|SGD|AUD|CAD|HKD|NZD|INR|PKR|BDT|LKR|ZAR|PLN|CZK|HUF|BGN|TRY|RUB|UAH|ILS|AED|SAR|QAR|KWD|EGP|NGN|KES|GHS|MAD|BRL|MXN|ARS|CLP|KRW|TWD|THB|IDR|MYR|VND|DEM|FRF|BEF|NLG|ITL|ATS|FIM|PTE|GRD|IEP|SKR|DKR|NKR)
