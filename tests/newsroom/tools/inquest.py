from make import run

P = []

# Batch 5 (blind). British coroner's inquest, single curly marks, Mr/Mrs:
# a content-first lead by "his supervisor" named later, "told the inquest", a pathologist who "found" (no record), a mother's
# statement "read to the court", a coroner (she) who "recorded a conclusion"
# (no record) and "said she would write", a company as "the firm" and "it",
# "denied that", "accepted that", a split quotation, "Asked by the coroner
# whether" (no record) then "he said", a content-first report by police.
P.append(("""
Scaffolder died after safety rail gave way, inquest hears

By Owen Pryce

A scaffolder who fell nine metres from a building site in Marlow Vale had been assured the safety rail was fixed, his supervisor told an inquest on Tuesday.

Jordan Feltham, 27, from Ashby Cross, died in hospital two days after the fall on 14 March last year.

His supervisor, Keith Amberley, told the inquest at Marlow Vale Coroner’s Court that he had checked the rail himself on the morning of the accident.

‘It was solid when I put my weight on it,’ Mr Amberley said. ‘I would not have let the lad up there otherwise.’

Asked by the coroner whether he had written the check down, he said he had not, because the site had run out of inspection forms.

A Home Office pathologist, Dr Sunita Rao, found that Mr Feltham had died of head injuries. She said a hard hat would probably not have saved him from a fall of that height.

A statement from Mr Feltham’s mother, Carol Feltham, was read to the court. In it she described her son as ‘the kindest boy, always the first to help’.

‘He loved that job,’ the statement said. ‘He used to ring me from the top of buildings just to tell me about the view.’

The scaffolding firm, Brightline Access Ltd, denied that it had cut corners on training. In a written statement, it said all its staff held the correct cards and that the rail had been supplied by another contractor.

The firm’s director, Philip Noakes, accepted that the site’s paperwork had been ‘not good enough’.

‘We have changed how we do things,’ he said, ‘and I will regret that morning for the rest of my life.’

An investigation by the Health and Safety Executive is continuing. Officers were called to the site shortly after 10am and no arrests were made, police said.

Recording a conclusion of accidental death, the area coroner, Mrs Imogen Ward, said the evidence showed the rail had not been properly secured. She said she would write to the company and to the Health and Safety Executive about the lack of records.

‘Jordan went to work that morning and should have come home,’ she said. ‘His family deserve to know that lessons will be learned.’

Outside court, Mrs Feltham thanked the coroner and said the family would now ‘try to grieve in private’.
""", [
    ("i", "A scaffolder who fell nine metres from a building site in Marlow Vale had been assured the safety rail was fixed", 0, "Keith Amberley", "told"),
    ("i", "he had checked the rail himself on the morning of the accident", 0, "Keith Amberley", "told"),
    ("d", "It was solid when I put my weight on it,", 0, "Keith Amberley", "said"),
    ("d", "I would not have let the lad up there otherwise.", 0, "Keith Amberley", None),
    ("i", "he had not, because the site had run out of inspection forms", 0, "Keith Amberley", "said"),
    ("i", "a hard hat would probably not have saved him from a fall of that height", 0, "Sunita Rao", "said"),
    ("m", "her son as ‘the kindest boy, always the first to help’", 0, "Carol Feltham", "described"),
    ("d", "He loved that job,", 0, "Carol Feltham", "said"),
    ("d", "He used to ring me from the top of buildings just to tell me about the view.", 0, "Carol Feltham", None),
    ("i", "it had cut corners on training", 0, "Brightline Access Ltd", "denied"),
    ("i", "all its staff held the correct cards and that the rail had been supplied by another contractor", 0, "Brightline Access Ltd", "said"),
    ("m", "the site’s paperwork had been ‘not good enough’", 0, "Philip Noakes", "accepted"),
    ("d", "We have changed how we do things,", 0, "Philip Noakes", "said"),
    ("d", "and I will regret that morning for the rest of my life.", 0, "Philip Noakes", "said"),
    ("i", "Officers were called to the site shortly after 10am and no arrests were made", 0, "police", "said"),
    ("i", "the evidence showed the rail had not been properly secured", 0, "Imogen Ward", "said"),
    ("i", "she would write to the company and to the Health and Safety Executive about the lack of records", 0, "Imogen Ward", "said"),
    ("d", "Jordan went to work that morning and should have come home,", 0, "Imogen Ward", "said"),
    ("d", "His family deserve to know that lessons will be learned.", 0, "Imogen Ward", None),
    ("m", "the family would now ‘try to grieve in private’", 0, "Carol Feltham", "said"),
], {
    "Keith Amberley": ["Keith Amberley", "Mr Amberley"],
    "Sunita Rao": ["Dr Sunita Rao"],
    "Carol Feltham": ["Carol Feltham", "Mrs Feltham"],
    "Brightline Access Ltd": ["Brightline Access Ltd", "The scaffolding firm"],
    "Philip Noakes": ["Philip Noakes"],
    "police": ["police"],
    "Imogen Ward": ["Mrs Imogen Ward"],
}))

run("inquest", P)
