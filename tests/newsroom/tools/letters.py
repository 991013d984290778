from make import run

P = []

# Batch 2 (blind). Readers' editor's column with quoted readers (British
# style, curly double marks, `Mr`): "writes that", "emailed", "emailed to
# say", "a reader in X put it" before "wrote NAME", dash credits under
# quotations, the columnist's own voice ("I put it to"), scare quotes,
# "complained that X, and that Y", a correction.
P.append(("""
Readers’ editor: You told us what you thought of our new puzzle pages

By Moira Haverford, Readers’ Editor

It has been a busy month in my inbox. Nothing this year has produced as much mail as our decision to move the crossword from the back page to page 34, and to replace the Saturday cryptic with a “mixed puzzle” section.

I promised last month to share what you told us. Here is a selection.

Many of you were not happy. Bernard Ashworth of Kellingford writes that he has done the back-page crossword with his morning tea for 41 years and “has no intention of hunting for it through the property supplement”.

Others were more blunt. “Whoever decided this has clearly never finished a crossword,” emailed Gillian Rees, of Stanmore Vale. “Put it back.”

A reader in Dunmere put it more gently. “I know newspapers have to change,” wrote Eileen Kavanagh. “But please, not everything at once.”

Not all the mail was angry. Several younger readers said they liked the new number puzzles. Tom Okwu, 19, a student, emailed to say the section was “the first reason I’ve had to pick up the paper myself instead of stealing my gran’s”.

“The logic grids are brilliant. More of those, please.”
— Priya Natarajan, Hollinsby

“My husband and I now fight over the paper. Thank you, I suppose.”
— Anne Lowther, Mossbridge

Some complaints were about more than puzzles. Mr Ashworth complained that the new layout had pushed the letters page to a Monday, and that the paper was “losing interest in its readers”. That is a fair point, and I put it to our editor, Julian Marsh.

He told me the letters page would return to Saturdays from next month. “We got that one wrong,” Mr Marsh said. “Readers’ letters are the heart of the weekend paper and they belong there.”

He said the crossword would stay on page 34 for now, but that the cryptic would return in full on Saturdays from March. The paper’s puzzle editor, Ruth Gatiss, said she had been “overwhelmed” by the response.

“I’ve had letters in three different colours of ink from the same reader,” she told me. “That’s passion.”

A correction: last week’s column gave 1979 as the year the crossword moved to the back page. It moved there in 1983. Thank you to the several readers who pointed this out.

Keep writing. My address is at the foot of this page, and I read everything.
""", [
    ("m", "he has done the back-page crossword with his morning tea for 41 years and “has no intention of hunting for it through the property supplement”", 0, "Bernard Ashworth", "writes"),
    ("d", "Whoever decided this has clearly never finished a crossword,", 0, "Gillian Rees", "emailed"),
    ("d", "Put it back.", 0, "Gillian Rees", None),
    ("d", "I know newspapers have to change,", 0, "Eileen Kavanagh", "wrote"),
    ("d", "But please, not everything at once.", 0, "Eileen Kavanagh", None),
    ("i", "they liked the new number puzzles", 0, "Several younger readers", "said"),
    ("m", "the section was “the first reason I’ve had to pick up the paper myself instead of stealing my gran’s”", 0, "Tom Okwu", "emailed to say"),
    ("d", "The logic grids are brilliant. More of those, please.", 0, "Priya Natarajan", "—"),
    ("d", "My husband and I now fight over the paper. Thank you, I suppose.", 0, "Anne Lowther", "—"),
    ("m", "the new layout had pushed the letters page to a Monday, and that the paper was “losing interest in its readers”", 0, "Bernard Ashworth", "complained"),
    ("i", "the letters page would return to Saturdays from next month", 0, "Julian Marsh", "told"),
    ("d", "We got that one wrong,", 0, "Julian Marsh", "said"),
    ("d", "Readers’ letters are the heart of the weekend paper and they belong there.", 0, "Julian Marsh", None),
    ("i", "the crossword would stay on page 34 for now, but that the cryptic would return in full on Saturdays from March", 0, "Julian Marsh", "said"),
    ("m", "she had been “overwhelmed” by the response", 0, "Ruth Gatiss", "said"),
    ("d", "I’ve had letters in three different colours of ink from the same reader,", 0, "Ruth Gatiss", "told"),
    ("d", "That’s passion.", 0, "Ruth Gatiss", None),
], {
    "Bernard Ashworth": ["Bernard Ashworth", "Mr Ashworth"],
    "Gillian Rees": ["Gillian Rees"],
    "Eileen Kavanagh": ["Eileen Kavanagh"],
    "Several younger readers": ["Several younger readers"],
    "Tom Okwu": ["Tom Okwu"],
    "Priya Natarajan": ["Priya Natarajan"],
    "Anne Lowther": ["Anne Lowther"],
    "Julian Marsh": ["Julian Marsh", "Mr Marsh"],
    "Ruth Gatiss": ["Ruth Gatiss"],
}))

run("letters", P)
