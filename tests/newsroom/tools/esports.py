from make import run

P = []

# Batch 5 (blind). US wire esports final, straight marks, a wire tag: players'
# handles in marks (nicknames, no record), a team's name, a split quotation,
# "told reporters", a question in a quotation, "according to organizers", a
# league commissioner (she) after a player (he), "The league said ... It
# said", "expects" and "plans" (no record), "denied the report" (no record),
# content-first "..., a team spokesman said." with the name later, a caption.
P.append(("""
Harbor City Hollows win Vanguard League title in five-map thriller

By Kevin Tran
Sports Writer

HARBOR CITY, Md. (WNS) - The Harbor City Hollows won the Vanguard League championship on Sunday, beating the Dunmore Coyotes 3-2 in a final that went past midnight in front of 11,000 fans at the Tidewater Arena.

The deciding map was won by Hollows captain Marcus "Ghostline" Delgado, a 22-year-old from Pasadena, who made four eliminations in the final round.

"I honestly could not feel my hands," Delgado told reporters afterward. "I looked up at the screen, saw we had it, and just sat there."

Delgado said the team had practiced the final map more than 200 times since August. "We knew they would come at us on the left side," he said, "so we stopped giving them the left side."

The Coyotes had led 2-0 after two maps. Their coach, Renee Okoro, said her players had simply run out of energy.

"What else can you ask of them?" Okoro said. "They played seven hours of the best games of their lives. I'm proud of every one of them."

The final drew a peak of 2.4 million viewers online, according to organizers. That would be a record for the league, which was founded in 2019.

League commissioner Alicia Brandvold said the Vanguard League plans to add two teams next season. She told reporters that talks with a group in Phoenix were "very far along" but would not name the investors.

The Dunmore Ledger reported last week that the league was close to moving the final to Las Vegas. Brandvold denied the report on Sunday.

"Harbor City has been great to us," she said. "Why would we leave?"

The league said the prize pool for the season was $3 million, the largest in its history. It said the Hollows would receive $1.2 million.

The players will split most of that money, a team spokesman said. The spokesman, Derek Lyle, said each of the five players would get a bonus.

Delgado, who signed a two-year contract extension in June, said he expects to stay in Harbor City "as long as they will have me."

The Hollows' next match is an exhibition against a team from South Korea in February.

Hollows captain Marcus "Ghostline" Delgado lifts the trophy at Tidewater Arena on Sunday. (WNS Photo/Sam Ito)
""", [
    ("d", "I honestly could not feel my hands,", 0, "Marcus Delgado", "told"),
    ("d", "I looked up at the screen, saw we had it, and just sat there.", 0, "Marcus Delgado", None),
    ("i", "the team had practiced the final map more than 200 times since August", 0, "Marcus Delgado", "said"),
    ("d", "We knew they would come at us on the left side,", 0, "Marcus Delgado", "said"),
    ("d", "so we stopped giving them the left side.", 0, "Marcus Delgado", "said"),
    ("i", "her players had simply run out of energy", 0, "Renee Okoro", "said"),
    ("d", "What else can you ask of them?", 0, "Renee Okoro", "said"),
    ("d", "They played seven hours of the best games of their lives. I'm proud of every one of them.", 0, "Renee Okoro", None),
    ("i", "The final drew a peak of 2.4 million viewers online", 0, "organizers", "according to"),
    ("i", "the Vanguard League plans to add two teams next season", 0, "Alicia Brandvold", "said"),
    ("m", "talks with a group in Phoenix were \"very far along\" but would not name the investors", 0, "Alicia Brandvold", "told"),
    ("i", "the league was close to moving the final to Las Vegas", 0, "Dunmore Ledger", "reported"),
    ("d", "Harbor City has been great to us,", 0, "Alicia Brandvold", "said"),
    ("d", "Why would we leave?", 0, "Alicia Brandvold", None),
    ("i", "the prize pool for the season was $3 million, the largest in its history", 0, "Vanguard League", "said"),
    ("i", "the Hollows would receive $1.2 million", 0, "Vanguard League", "said"),
    ("i", "The players will split most of that money", 0, "Derek Lyle", "said"),
    ("i", "each of the five players would get a bonus", 0, "Derek Lyle", "said"),
    ("m", "he expects to stay in Harbor City \"as long as they will have me.\"", 0, "Marcus Delgado", "said"),
], {
    "Marcus Delgado": ["Marcus \"Ghostline\" Delgado", "Delgado"],
    "Renee Okoro": ["Renee Okoro", "Okoro"],
    "organizers": ["organizers"],
    "Alicia Brandvold": ["Alicia Brandvold", "Brandvold"],
    "Vanguard League": ["Vanguard League", "The league", "the league"],
    "Dunmore Ledger": ["The Dunmore Ledger"],
    "Derek Lyle": ["a team spokesman", "The spokesman, Derek Lyle", "Derek Lyle"],
}))

run("esports", P)
