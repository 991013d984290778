# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Shoppers should check their receipts after a survey found that one in eight supermarket bills contained a pricing error.

The survey, carried out by the consumer magazine Fair Deal, suggests that errors were most common on items in promotions. Editor Ruth Calloway said customers were "paying for mistakes they never notice."

The supermarkets believe their systems are accurate, a spokesman for the Grocers' Association said. Calloway plans to repeat the survey in the autumn. She found the idea for it on her own shopping trips.
""", [
    ("i", "one in eight supermarket bills contained a pricing error", 0, "a survey", "found", "evidence"),
    ("i", "errors were most common on items in promotions", 0, "a survey", "suggests", "evidence"),
    ("m", 'customers were "paying for mistakes they never notice."', 0, "Ruth Calloway", "said", "speech"),
    ("i", "The supermarkets believe their systems are accurate", 0, "a spokesman for the Grocers' Association", "said", "speech"),
    ("i", "to repeat the survey in the autumn", 0, "Ruth Calloway", "plans", "thought"),
], {
    "a survey": ["a survey", "The survey"],
    "Ruth Calloway": ["Editor Ruth Calloway", "Calloway"],
    "a spokesman for the Grocers' Association": ["a spokesman for the Grocers' Association", "a spokesman"],
}))

P.append(("""
Buyers of the Kelvo K3 electric kettle are being urged to stop using it after reports of the base overheating.

Tests by the safety regulator showed that the base could reach 90C within ten minutes. Kelvo said it had received 36 complaints and was “working urgently” with the regulator.

Owners want a full refund rather than a replacement. Consumer lawyer Tariq Bell thinks they are entitled to one. According to the company, about 40,000 kettles were sold last year.
""", [
    ("i", "the base could reach 90C within ten minutes", 0, "Tests by the safety regulator", "showed", "evidence"),
    ("m", "it had received 36 complaints and was “working urgently” with the regulator", 0, "Kelvo", "said", "speech"),
    ("i", "a full refund rather than a replacement", 0, "Owners", "want", "thought"),
    ("i", "they are entitled to one", 0, "Tariq Bell", "thinks", "thought"),
    ("i", "about 40,000 kettles were sold last year", 0, "Kelvo", "According to", "speech"),
], {
    "Tests by the safety regulator": ["Tests by the safety regulator", "Tests"],
    "Kelvo": ["Kelvo", "the company"],
    "Owners": ["Owners"],
    "Tariq Bell": ["Consumer lawyer Tariq Bell"],
}))

P.append(("""
Mobile phone customers in Ostria are paying too much for data they never use, a study by the telecoms regulator has found.

The study shows that the average customer uses less than half of the data in their monthly plan. Regulator chief Ingrid Solvang said firms were "quietly profiting from confusion."

Phone companies expect new rules on contracts next year. Lena Marsh, who runs a price comparison website, hopes the rules will make switching easier. "Most people have no idea what they pay for," she said.
""", [
    ("i", "Mobile phone customers in Ostria are paying too much for data they never use", 0, "a study by the telecoms regulator", "has found", "evidence"),
    ("i", "the average customer uses less than half of the data in their monthly plan", 0, "a study by the telecoms regulator", "shows", "evidence"),
    ("m", 'firms were "quietly profiting from confusion."', 0, "Ingrid Solvang", "said", "speech"),
    ("i", "new rules on contracts next year", 0, "Phone companies", "expect", "thought"),
    ("i", "the rules will make switching easier", 0, "Lena Marsh", "hopes", "thought"),
    ("d", "Most people have no idea what they pay for,", 0, "Lena Marsh", "said", "speech"),
], {
    "a study by the telecoms regulator": ["a study by the telecoms regulator", "a study", "The study"],
    "Ingrid Solvang": ["Regulator chief Ingrid Solvang"],
    "Phone companies": ["Phone companies"],
    "Lena Marsh": ["Lena Marsh"],
}))

run("consumer", P)
