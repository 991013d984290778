from make import run

P = []

# Batch 4 (blind). British tennis report, single curly marks, `Mr`: a deck,
# a byline `By ... at Ground`, two women players in turn, "said of X,
# grinning", "was denied both times" (no record), "She was frank
# afterwards.", "Asked whether ..., she said it had not, and that ...", a
# coach (he) who "called her ‘…’", a referee, "according to the organisers".
P.append(("""
Okonjo outlasts Varga to reach first Hartwell final

Kemi Okonjo saved two match points before beating the fourth seed, Lili Varga, 6-7, 7-6, 6-4 in three hours and 11 minutes

By Graham Pell at Hartwell Park

Kemi Okonjo will play in her first grass-court final on Sunday after coming from a set and a break down to beat Lili Varga in the longest women’s match of the tournament’s history.

The 22-year-old from Leeds, ranked 61st in the world, saved two match points at 5-6 in the second set, the second with a backhand pass that clipped the net cord and died on Varga’s side.

‘I’ll take it,’ Okonjo said of the net cord, grinning. ‘I’ve lost enough matches on those to be owed one.’

Varga, the 2022 champion, served for the match twice and was denied both times by Okonjo’s returning. The Hungarian hit 14 aces but made 52 unforced errors, 20 more than her opponent.

She was frank afterwards. ‘I had it and I gave it away,’ Varga said. ‘She played the big points better than me. That’s tennis, but it hurts today.’

Asked whether a shoulder problem that forced her out of last month’s event in Rome had affected her serve, she said it had not, and that she was fit to play at Wimbledon.

Okonjo’s coach, Ian Marlowe, who has worked with her since she was 14, called her ‘the best returner in the women’s game right now’. He said the pair had spent the winter working almost entirely on her first serve.

‘People see the returning and the running,’ Mr Marlowe said. ‘What won her this match was 11 aces. A year ago she didn’t have that.’

Okonjo said she had watched Varga win the title here on television three years ago, sitting on the floor of her parents’ living room.

‘My mum still has the ticket from the first time she brought me here, when I was seven,’ she said. ‘She’ll be in the box on Sunday, and she’ll be more nervous than me.’

She will face either the top seed, Sofia Brandt, or the qualifier Marta Ruiz, who meet in the second semi-final on Saturday. Brandt has not dropped a set all week.

The tournament referee, Peter Quayle, said play on Saturday would begin at noon because of forecast rain, and that the roof would be used if needed.

Tickets for the final sold out within an hour of Okonjo’s win, according to the organisers.
""", [
    ("d", "I’ll take it,", 0, "Kemi Okonjo", "said"),
    ("d", "I’ve lost enough matches on those to be owed one.", 0, "Kemi Okonjo", None),
    ("d", "I had it and I gave it away,", 0, "Lili Varga", "said"),
    ("d", "She played the big points better than me. That’s tennis, but it hurts today.", 0, "Lili Varga", None),
    ("i", "it had not, and that she was fit to play at Wimbledon", 0, "Lili Varga", "said"),
    ("m", "her ‘the best returner in the women’s game right now’", 0, "Ian Marlowe", "called"),
    ("i", "the pair had spent the winter working almost entirely on her first serve", 0, "Ian Marlowe", "said"),
    ("d", "People see the returning and the running,", 0, "Ian Marlowe", "said"),
    ("d", "What won her this match was 11 aces. A year ago she didn’t have that.", 0, "Ian Marlowe", None),
    ("i", "she had watched Varga win the title here on television three years ago, sitting on the floor of her parents’ living room", 0, "Kemi Okonjo", "said"),
    ("d", "My mum still has the ticket from the first time she brought me here, when I was seven,", 0, "Kemi Okonjo", "said"),
    ("d", "She’ll be in the box on Sunday, and she’ll be more nervous than me.", 0, "Kemi Okonjo", None),
    ("i", "play on Saturday would begin at noon because of forecast rain, and that the roof would be used if needed", 0, "Peter Quayle", "said"),
    ("i", "Tickets for the final sold out within an hour of Okonjo’s win", 0, "the organisers", "according to"),
], {
    "Kemi Okonjo": ["Kemi Okonjo", "Okonjo"],
    "Lili Varga": ["Lili Varga", "Varga"],
    "Ian Marlowe": ["Ian Marlowe", "Mr Marlowe"],
    "Peter Quayle": ["Peter Quayle"],
    "the organisers": ["the organisers"],
}))

run("tennis", P)
