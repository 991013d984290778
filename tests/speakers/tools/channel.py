"""Class `channel`: social media and written channels; the channel is never the speaker."""
from make import run

P = []

P.append(("""
State Representative Carl Dunmore posted on Twitter late Monday, “I will not support a budget that cuts school nurses. Period.”

His rival for the seat, Angela Ruiz-Park, wrote on Facebook that Dunmore had voted for the same cuts two years ago. In a post on Instagram the next morning, she shared a photo of the vote record.

Dunmore’s office said in a statement that the earlier vote had been on “a different bill entirely.” School nurse Tamsin Greer, who has worked in the district for 20 years, said on the radio that nurses had heard “a lot of promises” before.
""", [
    ("d", "I will not support a budget that cuts school nurses. Period.", 0, "Carl Dunmore", "posted"),
    ("i", "Dunmore had voted for the same cuts two years ago", 0, "Angela Ruiz-Park", "wrote"),
    ("m", "the earlier vote had been on “a different bill entirely.”", 0, "Dunmore’s office", "said"),
    ("m", "nurses had heard “a lot of promises” before", 0, "Tamsin Greer", "said"),
], {
    "Carl Dunmore": ["State Representative Carl Dunmore", "Carl Dunmore"],
    "Angela Ruiz-Park": ["His rival for the seat, Angela Ruiz-Park", "Angela Ruiz-Park"],
    "Dunmore’s office": ["Dunmore’s office"],
    "Tamsin Greer": ["School nurse Tamsin Greer", "Tamsin Greer"],
}))

P.append(("""
Fairbridge Stores has told staff it will close eleven of its 30 shops.

In a letter to staff seen by the Midshire Post, chief executive Ms Yvonne Hart said the company had ‘run out of road’. She wrote that redundancy payments would be made in full.

Shop workers’ union organiser Mr Dev Kalra said members had learned of the closures from the newspaper. ‘Nobody should find out they’ve lost their job from a headline,’ he said in an email to the Post.
""", [
    ("i", "it will close eleven of its 30 shops", 0, "Fairbridge Stores", "has told"),
    ("m", "the company had ‘run out of road’", 0, "Yvonne Hart", "said"),
    ("i", "redundancy payments would be made in full", 0, "Yvonne Hart", "wrote"),
    ("i", "members had learned of the closures from the newspaper", 0, "Dev Kalra", "said"),
    ("d", "Nobody should find out they’ve lost their job from a headline,", 0, "Dev Kalra", "said"),
], {
    "Fairbridge Stores": ["Fairbridge Stores"],
    "Yvonne Hart": ["chief executive Ms Yvonne Hart", "Ms Yvonne Hart"],
    "Dev Kalra": ["Shop workers’ union organiser Mr Dev Kalra", "Mr Dev Kalra"],
}))

P.append(('''
Tennis player Mila Varga announced her retirement on Sunday in a post on Instagram, writing that her body had "finally said enough."

"Twenty years, four knee operations, zero regrets," the post read.

Her longtime coach, Andras Pell, said on Radio Kestrel on Monday that Varga had played the last two seasons in pain. "She never once asked to skip a session," he told the station.

Tour chief executive Lorna Baines said in a statement that Varga had been "a credit to the sport."
''', [
    ("m", 'her body had "finally said enough."', 0, "Mila Varga", "writing"),
    ("d", "Twenty years, four knee operations, zero regrets,", 0, "Mila Varga", "read"),
    ("i", "Varga had played the last two seasons in pain", 0, "Andras Pell", "said"),
    ("d", "She never once asked to skip a session,", 0, "Andras Pell", "told"),
    ("m", 'Varga had been "a credit to the sport."', 0, "Lorna Baines", "said"),
], {
    "Mila Varga": ["Tennis player Mila Varga", "Mila Varga", "Varga"],
    "Andras Pell": ["Her longtime coach, Andras Pell", "Andras Pell"],
    "Lorna Baines": ["Tour chief executive Lorna Baines", "Lorna Baines"],
}))

