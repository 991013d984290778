from make import run

P = []

# British theatre review, single marks: a star rating, titles of plays in
# marks, a programme note ("writes that ... ‘…’"), "Speaking after the
# press night," before the speaker, the critic's "told me", a cast list in
# parentheses.
P.append(("""
‘The Salt Road’ review – a fierce, funny homecoming drama

★★★★☆

Ardlow Lyceum Studio, until 14 June

By Miriam Hale

There is a moment early in Kit Varley’s new play when a fishmonger’s daughter, back from the city after a decade away, stands in her father’s empty shop and simply breathes in. Nobody speaks for almost a minute. It is the bravest minute of theatre I have seen this year.

‘The Salt Road’, which opened at the Lyceum Studio on Thursday, follows Nell Garrow (a superb Aoife Brennan) as she returns to the coastal town of Sandrey to sort out the family business after her father’s stroke. What she finds is a shop in debt, a brother who wants to sell, and a town that has never quite forgiven her for leaving.

Varley, whose previous play ‘Low Water’ transferred to a larger stage in the capital, writes dialogue that crackles. The sibling rows are as funny as they are painful, and Brennan and Tom Ashdown, as her brother Rob, spar like people who have been doing it since childhood.

In a programme note, Varley writes that the play grew out of conversations with her own father, a retired trawlerman, about ‘what a town owes the people who stay and the people who go’. That question hangs over every scene.

Director Sunita Rao keeps the pace brisk, and Joe Tindall’s set, a shop counter that slides apart to become a harbour wall, is a small marvel. Speaking after the press night, Rao said she had wanted the audience to ‘smell the place’. The production even pipes a faint tang of brine into the auditorium, a gimmick that works better than it has any right to.

‘We wanted people to feel they had walked into somebody’s actual life,’ Rao said. ‘Not a play about a town, but the town itself.’

Not everything lands. A subplot involving a property developer, played with too much relish by Gareth Mallinson, feels borrowed from a different and lesser drama, and the second act sags before a terrific final scene.

But the performances carry it. Brennan, in particular, is extraordinary: brittle, furious and, in the closing minutes, devastating. When Nell finally makes her choice, the line is barely a whisper, and the whole room seemed to lean in.

Brennan told me afterwards that she had grown up ‘three streets from a harbour exactly like this one’ and had cried the first time she read the script. ‘I knew every one of these people,’ she said. ‘I’ve been to their weddings and their funerals.’

The Lyceum’s artistic director, Owen Pryce-Jones, said the theatre was in talks to take the production on a regional tour next spring. It is a play that deserves to travel.

Tickets for the Ardlow run are already scarce. Go if you can.
""", [
    ("m", "the play grew out of conversations with her own father, a retired trawlerman, about ‘what a town owes the people who stay and the people who go’", 0, "Kit Varley", "writes"),
    ("m", "she had wanted the audience to ‘smell the place’", 0, "Sunita Rao", "said"),
    ("d", "We wanted people to feel they had walked into somebody’s actual life,", 0, "Sunita Rao", "said"),
    ("d", "Not a play about a town, but the town itself.", 0, "Sunita Rao", None),
    ("m", "she had grown up ‘three streets from a harbour exactly like this one’ and had cried the first time she read the script", 0, "Aoife Brennan", "told"),
    ("d", "I knew every one of these people,", 0, "Aoife Brennan", "said"),
    ("d", "I’ve been to their weddings and their funerals.", 0, "Aoife Brennan", None),
    ("i", "the theatre was in talks to take the production on a regional tour next spring", 0, "Owen Pryce-Jones", "said"),
], {
    "Kit Varley": ["Kit Varley", "Varley"],
    "Sunita Rao": ["Director Sunita Rao", "Rao"],
    "Aoife Brennan": ["Aoife Brennan", "Brennan"],
    "Owen Pryce-Jones": ["Owen Pryce-Jones"],
}))

run("review", P)
