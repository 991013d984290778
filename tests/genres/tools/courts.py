from make import run

P = []

P.append(("""
A former council treasurer who denies 14 counts of fraud told a jury on Monday that she had never taken a cent from the town.

Moira Felton, 58, of Eastwick, is accused of diverting $310,000 from the Eastwick Town Council between 2017 and 2021. She has pleaded not guilty.

Giving evidence at Crownford District Court, Felton said the transfers had been approved by the mayor’s office. “I did what I was asked to do,” she said. “I kept every receipt.”

Prosecutor Daniel Achebe put it to her that the receipts had been “manufactured after the fact”. Felton denied that. The trial continues.
""", [
    ("i", "she had never taken a cent from the town", 0, "Moira Felton", "told"),
    ("i", "the transfers had been approved by the mayor’s office", 0, "Moira Felton", "said"),
    ("d", "I did what I was asked to do,", 0, "Moira Felton", "said"),
    ("d", "I kept every receipt.", 0, "Moira Felton", None),
    ("m", "the receipts had been “manufactured after the fact”", 0, "Daniel Achebe", "put it to her"),
], {
    "Moira Felton": ["A former council treasurer", "Moira Felton", "Felton"],
    "Daniel Achebe": ["Prosecutor Daniel Achebe", "Daniel Achebe"],
}))

P.append(("""
A man who set fire to a neighbour’s shed during a row over a parking space has been jailed for three years.

Karl Benning, 41, admitted arson at an earlier hearing. Sentencing him at Westvale Crown Court, the judge said his actions had put a sleeping family at risk. “You could have killed someone that night,” the judge told him.

Defence lawyer Ruth Amadi said her client was “deeply ashamed” and had stopped drinking since the fire. Benning showed no emotion as the sentence was read.
""", [
    ("i", "his actions had put a sleeping family at risk", 0, "the judge", "said"),
    ("d", "You could have killed someone that night,", 0, "the judge", "told"),
    ("m", "her client was “deeply ashamed” and had stopped drinking since the fire", 0, "Ruth Amadi", "said"),
], {
    "the judge": ["the judge"],
    "Ruth Amadi": ["Defence lawyer Ruth Amadi", "Ruth Amadi"],
}))

P.append(('''
The Court of Appeal has overturned a ruling that allowed the Harwick Water Company to raise prices by 18 per cent.

In a written judgment, Justice Amelia Stroud said the regulator had "failed to consider the impact on low-income households" when it approved the increase. Two other judges agreed.

The water company said it was disappointed and would study the decision. Consumer advocate Leon Fairbairn, who brought the case, said outside court that it was "a win for every family that pays a water bill."

"We were told we had no chance," Fairbairn said. "We proved them wrong."
''', [
    ("m", 'the regulator had "failed to consider the impact on low-income households" when it approved the increase', 0, "Amelia Stroud", "said"),
    ("i", "it was disappointed and would study the decision", 0, "Harwick Water Company", "said"),
    ("m", 'it was "a win for every family that pays a water bill."', 0, "Leon Fairbairn", "said"),
    ("d", "We were told we had no chance,", 0, "Leon Fairbairn", "said"),
    ("d", "We proved them wrong.", 0, "Leon Fairbairn", None),
], {
    "Amelia Stroud": ["Justice Amelia Stroud", "Amelia Stroud"],
    "Harwick Water Company": ["the Harwick Water Company", "The water company"],
    "Leon Fairbairn": ["Consumer advocate Leon Fairbairn", "Leon Fairbairn", "Fairbairn"],
}))

P.append(("""
The death of a hiker on Mount Carrick last winter was an accident, a coroner ruled on Thursday.

Coroner Philippa Nagle said Simon Everard, 33, had slipped on ice near the summit ridge and died instantly. She said conditions that morning had been “treacherous” and that he had been properly equipped.

In a statement read outside the hearing, his partner, Alana Moss, thanked the mountain rescue team.

“Simon loved those hills more than anywhere on earth,” she said. “He would not want anyone to be frightened off them.

“Please go, and please go carefully.”
""", [
    ("i", "The death of a hiker on Mount Carrick last winter was an accident", 0, "Philippa Nagle", "ruled"),
    ("i", "Simon Everard, 33, had slipped on ice near the summit ridge and died instantly", 0, "Philippa Nagle", "said"),
    ("m", "conditions that morning had been “treacherous” and that he had been properly equipped", 0, "Philippa Nagle", "said"),
    ("d", "Simon loved those hills more than anywhere on earth,", 0, "Alana Moss", "said"),
    ("d", "He would not want anyone to be frightened off them.\n\n“Please go, and please go carefully.", 0, "Alana Moss", None),
], {
    "Philippa Nagle": ["a coroner", "Coroner Philippa Nagle"],
    "Alana Moss": ["Alana Moss"],
}))

