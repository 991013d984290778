from make import run

P = []

P.append(("""
Marguerite Lindell, the Northfield potter whose blue-glazed bowls sold in galleries across three continents, has died aged 88, her family said on Monday.

Lindell opened her first studio in a converted dairy in 1961. Her son, Paul Lindell, said she had worked at the wheel until a fall last spring. “She was happiest with clay up to her elbows,” he said.

Fellow potter Rosa Kemal, who shared a stall with her at the Millbrook craft fair for 30 years, called her “generous to a fault”. Lindell’s memoir, “Fire and Glaze”, is to be reissued next year.
""", [
    ("i", "Marguerite Lindell, the Northfield potter whose blue-glazed bowls sold in galleries across three continents, has died aged 88", 0, "her family", "said"),
    ("i", "she had worked at the wheel until a fall last spring", 0, "Paul Lindell", "said"),
    ("d", "She was happiest with clay up to her elbows,", 0, "Paul Lindell", "said"),
    ("m", "her “generous to a fault”", 0, "Rosa Kemal", "called"),
], {
    "her family": ["her family"],
    "Paul Lindell": ["Her son, Paul Lindell", "Paul Lindell"],
    "Rosa Kemal": ["Fellow potter Rosa Kemal", "Rosa Kemal"],
}))

P.append(('''
Jazz trumpeter Leon "Sugar" Okafor, who played with some of the great big bands of the 1960s, has died at 91.

His death was confirmed by his daughter, Miriam Okafor, who said he died peacefully at home in Lakeport on Sunday.

Okafor's best-known recording, "Harbour Lights at Midnight", spent eleven weeks in the charts in 1964. He once told an interviewer that he had written it "on the back of a bus ticket."

"He never stopped practising, not even last week," his daughter said. "The neighbours knew every note."
''', [
    ("i", "he died peacefully at home in Lakeport on Sunday", 0, "Miriam Okafor", "said"),
    ("m", 'he had written it "on the back of a bus ticket."', 0, "Leon Okafor", "told"),
    ("d", "He never stopped practising, not even last week,", 0, "Miriam Okafor", "said"),
    ("d", "The neighbours knew every note.", 0, "Miriam Okafor", None),
], {
    "Leon Okafor": ['Jazz trumpeter Leon "Sugar" Okafor', "Okafor"],
    "Miriam Okafor": ["his daughter, Miriam Okafor", "Miriam Okafor", "his daughter"],
}))

P.append(("""
Former Westvale mayor Harold Biggins, who led the city through the floods of 1987, has died. He was 79.

Current mayor Anita Rowe said Biggins had “held this city together with his bare hands” during the floods. She ordered flags at City Hall to fly at half-mast.

Jim Egan, the MP for Westvale, wrote on social media that Biggins was a mentor and a friend. “Harold taught me that you answer every letter,” Egan wrote. “I still try to.”

Biggins is survived by his wife, Joan, and four children.
""", [
    ("m", "Biggins had “held this city together with his bare hands” during the floods", 0, "Anita Rowe", "said"),
    ("i", "Biggins was a mentor and a friend", 0, "Jim Egan", "wrote"),
    ("d", "Harold taught me that you answer every letter,", 0, "Jim Egan", "wrote"),
    ("d", "I still try to.", 0, "Jim Egan", None),
], {
    "Anita Rowe": ["Current mayor Anita Rowe", "Anita Rowe"],
    "Jim Egan": ["Jim Egan", "Egan"],
}))

P.append(("""
Dr Helena Marsh, the marine biologist who first mapped the coral reefs off Cape Dunmore, has died at the age of 83.

The University of Kessel, where she taught for four decades, announced her death on Friday. In a statement, the university said her work had “changed how the world sees the southern reefs”.

Professor Tariq Alvi at the Kessel Institute of Oceanography says Marsh was a demanding but kind supervisor. “She would send your thesis back covered in red ink,” he recalls, “and then take you out for lunch.”

Marsh never married. In a 1998 interview she described herself as “wedded to the sea”.
""", [
    ("m", "her work had “changed how the world sees the southern reefs”", 0, "University of Kessel", "said"),
    ("i", "Marsh was a demanding but kind supervisor", 0, "Tariq Alvi", "says"),
    ("d", "She would send your thesis back covered in red ink,", 0, "Tariq Alvi", "recalls"),
    ("d", "and then take you out for lunch.", 0, "Tariq Alvi", "recalls"),
    ("m", "herself as “wedded to the sea”", 0, "Helena Marsh", "described"),
], {
    "Helena Marsh": ["Dr Helena Marsh", "Marsh"],
    "University of Kessel": ["The University of Kessel", "the university"],
    "Tariq Alvi": ["Professor Tariq Alvi", "Tariq Alvi"],
}))

