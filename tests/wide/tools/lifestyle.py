from make import run

P = []

P.append(("""
Home cooks are turning to slow cookers again as energy prices climb.

A survey by the retailer Hollins found that sales of slow cookers doubled in the autumn. Food writer Ines Calder says most recipes need "nothing more than patience and an onion."

Calder wants readers to try her bean stew first. Her latest book shows how to cook for a week on a small budget.
""", [
    ("i", "sales of slow cookers doubled in the autumn", 0, "A survey by the retailer Hollins", "found", "evidence"),
    ("m", 'most recipes need "nothing more than patience and an onion."', 0, "Ines Calder", "says", "speech"),
    ("i", "readers to try her bean stew first", 0, "Ines Calder", "wants", "thought"),
], {
    "A survey by the retailer Hollins": ["A survey by the retailer Hollins", "A survey"],
    "Ines Calder": ["Food writer Ines Calder", "Calder"],
}))

P.append(("""
Gardeners in the valley are planting earlier than ever, and many fear a late frost.

"I lost half my tomatoes last May," said allotment holder Rob Tenney. He plans to keep fleece on hand until June.

Records kept by the Brackley Garden Society reveal that the last frost now comes nine days earlier than it did in 1980. The society's open day showed off a new greenhouse.
""", [
    ("i", "a late frost", 0, "many", "fear", "thought"),
    ("d", "I lost half my tomatoes last May,", 0, "Rob Tenney", "said", "speech"),
    ("i", "to keep fleece on hand until June", 0, "Rob Tenney", "plans", "thought"),
    ("i", "the last frost now comes nine days earlier than it did in 1980", 0, "Records kept by the Brackley Garden Society", "reveal", "evidence"),
], {
    "many": ["many"],
    "Rob Tenney": ["allotment holder Rob Tenney"],
    "Records kept by the Brackley Garden Society": ["Records kept by the Brackley Garden Society", "Records"],
}))

P.append(("""
Wedding costs in Norland have risen by a third in five years, according to a report from the planning site Vowly.

The average couple now spends 31,000 dollars. Planner Jess Orrin thinks many couples are choosing smaller guest lists to keep costs down.

"People want a good party, not a big one," Orrin said. She found her own venue in a barn.
""", [
    ("i", "Wedding costs in Norland have risen by a third in five years", 0, "a report from the planning site Vowly", "according to", "evidence"),
    ("i", "many couples are choosing smaller guest lists to keep costs down", 0, "Jess Orrin", "thinks", "thought"),
    ("d", "People want a good party, not a big one,", 0, "Jess Orrin", "said", "speech"),
], {
    "a report from the planning site Vowly": ["a report from the planning site Vowly"],
    "Jess Orrin": ["Planner Jess Orrin", "Orrin"],
}))

P.append(("""
Dog owners in Castlemere will soon need a licence to walk more than four dogs at once.

Council officer Fiona Marsh said complaints about large packs had tripled. Professional walker Deon Pike fears the rule will put him out of business.

Pike wants the council to meet walkers before the vote. His dogs showed no interest in the debate.
""", [
    ("i", "complaints about large packs had tripled", 0, "Fiona Marsh", "said", "speech"),
    ("i", "the rule will put him out of business", 0, "Deon Pike", "fears", "thought"),
    ("i", "the council to meet walkers before the vote", 0, "Deon Pike", "wants", "thought"),
], {
    "Fiona Marsh": ["Council officer Fiona Marsh"],
    "Deon Pike": ["Professional walker Deon Pike", "Pike"],
}))

run("lifestyle", P)
