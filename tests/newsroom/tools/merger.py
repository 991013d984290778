from make import run

P = []

# Batch 6 (blind). British building society merger, single curly marks,
# "Mr"/"Ms": a content-first lead by "the two societies", a chief executive
# (she) and a deputy (he), "told staff in an email that X and that Y", a
# report that "found" (no record), an analyst's two-sentence quotation, a
# member who "said he feared X ‘Y’", "rejected that view" (no record),
# "insisted that ‘…’" (a whole clause in marks), a trade body and "It expects"
# (no record).
P.append(("""
Two northern building societies agree £4bn merger

By Alistair Penrose, Business Correspondent

The Calderbrook and Wensley building societies are to merge, creating the country’s sixth-largest mutual lender with 1.2 million members and £4bn of savings, the two societies announced on Tuesday.

The combined society will keep the Calderbrook name and its headquarters in Halstead, but both brands will remain on the high street for at least three years.

Calderbrook’s chief executive, Fiona Kettering, who will lead the new society, said the deal would give members ‘the strength of a big lender and the heart of a small one’.

‘We are not doing this because we have to,’ Ms Kettering said. ‘We are doing it because our members want better rates and better technology, and on our own we can give them one or the other, not both.’

Wensley’s chief executive, Gareth Lowe, will become deputy chief executive. He told staff in an email that no branches would close ‘as a result of the merger’ and that all 640 jobs were safe for two years.

Analysts welcomed the deal. A report by the ratings agency Fennick last year found that smaller mutuals were losing savers to app-based banks.

‘It makes sense on paper,’ said Priya Nandakumar, a banking analyst at Horrocks Gill. ‘The hard part is merging two IT systems without locking people out of their accounts, and that is where these deals usually go wrong.’

The merger needs the approval of members of both societies, who will vote at special meetings in March, and of the financial regulator.

Some members have already raised concerns. Derek Harland, 68, who has saved with Wensley for forty years, said he feared the smaller society would be ‘swallowed whole’.

‘They always say nothing will change, and then it does,’ Mr Harland said.

Ms Kettering rejected that view. She said Wensley members would have two seats on the new board, and insisted that ‘nobody is being swallowed’.

The Building Societies Group, the trade body, said mergers among mutuals had become more common as the cost of regulation rose. It expects at least three more this year.

Members can find details of the vote on both societies’ websites.
""", [
    ("i", "The Calderbrook and Wensley building societies are to merge, creating the country’s sixth-largest mutual lender with 1.2 million members and £4bn of savings", 0, "the two societies", "announced"),
    ("m", "the deal would give members ‘the strength of a big lender and the heart of a small one’", 0, "Fiona Kettering", "said"),
    ("d", "We are not doing this because we have to,", 0, "Fiona Kettering", "said"),
    ("d", "We are doing it because our members want better rates and better technology, and on our own we can give them one or the other, not both.", 0, "Fiona Kettering", None),
    ("m", "no branches would close ‘as a result of the merger’ and that all 640 jobs were safe for two years", 0, "Gareth Lowe", "told"),
    ("d", "It makes sense on paper,", 0, "Priya Nandakumar", "said"),
    ("d", "The hard part is merging two IT systems without locking people out of their accounts, and that is where these deals usually go wrong.", 0, "Priya Nandakumar", None),
    ("m", "he feared the smaller society would be ‘swallowed whole’", 0, "Derek Harland", "said"),
    ("d", "They always say nothing will change, and then it does,", 0, "Derek Harland", "said"),
    ("i", "Wensley members would have two seats on the new board", 0, "Fiona Kettering", "said"),
    ("d", "nobody is being swallowed", 0, "Fiona Kettering", "insisted"),
    ("i", "mergers among mutuals had become more common as the cost of regulation rose", 0, "The Building Societies Group", "said"),
], {
    "the two societies": ["the two societies"],
    "Fiona Kettering": ["Fiona Kettering", "Ms Kettering"],
    "Gareth Lowe": ["Gareth Lowe"],
    "Priya Nandakumar": ["Priya Nandakumar"],
    "Derek Harland": ["Derek Harland", "Mr Harland"],
    "The Building Societies Group": ["The Building Societies Group"],
}))

run("merger", P)
