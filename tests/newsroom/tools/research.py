from make import run

P = []

# Batch 4 (blind). British university research finding, single curly marks,
# `Dr`/`Prof` without a point: "according to a ... study" and "the study
# found" (evidence, no record), a lead author (she) and a co-author (he), a
# paper's title in marks, an outside expert who "cautioned that", a
# spokeswoman for a charity, an association's statement and "It added
# that", figures that "show", a department that "has cautioned that", a
# reported question and "she laughed".
P.append(("""
Hedgehogs cross roads more safely where streetlights are dimmed, study finds

By Owen Carradine, Science Correspondent

Hedgehogs are far less likely to be killed on roads where councils have dimmed or switched off streetlights after midnight, according to a three-year study by researchers at the University of Northmoor.

The team fitted 212 hedgehogs in four towns with small radio tags and tracked them across 38 miles of road. Animals in areas with dimmed lighting crossed roads more often but were hit by cars about a third as often, the study found.

Dr Helen Achebe, who led the work, said the result had surprised her. ‘We expected darker roads to be more dangerous for them, not less,’ she said. ‘What we think is happening is that hedgehogs in bright areas freeze in the light, and a frozen hedgehog in the middle of a road is in trouble.’

The paper, titled ‘Lights Out for Erinaceus’, was published on Wednesday in the Journal of Urban Ecology.

Her co-author, Prof Martin Lisle, said the findings mattered because hedgehog numbers in rural Britain had roughly halved since 2000. He said councils that had dimmed lights to save money might have helped wildlife ‘entirely by accident’.

‘There is a lot of talk about expensive tunnels and bridges for wildlife,’ Prof Lisle added. ‘This costs nothing. In fact, it saves money.’

Not everyone is convinced. Dr Simon Eke, an ecologist at Castlebridge University who was not involved in the research, cautioned that the study covered only four towns, all in the north of England.

‘It is a careful piece of work, but I would want to see it repeated somewhere with different traffic,’ he said.

Road safety campaigners have raised concerns of their own. A spokeswoman for the charity Safer Streets Now said dimming lights could put pedestrians at risk, and that any change should follow proper consultation.

The Local Government Association said in a statement that decisions on street lighting were for individual councils. It added that many had already reduced lighting to cut energy bills.

Figures from the Department for Transport show that road deaths at night have not risen in areas with part-night lighting, although the department has cautioned that the data are limited.

Dr Achebe said the team now hoped to study badgers and foxes. Asked whether she dimmed the lights in her own street, she laughed. ‘I don’t get a vote on that,’ she said. ‘But I have written to the council.’
""", [
    ("i", "the result had surprised her", 0, "Helen Achebe", "said"),
    ("d", "We expected darker roads to be more dangerous for them, not less,", 0, "Helen Achebe", "said"),
    ("d", "What we think is happening is that hedgehogs in bright areas freeze in the light, and a frozen hedgehog in the middle of a road is in trouble.", 0, "Helen Achebe", None),
    ("i", "the findings mattered because hedgehog numbers in rural Britain had roughly halved since 2000", 0, "Martin Lisle", "said"),
    ("m", "councils that had dimmed lights to save money might have helped wildlife ‘entirely by accident’", 0, "Martin Lisle", "said"),
    ("d", "There is a lot of talk about expensive tunnels and bridges for wildlife,", 0, "Martin Lisle", "added"),
    ("d", "This costs nothing. In fact, it saves money.", 0, "Martin Lisle", None),
    ("i", "the study covered only four towns, all in the north of England", 0, "Simon Eke", "cautioned"),
    ("d", "It is a careful piece of work, but I would want to see it repeated somewhere with different traffic,", 0, "Simon Eke", "said"),
    ("i", "dimming lights could put pedestrians at risk, and that any change should follow proper consultation", 0, "A spokeswoman for the charity Safer Streets Now", "said"),
    ("i", "decisions on street lighting were for individual councils", 0, "Local Government Association", "said"),
    ("i", "many had already reduced lighting to cut energy bills", 0, "Local Government Association", "added"),
    ("i", "the data are limited", 0, "Department for Transport", "has cautioned"),
    ("i", "the team now hoped to study badgers and foxes", 0, "Helen Achebe", "said"),
    ("d", "I don’t get a vote on that,", 0, "Helen Achebe", "said"),
    ("d", "But I have written to the council.", 0, "Helen Achebe", None),
], {
    "Helen Achebe": ["Dr Helen Achebe", "Dr Achebe"],
    "Martin Lisle": ["Prof Martin Lisle", "Prof Lisle"],
    "Simon Eke": ["Dr Simon Eke"],
    "A spokeswoman for the charity Safer Streets Now": ["A spokeswoman for the charity Safer Streets Now"],
    "Local Government Association": ["The Local Government Association", "It"],
    "Department for Transport": ["Department for Transport", "the department"],
}))

run("research", P)
