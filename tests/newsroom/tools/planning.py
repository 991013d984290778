from make import run

P = []

# Batch 4 (blind). Irish planning dispute, curly marks, fadas, `Cllr`/`Ms`/
# `Mr`: residents who "say", a motion "calling on the council to" (no
# record), "said afterwards that the ruling was “…”", a company that "says",
# a campaign chair with a name in Irish, an engineer who "found" (no record),
# a spokeswoman for the company with "and that", the company's statement in
# a split quotation, "told the meeting that X, and that Y", a young resident
# who would "queue overnight", figures that "show" (no record).
P.append(("""
Residents vow to fight 240-home scheme on Ballyroe playing fields

By Siobhán Kearney

Residents in Ballyroe say they will take their fight against a 240-home development on the town’s old playing fields to the planning appeals board after councillors failed to block it on Monday night.

Kildarragh County Council granted permission for the scheme last week, subject to 42 conditions. A motion by Cllr Eamon Tierney calling on the council to reverse the decision was ruled out of order by the cathaoirleach at Monday’s meeting.

Cllr Tierney said afterwards that the ruling was “a disgrace to local democracy”. He said councillors had been given less than a week to read more than 800 pages of documents.

The development, by Corrib Vale Homes, would include 96 apartments in three blocks of up to five storeys, a crèche and a small park. The company says a quarter of the homes will be sold at affordable prices to first-time buyers.

Máire Ní Bhriain, who chairs the Save Ballyroe Fields group, said more than 1,100 people had signed objections. “Nobody here is against housing. Our own children can’t afford to live here,” she said. “But you can’t put 240 homes on a road that floods every winter and call it planning.”

The group has hired an engineer, who found that the main drain serving the site was already running close to capacity. Ms Ní Bhriain said the group would lodge its appeal before the deadline on March 3.

A spokeswoman for Corrib Vale Homes said the scheme had been designed “with flooding very much in mind”, and that it included new storm water tanks under the park.

“We have engaged with the community at every stage,” the company said in a statement. “We are confident the scheme will provide badly needed homes for local families.”

Council chief executive Declan Moran told the meeting that the planning decision had been made by officials under the law, and that councillors had no power to overturn it.

“I appreciate the strength of feeling,” Mr Moran said. “But the law is the law.”

Not every resident opposes the plan. Liam Cotter, 29, who lives with his parents in the town, said he would “queue overnight” for one of the affordable homes.

“Everyone my age has left or is living in their childhood bedroom,” he said. “I’d like to stay.”

Figures from the Central Statistics Office show that house prices in the county have risen by 9 per cent in the past year.

The appeals board normally takes about 18 weeks to decide a case.
""", [
    ("i", "they will take their fight against a 240-home development on the town’s old playing fields to the planning appeals board after councillors failed to block it on Monday night", 0, "Residents in Ballyroe", "say"),
    ("m", "the ruling was “a disgrace to local democracy”", 0, "Eamon Tierney", "said"),
    ("i", "councillors had been given less than a week to read more than 800 pages of documents", 0, "Eamon Tierney", "said"),
    ("i", "a quarter of the homes will be sold at affordable prices to first-time buyers", 0, "Corrib Vale Homes", "says"),
    ("i", "more than 1,100 people had signed objections", 0, "Máire Ní Bhriain", "said"),
    ("d", "Nobody here is against housing. Our own children can’t afford to live here,", 0, "Máire Ní Bhriain", "said"),
    ("d", "But you can’t put 240 homes on a road that floods every winter and call it planning.", 0, "Máire Ní Bhriain", None),
    ("i", "the group would lodge its appeal before the deadline on March 3", 0, "Máire Ní Bhriain", "said"),
    ("m", "the scheme had been designed “with flooding very much in mind”, and that it included new storm water tanks under the park", 0, "A spokeswoman for Corrib Vale Homes", "said"),
    ("d", "We have engaged with the community at every stage,", 0, "Corrib Vale Homes", "said"),
    ("d", "We are confident the scheme will provide badly needed homes for local families.", 0, "Corrib Vale Homes", None),
    ("i", "the planning decision had been made by officials under the law, and that councillors had no power to overturn it", 0, "Declan Moran", "told"),
    ("d", "I appreciate the strength of feeling,", 0, "Declan Moran", "said"),
    ("d", "But the law is the law.", 0, "Declan Moran", None),
    ("m", "he would “queue overnight” for one of the affordable homes", 0, "Liam Cotter", "said"),
    ("d", "Everyone my age has left or is living in their childhood bedroom,", 0, "Liam Cotter", "said"),
    ("d", "I’d like to stay.", 0, "Liam Cotter", None),
], {
    "Residents in Ballyroe": ["Residents in Ballyroe"],
    "Eamon Tierney": ["Cllr Eamon Tierney", "Cllr Tierney"],
    "Corrib Vale Homes": ["Corrib Vale Homes", "The company", "the company"],
    "Máire Ní Bhriain": ["Máire Ní Bhriain", "Ms Ní Bhriain"],
    "A spokeswoman for Corrib Vale Homes": ["A spokeswoman for Corrib Vale Homes"],
    "Declan Moran": ["Council chief executive Declan Moran", "Declan Moran", "Mr Moran"],
    "Liam Cotter": ["Liam Cotter"],
}))

run("planning", P)