P.append(('''
Police in Stellan Falls are asking for help finding a 15-year-old girl who has not been seen since Friday.

In a post on the department's Facebook page, Const. Jean-Luc Marois said Ava Kettering was last seen near the Riverside mall wearing a green jacket. "Ava, if you see this, you are not in trouble," he wrote.

Her mother, Carmen Kettering, said in an email that the family was "desperate for any news." She said Ava had left her phone at home.
''', [
    ("i", "Ava Kettering was last seen near the Riverside mall wearing a green jacket", 0, "Jean-Luc Marois", "said"),
    ("d", "Ava, if you see this, you are not in trouble,", 0, "Jean-Luc Marois", "wrote"),
    ("m", 'the family was "desperate for any news."', 0, "Carmen Kettering", "said"),
    ("i", "Ava had left her phone at home", 0, "Carmen Kettering", "said"),
], {
    "Jean-Luc Marois": ["Const. Jean-Luc Marois"],
    "Carmen Kettering": ["Her mother, Carmen Kettering", "Carmen Kettering"],
}))

P.append(('''
Dr. Helen Amadi, who heads dermatology at Corrin Valley Hospital, says a new app that claims to spot skin cancer in a phone photo is "not ready for prime time."

Speaking on the radio on Tuesday, Amadi said the app had missed three of ten melanomas in her own tests. "Three is three too many," she told listeners of WKCV's morning show.

The app's maker, Dermly, said in a blog post that its software had been trained on 200,000 images. Co-founder Raj Mehta wrote in the company's newsletter that a new version would arrive in the spring.
''', [
    ("m", 'a new app that claims to spot skin cancer in a phone photo is "not ready for prime time."', 0, "Helen Amadi", "says"),
    ("i", "the app had missed three of ten melanomas in her own tests", 0, "Helen Amadi", "said"),
    ("d", "Three is three too many,", 0, "Helen Amadi", "told"),
    ("i", "its software had been trained on 200,000 images", 0, "Dermly", "said"),
    ("i", "a new version would arrive in the spring", 0, "Raj Mehta", "wrote"),
], {
    "Helen Amadi": ["Dr. Helen Amadi", "Amadi"],
    "Dermly": ["Dermly"],
    "Raj Mehta": ["Co-founder Raj Mehta", "Raj Mehta"],
}))

P.append(("""
A village pub that has served Marden Cross since 1740 is to close at Christmas.

Landlady Mrs Frances Rook wrote on Facebook that rising energy bills had made the Plough ‘impossible to run’. ‘Thank you for 22 happy years,’ she added in the post.

Parish councillor Mr Alan Greaves said in a letter to the Marden Gazette that villagers should try to buy the pub. He told me in a text message that a public meeting would be held on 4 December.

The brewery that owns the building, Oakhurst Ales, said it would consider any offer.
""", [
    ("m", "rising energy bills had made the Plough ‘impossible to run’", 0, "Frances Rook", "wrote"),
    ("d", "Thank you for 22 happy years,", 0, "Frances Rook", "added"),
    ("i", "villagers should try to buy the pub", 0, "Alan Greaves", "said"),
    ("i", "a public meeting would be held on 4 December", 0, "Alan Greaves", "told"),
    ("i", "it would consider any offer", 0, "Oakhurst Ales", "said"),
], {
    "Frances Rook": ["Landlady Mrs Frances Rook", "Mrs Frances Rook"],
    "Alan Greaves": ["Parish councillor Mr Alan Greaves", "Mr Alan Greaves"],
    "Oakhurst Ales": ["Oakhurst Ales"],
}))

P.append(("""
Software company Brightloom will lay off 300 workers, chief executive Nate Corliss told employees in a video call on Wednesday.

“This is the hardest message I have ever had to deliver,” Corliss said in the call, a recording of which was later posted on YouTube by an employee.

Engineer Sofia Lindgren, one of those laid off, wrote on LinkedIn that she had learned of it from an automated email. In a thread on X, she said the company had “treated loyalty as a rounding error.” A Brightloom spokeswoman said affected staff would be paid through March.
""", [
    ("i", "Software company Brightloom will lay off 300 workers", 0, "Nate Corliss", "told"),
    ("d", "This is the hardest message I have ever had to deliver,", 0, "Nate Corliss", "said"),
    ("i", "she had learned of it from an automated email", 0, "Sofia Lindgren", "wrote"),
    ("m", "the company had “treated loyalty as a rounding error.”", 0, "Sofia Lindgren", "said"),
    ("i", "affected staff would be paid through March", 0, "a spokeswoman", "said"),
], {
    "Nate Corliss": ["chief executive Nate Corliss", "Nate Corliss", "Corliss"],
    "Sofia Lindgren": ["Engineer Sofia Lindgren", "Sofia Lindgren"],
    "a spokeswoman": ["A Brightloom spokeswoman"],
}))

run("channel", P)