P.append(("""
Farewell to the ‘Iron Wall’ of Kestrel Vale

Bert Challoner, the Kestrel Vale centre-half who played 512 games for the club, has died aged 86, the club announced.

Challoner, nicknamed “the Iron Wall” by supporters, was never sent off in a 17-year career. Club historian Nigel Pask said he had been offered a move to a bigger club in 1965 but turned it down.

“Bert told me once that he couldn’t play for anyone else,” Pask said. “He meant it. He lived three streets from the ground his whole life.

“They don’t make them like that any more.”
""", [
    ("i", "Bert Challoner, the Kestrel Vale centre-half who played 512 games for the club, has died aged 86", 0, "Kestrel Vale", "announced"),
    ("i", "he had been offered a move to a bigger club in 1965 but turned it down", 0, "Nigel Pask", "said"),
    ("d", "Bert told me once that he couldn’t play for anyone else,", 0, "Nigel Pask", "said"),
    ("d", "He meant it. He lived three streets from the ground his whole life.\n\n“They don’t make them like that any more.", 0, "Nigel Pask", None),
], {
    "Kestrel Vale": ["Kestrel Vale", "the club"],
    "Nigel Pask": ["Club historian Nigel Pask", "Nigel Pask", "Pask"],
}))

P.append(('''
Agnes Whitfield, who taught music at Coldharbour Primary School for 38 years, has died. She was 94.

She died on Tuesday at a care home in Eastwick, her nephew, Robert Whitfield, said.

Former pupil Dana Osei, now a violinist with the Northern Symphony, said Whitfield had "opened a door I didn't know was there." Osei added that she still has the recorder Whitfield gave her in 1979.

"Miss Whitfield never raised her voice," Osei said. "She didn't need to."
''', [
    ("i", "She died on Tuesday at a care home in Eastwick", 0, "Robert Whitfield", "said"),
    ("m", 'Whitfield had "opened a door I didn\'t know was there."', 0, "Dana Osei", "said"),
    ("i", "she still has the recorder Whitfield gave her in 1979", 0, "Dana Osei", "added"),
    ("d", "Miss Whitfield never raised her voice,", 0, "Dana Osei", "said"),
    ("d", "She didn't need to.", 0, "Dana Osei", None),
], {
    "Robert Whitfield": ["her nephew, Robert Whitfield", "Robert Whitfield"],
    "Dana Osei": ["Former pupil Dana Osei", "Dana Osei", "Osei"],
}))

P.append(("""
Samuel Achterberg, who turned his father’s corner hardware shop into a chain of 140 stores, died on Saturday in Port Hallam. He was 90.

The cause was heart failure, according to his granddaughter, Lena Achterberg. Achterberg Hardware said in a statement that its founder had “never forgotten that every customer was a neighbour.”

Chief executive Colin Marr, who worked alongside him for 25 years, told staff in an email that the stores would close for an hour on Friday. “Sam built this company one handshake at a time,” Marr wrote.
""", [
    ("i", "The cause was heart failure", 0, "Lena Achterberg", "according to"),
    ("m", "its founder had “never forgotten that every customer was a neighbour.”", 0, "Achterberg Hardware", "said"),
    ("i", "the stores would close for an hour on Friday", 0, "Colin Marr", "told"),
    ("d", "Sam built this company one handshake at a time,", 0, "Colin Marr", "wrote"),
], {
    "Lena Achterberg": ["his granddaughter, Lena Achterberg", "Lena Achterberg"],
    "Achterberg Hardware": ["Achterberg Hardware"],
    "Colin Marr": ["Chief executive Colin Marr", "Colin Marr", "Marr"],
}))

run("obituary", P)
