from make import run

P = []

# British crown court, single marks: "admitted 14 counts", a content-first
# report by "the prosecution", an unnamed relative as speaker, "KC" after a
# name, "Sentencing her," before the judge, "urged" with an infinitive,
# an organisation's statement and a content-first "it said".
P.append(("""
Care home manager jailed for stealing from residents

A care home manager who stole more than £48,000 from elderly residents over four years has been jailed for three years and eight months.

Joanne Petherick, 51, of Hollin Way, Ashcombe, admitted 14 counts of fraud by abuse of position at Tarnbury Crown Court in January. She was sentenced on Friday.

Petherick used residents’ bank cards to pay for holidays, a car and home improvements while she managed the Willowmere care home in Ashcombe between 2019 and 2023, the prosecution said.

Prosecutor Imogen Ashdown said the thefts came to light when the daughter of one resident noticed withdrawals from her mother’s account. ‘These were people who could no longer manage their own affairs and who trusted the defendant completely,’ Ms Ashdown told the court.

Several families read statements to the court. The son of one resident, who died in 2022, said his mother had gone without new clothes and a hearing aid because she believed she could not afford them. ‘She apologised to me for being a burden,’ he said. ‘She had the money. It had been taken.’

Martin Colley KC, defending, said Petherick had been under severe financial pressure after her husband lost his business and had ‘buried her head in the sand’. He said she was deeply ashamed and had already repaid £11,000.

Sentencing her, Judge Fiona Braithwaite said it was ‘a grave breach of trust’ and that only immediate custody could be justified.

‘You were in a position of responsibility over some of the most vulnerable people in our community,’ the judge said. ‘You exploited it, repeatedly and deliberately, for your own comfort.’

She said she had taken into account the defendant’s guilty pleas, her lack of previous convictions and her remorse, which she accepted was genuine.

Detective Constable Aaron Mbeki, of Westshire Police’s economic crime unit, said after the hearing that the case showed how financial abuse could go unnoticed for years. He urged families to check the accounts of relatives in care.

Willowmere’s owners, Greenhollow Care Ltd, said in a statement that Petherick had been dismissed in 2023 and that new controls had been introduced. The company has reimbursed all of the families affected, it said.

A proceeds of crime hearing will be held later this year.
""", [
    ("i", "Petherick used residents’ bank cards to pay for holidays, a car and home improvements while she managed the Willowmere care home in Ashcombe between 2019 and 2023", 0, "the prosecution", "said"),
    ("i", "the thefts came to light when the daughter of one resident noticed withdrawals from her mother’s account", 0, "Imogen Ashdown", "said"),
    ("d", "These were people who could no longer manage their own affairs and who trusted the defendant completely,", 0, "Imogen Ashdown", "told"),
    ("i", "his mother had gone without new clothes and a hearing aid because she believed she could not afford them", 0, "The son of one resident", "said"),
    ("d", "She apologised to me for being a burden,", 0, "The son of one resident", "said"),
    ("d", "She had the money. It had been taken.", 0, "The son of one resident", None),
    ("m", "Petherick had been under severe financial pressure after her husband lost his business and had ‘buried her head in the sand’", 0, "Martin Colley", "said"),
    ("i", "she was deeply ashamed and had already repaid £11,000", 0, "Martin Colley", "said"),
    ("m", "it was ‘a grave breach of trust’ and that only immediate custody could be justified", 0, "Fiona Braithwaite", "said"),
    ("d", "You were in a position of responsibility over some of the most vulnerable people in our community,", 0, "Fiona Braithwaite", "said"),
    ("d", "You exploited it, repeatedly and deliberately, for your own comfort.", 0, "Fiona Braithwaite", None),
    ("i", "she had taken into account the defendant’s guilty pleas, her lack of previous convictions and her remorse, which she accepted was genuine", 0, "Fiona Braithwaite", "said"),
    ("i", "the case showed how financial abuse could go unnoticed for years", 0, "Aaron Mbeki", "said"),
    ("i", "Petherick had been dismissed in 2023 and that new controls had been introduced", 0, "Greenhollow Care Ltd", "said"),
    ("i", "The company has reimbursed all of the families affected", 0, "Greenhollow Care Ltd", "said"),
], {
    "the prosecution": ["the prosecution"],
    "Imogen Ashdown": ["Prosecutor Imogen Ashdown", "Ms Ashdown"],
    "The son of one resident": ["The son of one resident"],
    "Martin Colley": ["Martin Colley KC"],
    "Fiona Braithwaite": ["Judge Fiona Braithwaite", "the judge"],
    "Aaron Mbeki": ["Detective Constable Aaron Mbeki"],
    "Greenhollow Care Ltd": ["Greenhollow Care Ltd"],
}))

