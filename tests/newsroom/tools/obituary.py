from make import run

P = []

# British obituary, single marks: "announced her death", a content-first
# report by her son, "described X as ‘Y’", a nickname in marks, "insisted"
# with a clause, "told this newspaper", a participle "warning ... that",
# "was credited with", a partial quotation in an indirect clause.
P.append(("""
Eleanor Frith, conductor and teacher, dies aged 88

Dame Eleanor Frith, the conductor who founded the Northmoor Youth Orchestra and led it for more than three decades, has died at the age of 88.

Her family announced her death on Monday. She died peacefully at her home in Castlebridge on Saturday after a short illness, her son, Julian Frith, said in a statement.

Born in Haddon Vale in 1936, the daughter of a colliery electrician and a piano teacher, Frith won a scholarship to the Royal Northern Conservatoire at 17. She was among the first women to conduct a professional orchestra in this country, making her debut with the Castlebridge Philharmonic in 1962.

Critics were not always kind. One reviewer described her early performances as ‘more energy than polish’, a line she later had framed and hung in her study.

In 1971 she founded the Northmoor Youth Orchestra with 40 teenagers and a borrowed church hall. By the time she stepped down in 2004, it had toured 23 countries and produced more than a dozen principal players for leading orchestras.

The violinist Samuel Achebe-Lowe, who joined the orchestra at 14, said Frith had changed the course of his life. ‘She treated us as musicians, never as children,’ he said. ‘If you played badly, she told you. If you played well, she told you that too, and you believed her.’

Frith was known among players as ‘the Colonel’, for her habit of marching up and down the rows during rehearsals. She insisted the nickname was affectionate. ‘I like to think so, anyway,’ she told this newspaper in 2011.

She was appointed a dame in 2005 for services to music education. In her later years she campaigned against cuts to music teaching in state schools, warning in a letter to ministers in 2016 that a generation of children would ‘grow up thinking music is something other people do’.

Her recordings of choral music remain in print, and her 1988 account of a forgotten symphony by the Victorian composer Arthur Greave was credited with reviving interest in his work.

The current music director of the orchestra, Dr Helen Ashworth, said everyone at Northmoor was ‘heartbroken’. She said the orchestra would dedicate its summer season to Frith’s memory.

‘Eleanor built this place out of nothing but nerve,’ Dr Ashworth said. ‘Every young player who walks through our doors owes her something, whether they know it or not.’

Frith married the cellist Peter Lyle in 1960. He died in 1999. She is survived by her son and two grandchildren.

A funeral will be held at Castlebridge Cathedral. Donations may be made to the orchestra’s bursary fund in place of flowers.
""", [
    ("i", "She died peacefully at her home in Castlebridge on Saturday after a short illness", 0, "Julian Frith", "said"),
    ("m", "her early performances as ‘more energy than polish’", 0, "One reviewer", "described"),
    ("i", "Frith had changed the course of his life", 0, "Samuel Achebe-Lowe", "said"),
    ("d", "She treated us as musicians, never as children,", 0, "Samuel Achebe-Lowe", "said"),
    ("d", "If you played badly, she told you. If you played well, she told you that too, and you believed her.", 0, "Samuel Achebe-Lowe", None),
    ("i", "the nickname was affectionate", 0, "Eleanor Frith", "insisted"),
    ("d", "I like to think so, anyway,", 0, "Eleanor Frith", "told"),
    ("m", "a generation of children would ‘grow up thinking music is something other people do’", 0, "Eleanor Frith", "warning"),
    ("m", "everyone at Northmoor was ‘heartbroken’", 0, "Helen Ashworth", "said"),
    ("i", "the orchestra would dedicate its summer season to Frith’s memory", 0, "Helen Ashworth", "said"),
    ("d", "Eleanor built this place out of nothing but nerve,", 0, "Helen Ashworth", "said"),
    ("d", "Every young player who walks through our doors owes her something, whether they know it or not.", 0, "Helen Ashworth", None),
], {
    "Julian Frith": ["Julian Frith"],
    "One reviewer": ["One reviewer"],
    "Samuel Achebe-Lowe": ["The violinist Samuel Achebe-Lowe"],
    "Eleanor Frith": ["Dame Eleanor Frith", "Frith"],
    "Helen Ashworth": ["Dr Helen Ashworth", "Dr Ashworth"],
}))

run("obituary", P)
