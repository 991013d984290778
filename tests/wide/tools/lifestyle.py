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

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Home bakers in Wexcombe are queuing for a sourdough class that has sold out every week since it opened in March.

Teacher Romy Falk thinks the craze started during the long winter, when people wanted something to do with their hands. "Bread teaches patience," she said, pulling a loaf from the oven.

A poll of her students shows that most of them had never baked before. Falk plans to open a second class on Saturday mornings. Her own records of every loaf she has baked fill four notebooks.
""", [
    ("i", "the craze started during the long winter, when people wanted something to do with their hands", 0, "Romy Falk", "thinks", "thought"),
    ("d", "Bread teaches patience,", 0, "Romy Falk", "said", "speech"),
    ("i", "most of them had never baked before", 0, "A poll of her students", "shows", "evidence"),
    ("i", "to open a second class on Saturday mornings", 0, "Romy Falk", "plans", "thought"),
], {
    "Romy Falk": ["Teacher Romy Falk", "Falk"],
    "A poll of her students": ["A poll of her students", "A poll"],
}))

B2.append(("""
Dog owners in Pennick want a fenced exercise area in the town park, and nearly 600 of them have signed a petition asking for one.

“My spaniel has nowhere to run off the lead,” said Beth Oduya, who started the petition. Council figures show that dog licences in the town have doubled in five years.

Park ranger Colm Reddy expects the council to discuss the idea in the spring. He hopes for a compromise that keeps the playing fields free of dogs. The plans for a new café in the park were shelved last year.
""", [
    ("i", "a fenced exercise area in the town park", 0, "Dog owners in Pennick", "want", "thought"),
    ("d", "My spaniel has nowhere to run off the lead,", 0, "Beth Oduya", "said", "speech"),
    ("i", "dog licences in the town have doubled in five years", 0, "Council figures", "show", "evidence"),
    ("i", "the council to discuss the idea in the spring", 0, "Colm Reddy", "expects", "thought"),
], {
    "Dog owners in Pennick": ["Dog owners in Pennick", "Dog owners"],
    "Beth Oduya": ["Beth Oduya"],
    "Council figures": ["Council figures"],
    "Colm Reddy": ["Park ranger Colm Reddy"],
}))

B2.append(("""
Couples planning a wedding next year should book early, according to a survey by the wedding website Vowly.

The survey found that the average cost of a venue has risen by 15 per cent since last year. Many couples now expect guests to pay for their own drinks, the website's editor, Jo Marlow, said.

Planner Sunita Rao believes smaller weddings are here to stay. "People want a party, not a performance," she said. She found her own wedding dress in a charity shop.
""", [
    ("i", "Couples planning a wedding next year should book early", 0, "a survey by the wedding website Vowly", "according to", "evidence"),
    ("i", "the average cost of a venue has risen by 15 per cent since last year", 0, "a survey by the wedding website Vowly", "found", "evidence"),
    ("i", "Many couples now expect guests to pay for their own drinks", 0, "Jo Marlow", "said", "speech"),
    ("i", "smaller weddings are here to stay", 0, "Sunita Rao", "believes", "thought"),
    ("d", "People want a party, not a performance,", 0, "Sunita Rao", "said", "speech"),
], {
    "a survey by the wedding website Vowly": ["a survey by the wedding website Vowly", "a survey", "The survey"],
    "Jo Marlow": ["Jo Marlow", "the website's editor"],
    "Sunita Rao": ["Planner Sunita Rao"],
}))

run("lifestyle", B2, first=5)