# US trial, straight marks: "testified", a speaker named only later, "has
# pleaded not guilty to six counts", "denies all the charges", nested
# speech inside a quotation, a question and an answer, "acknowledged that",
# "showed jurors", "a motion ... ruling that", "declined to comment".
P.append(('''
Ex-partner tells jury developer ordered payoffs

By Sam Kowalczyk
Staff Writer

A former business partner of Brightwater developer Nolan Pruitt testified Tuesday that Pruitt ordered him to backdate invoices and hide payments to a county inspector, on the second day of Pruitt's bribery trial in Dunmore County Superior Court.

Pruitt, 58, has pleaded not guilty to six counts of bribery and two counts of filing false tax returns. He denies all the charges and faces up to 20 years in prison if convicted.

The witness, Raymond Ocampo, told jurors he and Pruitt built more than 300 homes together in the Brightwater subdivision between 2015 and 2021. Ocampo, who has pleaded guilty to a related charge and is cooperating with prosecutors, said the payments began after an inspector threatened to delay permits.

"Nolan said, 'Just take care of it. Call it consulting,'" Ocampo testified. "So I did."

Under cross-examination, defense attorney Gloria Mendez-Hart pressed Ocampo on his plea deal, which could reduce his sentence to probation. Ocampo acknowledged that he had lied to investigators during his first two interviews.

"You lied then. Why should this jury believe you now?" Mendez-Hart asked.

"Because now I've got nothing left to lose," Ocampo replied.

Mendez-Hart told the jury in her opening statement Monday that the government's case rested on "the word of a man who will say anything to stay out of prison." She said Pruitt had never met the inspector and did not know about the payments.

Assistant District Attorney Kevin Lorde showed jurors bank records tracing $212,000 from a Pruitt company account to a shell firm registered to the inspector's brother-in-law. Lorde also played a recorded phone call in which a man prosecutors identified as Pruitt can be heard saying, "We never had this conversation."

The inspector, Walter Haines, died in 2022 and was never charged.

Judge Catherine Oduya denied a defense motion to exclude the recording, ruling that it had been lawfully obtained under a warrant.

Outside the courthouse, Pruitt declined to comment. His wife, Diane Pruitt, told reporters the family was "holding up" and trusted the jury to see through what she called "a story built on a liar's deal."

The district attorney's office said it expects to rest its case by the end of next week. The trial resumes Wednesday with testimony from a state forensic accountant.
''', [
    ("i", "Pruitt ordered him to backdate invoices and hide payments to a county inspector", 0, "Raymond Ocampo", "testified"),
    ("i", "he and Pruitt built more than 300 homes together in the Brightwater subdivision between 2015 and 2021", 0, "Raymond Ocampo", "told"),
    ("i", "the payments began after an inspector threatened to delay permits", 0, "Raymond Ocampo", "said"),
    ("d", "Nolan said, 'Just take care of it. Call it consulting,'", 0, "Raymond Ocampo", "testified"),
    ("d", "So I did.", 0, "Raymond Ocampo", None),
    ("i", "he had lied to investigators during his first two interviews", 0, "Raymond Ocampo", "acknowledged"),
    ("d", "You lied then. Why should this jury believe you now?", 0, "Gloria Mendez-Hart", "asked"),
    ("d", "Because now I've got nothing left to lose,", 0, "Raymond Ocampo", "replied"),
    ("m", '''the government's case rested on "the word of a man who will say anything to stay out of prison."''', 0, "Gloria Mendez-Hart", "told"),
    ("i", "Pruitt had never met the inspector and did not know about the payments", 0, "Gloria Mendez-Hart", "said"),
    ("d", "We never had this conversation.", 0, "Nolan Pruitt", "saying"),
    ("i", "it had been lawfully obtained under a warrant", 0, "Catherine Oduya", "ruling"),
    ("m", '''the family was "holding up" and trusted the jury to see through what she called "a story built on a liar's deal."''', 0, "Diane Pruitt", "told"),
    ("i", "it expects to rest its case by the end of next week", 0, "The district attorney's office", "said"),
], {
    "Raymond Ocampo": ["Raymond Ocampo", "Ocampo"],
    "Gloria Mendez-Hart": ["defense attorney Gloria Mendez-Hart", "Mendez-Hart"],
    "Nolan Pruitt": ["Brightwater developer Nolan Pruitt", "Pruitt"],
    "Catherine Oduya": ["Judge Catherine Oduya"],
    "Diane Pruitt": ["Diane Pruitt"],
    "The district attorney's office": ["The district attorney's office"],
}))

run("court", P)