P.append(("""
A property developer has been fined $85,000 for demolishing a heritage-listed cottage in Old Bramley without a permit.

Magistrate Tom Gallagher said the cottage, built in 1862, could never be replaced. He cited the council’s heritage report during sentencing.

The developer, Kestrel Homes, pleaded guilty. Its director, Nadia Voss, told the court the company had relied on advice from a planning consultant. “We got it badly wrong,” she said, “and we are sorry.”

Outside court, Bramley Heritage Society chair Graham Lusk said the fine was “a slap on the wrist”.
""", [
    ("i", "the cottage, built in 1862, could never be replaced", 0, "Tom Gallagher", "said"),
    ("i", "the company had relied on advice from a planning consultant", 0, "Nadia Voss", "told"),
    ("d", "We got it badly wrong,", 0, "Nadia Voss", "said"),
    ("d", "and we are sorry.", 0, "Nadia Voss", "said"),
    ("m", "the fine was “a slap on the wrist”", 0, "Graham Lusk", "said"),
], {
    "Tom Gallagher": ["Magistrate Tom Gallagher", "Tom Gallagher"],
    "Nadia Voss": ["Nadia Voss"],
    "Graham Lusk": ["Bramley Heritage Society chair Graham Lusk", "Graham Lusk"],
}))

P.append(('''
A jury has found a Lakeport nightclub owner not guilty of assaulting a doorman.

Vincent Albury, 46, had been accused of punching Marcus Hale outside the Blue Lantern club in March. Albury told the jury he had acted in self-defence after Hale "came at me with a bottle."

Prosecutor Joanne Whitcombe said in her closing speech that CCTV footage showed no bottle. The footage, played several times during the three-day trial, showed the two men arguing for about a minute.

After the verdict, Albury's lawyer, Fergus Lyle, said his client was "relieved and keen to get back to work." Hale declined to comment.
''', [
    ("m", 'he had acted in self-defence after Hale "came at me with a bottle."', 0, "Vincent Albury", "told"),
    ("i", "CCTV footage showed no bottle", 0, "Joanne Whitcombe", "said"),
    ("m", 'his client was "relieved and keen to get back to work."', 0, "Fergus Lyle", "said"),
], {
    "Vincent Albury": ["Vincent Albury", "Albury"],
    "Joanne Whitcombe": ["Prosecutor Joanne Whitcombe", "Joanne Whitcombe"],
    "Fergus Lyle": ["Fergus Lyle"],
}))

P.append(("""
An employment tribunal has ruled that a Millbrook bakery unfairly dismissed a worker who complained about unsafe ovens.

Employment Judge Harriet Obi said Liam Costa, 27, had been sacked days after raising concerns with his manager. In her decision, she wrote that the timing was “no coincidence”.

Costa said he was “overjoyed” and hoped other workers would speak up. “I just wanted the ovens fixed,” he said.

The bakery’s owner, Greta Lund, said she would appeal. She added that the business had always taken safety seriously.
""", [
    ("i", "a Millbrook bakery unfairly dismissed a worker who complained about unsafe ovens", 0, "employment tribunal", "ruled"),
    ("i", "Liam Costa, 27, had been sacked days after raising concerns with his manager", 0, "Harriet Obi", "said"),
    ("m", "the timing was “no coincidence”", 0, "Harriet Obi", "wrote"),
    ("m", "he was “overjoyed” and hoped other workers would speak up", 0, "Liam Costa", "said"),
    ("d", "I just wanted the ovens fixed,", 0, "Liam Costa", "said"),
    ("i", "she would appeal", 0, "Greta Lund", "said"),
    ("i", "the business had always taken safety seriously", 0, "Greta Lund", "added"),
], {
    "employment tribunal": ["An employment tribunal"],
    "Harriet Obi": ["Employment Judge Harriet Obi", "Harriet Obi"],
    "Liam Costa": ["Liam Costa", "Costa"],
    "Greta Lund": ["Greta Lund"],
}))

run("courts", P)
