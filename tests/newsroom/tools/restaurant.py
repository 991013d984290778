from make import run

P = []

# Batch 4 (blind). Australian restaurant review with a chef interview,
# straight marks: a score line and a byline, the critic's "told me", a dish's
# name in marks, "she shrugged", present-tense "says" and "insists that"
# with a whole clause in marks (a direct record), a sommelier (he) and a
# pastry chef (he) after the chef (she), "admits X "Y" and says", a survey
# that "found" and "plans" (no record), "she told him" to a supplier, an
# address line.
P.append(("""
Review: Saltbush, Fremont Bay

Score: 16/20

By Tessa Kwan

The first thing you notice at Saltbush is the smell of the wood oven, which reaches the footpath before the door does. The second is the noise: on a Thursday night every one of its 48 seats was taken, and the open kitchen was running like a small orchestra.

Saltbush opened in March in a former bank on Fremont Bay's main street. Its chef and co-owner, Mara Delacroix, spent eight years cooking in Lyon and Melbourne before coming home to the coast where she grew up.

"I wanted a place my grandmother would have eaten in," Delacroix told me between services. "Nothing on the plate that she wouldn't recognise, even if she'd be surprised by how we've cooked it."

That promise mostly holds. A dish the menu calls "Grandma's Snapper" arrives whole, blistered from the oven and dressed with saltbush butter and charred lemon. It is the best thing I ate all year.

Less successful was a wallaby tartare that needed more acid. When I mentioned this to Delacroix, she shrugged. She says the recipe changes every week and insists that "the wallaby is still finding its voice."

Her business partner, sommelier Luke Ferraro, runs the front of house. He says about half the wine list comes from within 200 kilometres. He is happy to talk anyone through it.

"People expect a country restaurant to have a country wine list, meaning small," Ferraro said. "We've got 140 bottles. I've tasted every one of them, which my doctor is not thrilled about."

Desserts are the work of pastry chef Jun Park, 24, who joined from a Sydney hotel. The burnt honey custard is a triumph. Park said he had spent two months on the recipe.

The room has problems. Hard surfaces bounce every conversation around, and a couple at the next table gave up talking altogether. Delacroix admits the acoustics are "a work in progress" and says panels will go up in the winter break.

Prices are fair for the quality: mains run from $34 to $48. A regional tourism survey last year found that most diners on the coast spend less than $60 a head, and Saltbush plans a cheaper lunch menu from July.

As I left, Delacroix was arguing cheerfully with a supplier about the size of his crabs. "Bigger isn't better," she told him. "Sweeter is better."

Saltbush, 12 Quay Street, Fremont Bay. Open Wednesday to Sunday, dinner only. Bookings essential.
""", [
    ("d", "I wanted a place my grandmother would have eaten in,", 0, "Mara Delacroix", "told"),
    ("d", "Nothing on the plate that she wouldn't recognise, even if she'd be surprised by how we've cooked it.", 0, "Mara Delacroix", None),
    ("i", "the recipe changes every week", 0, "Mara Delacroix", "says"),
    ("d", "the wallaby is still finding its voice.", 0, "Mara Delacroix", "insists"),
    ("i", "about half the wine list comes from within 200 kilometres", 0, "Luke Ferraro", "says"),
    ("d", "People expect a country restaurant to have a country wine list, meaning small,", 0, "Luke Ferraro", "said"),
    ("d", "We've got 140 bottles. I've tasted every one of them, which my doctor is not thrilled about.", 0, "Luke Ferraro", None),
    ("i", "he had spent two months on the recipe", 0, "Jun Park", "said"),
    ("m", "the acoustics are \"a work in progress\"", 0, "Mara Delacroix", "admits"),
    ("i", "panels will go up in the winter break", 0, "Mara Delacroix", "says"),
    ("d", "Bigger isn't better,", 0, "Mara Delacroix", "told"),
    ("d", "Sweeter is better.", 0, "Mara Delacroix", None),
], {
    "Mara Delacroix": ["Mara Delacroix", "Delacroix"],
    "Luke Ferraro": ["sommelier Luke Ferraro", "Luke Ferraro", "Ferraro"],
    "Jun Park": ["pastry chef Jun Park", "Jun Park", "Park"],
}))

run("restaurant", P)
