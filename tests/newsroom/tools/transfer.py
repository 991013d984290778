from make import run

P = []

# Batch 3 (blind). British football transfer rumours, single curly marks:
# "has admitted he cannot guarantee that" (a record), a supporters'
# nickname, "According to reports abroad" (no record), "said:" and
# "replied:" before a quotation, "declined to comment", "are understood to"
# and "wants to sign" (no record), "sources close to the club said",
# an agent's "told ... that X but that Y" with fragments and "denied that",
# a player's "posted ...:", a club's statement with a fragment, "added",
# "insisted", "he said with a smile", a photograph credit.
P.append(("""
Castlebridge braced for bids as Okoye stays coy on his future

By Martin Feeney, Chief Football Writer

Castlebridge United manager Stefan Holm has admitted he cannot guarantee that Chidi Okoye will still be at the club next season. Interest in the 23-year-old striker is growing in England and abroad.

Okoye, whose 24 league goals this season have earned him the nickname ‘the Lamplighter’ among supporters, is under contract until 2027. According to reports abroad, two foreign clubs have sent scouts to each of his last four matches.

Speaking at his pre-match press conference on Friday, Holm said: ‘Chidi is our player and we want him to stay. But I’ve been in football long enough to know that I can’t promise you anything in June.’

Asked whether the club had received an offer, he replied: ‘Not that I know of. You’d have to ask the chairman.’

The chairman, Roger Blakemore, declined to comment when approached by this newspaper. Castlebridge are understood to value the player at about £20m.

However, sources close to the club said a bid of around £15m would be considered ‘seriously’. The club needs to cut its wage bill after missing out on promotion last season, and wants to sign two centre-backs before the window opens.

Okoye’s agent, Funmi Adeyemi, told the Transfer Talk podcast that her client was ‘happy and focused’ but that ‘every player wants to test himself at the highest level’.

She denied that any agreement had been reached with another club. ‘There is no deal, there is no medical, there is nothing signed,’ she said. ‘People should stop making things up.’

Okoye posted on social media on Saturday night: ‘Focus on the next game. Nothing else.’ Some fans took it as a sign that he would stay; others were less sure.

In a statement, Castlebridge said the club ‘does not comment on speculation about players under contract’.

Supporters’ trust chair Karen Doyle said fans would understand a sale if the money was reinvested in the squad. ‘What we won’t accept is selling our best player to pay off old debts,’ she added.

Holm, meanwhile, insisted his focus was on Saturday’s game at Wexcombe Rovers. Castlebridge must win to keep their play-off hopes alive.

‘If Chidi scores two on Saturday, the price goes up,’ he said with a smile. ‘So maybe I’ll leave him on the bench.’

Chidi Okoye celebrates his 24th league goal of the season. Photograph: Paul Renner/Castlebridge Echo
""", [
    ("i", "he cannot guarantee that Chidi Okoye will still be at the club next season", 0, "Stefan Holm", "has admitted"),
    ("d", "Chidi is our player and we want him to stay. But I’ve been in football long enough to know that I can’t promise you anything in June.", 0, "Stefan Holm", "said"),
    ("d", "Not that I know of. You’d have to ask the chairman.", 0, "Stefan Holm", "replied"),
    ("m", "a bid of around £15m would be considered ‘seriously’", 0, "sources close to the club", "said"),
    ("m", "her client was ‘happy and focused’ but that ‘every player wants to test himself at the highest level’", 0, "Funmi Adeyemi", "told"),
    ("i", "any agreement had been reached with another club", 0, "Funmi Adeyemi", "denied"),
    ("d", "There is no deal, there is no medical, there is nothing signed,", 0, "Funmi Adeyemi", "said"),
    ("d", "People should stop making things up.", 0, "Funmi Adeyemi", None),
    ("d", "Focus on the next game. Nothing else.", 0, "Chidi Okoye", "posted"),
    ("m", "the club ‘does not comment on speculation about players under contract’", 0, "Castlebridge United", "said"),
    ("i", "fans would understand a sale if the money was reinvested in the squad", 0, "Karen Doyle", "said"),
    ("d", "What we won’t accept is selling our best player to pay off old debts,", 0, "Karen Doyle", "added"),
    ("i", "his focus was on Saturday’s game at Wexcombe Rovers", 0, "Stefan Holm", "insisted"),
    ("d", "If Chidi scores two on Saturday, the price goes up,", 0, "Stefan Holm", "said"),
    ("d", "So maybe I’ll leave him on the bench.", 0, "Stefan Holm", None),
], {
    "Stefan Holm": ["Castlebridge United manager Stefan Holm", "Stefan Holm", "Holm"],
    "Chidi Okoye": ["Chidi Okoye", "Okoye"],
    "sources close to the club": ["sources close to the club"],
    "Funmi Adeyemi": ["Funmi Adeyemi"],
    "Castlebridge United": ["Castlebridge United", "Castlebridge"],
    "Karen Doyle": ["Supporters’ trust chair Karen Doyle", "Karen Doyle"],
}))

run("transfer", P)
