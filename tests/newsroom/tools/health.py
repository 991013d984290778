from make import run

P = []

# US health and science, straight marks: evidence ("according to a study",
# "the researchers found", "showing", "surveys suggest", "guidelines
# recommend"), "cautioned that", a content-first "she said", a campaign
# title and a pet's name in marks, speech nested in a quotation.
P.append(('''
Daily walk linked to sharper memory in older adults, study finds

By Lauren Whitcombe
Health Reporter

Older adults who walked for at least 30 minutes a day scored better on memory tests over five years than those who were mostly sedentary, according to a study published Wednesday in the Lindell Journal of Aging.

The study followed 4,200 people aged 65 to 85 in three states. Participants wore activity trackers for a week each year and took a battery of memory and reasoning tests.

Those in the most active group showed about 40% less decline in memory scores than the least active, the researchers found. The effect held after the team accounted for age, education, smoking and heart disease.

"We were surprised by how consistent it was," said Dr. Anjali Mehra, a neurologist at Crestview University and the study's lead author. "It didn't matter much whether people walked fast or slow. What mattered was that they did it most days."

Mehra cautioned that the study was observational and could not prove that walking itself protects the brain. People who are already healthier may simply be more likely to walk, she said.

Still, the findings fit with earlier research in animals showing that exercise increases blood flow to the hippocampus, a region of the brain involved in memory.

Dr. Thomas Reyes, a geriatrician at Bayfield Medical Center who was not involved in the research, called the results "encouraging but not the final word."

"I'd love to see a trial where we randomly assign people to walk and then follow them," Reyes said. "That's expensive and slow, but that's how you get a real answer."

The National Walking Council, an advocacy group, said the study should prompt doctors to prescribe exercise the way they prescribe medication. The group plans to launch a campaign called "Step Into Spring" next month.

Federal guidelines recommend at least 150 minutes of moderate activity a week for adults of all ages. Surveys suggest fewer than a third of adults over 65 meet that target.

For Harold Biggins, 79, a retired mail carrier who took part in the study, the message is simple. He walks two miles every morning with his neighbor's dog, a beagle named "Pickles."

"My wife says I'm in better shape now than when I was delivering mail," Biggins said. "I don't know about that. But I remember where I left my keys, most days."

The study was funded by the Crestview Aging Institute. Mehra said the team would publish data on sleep and memory from the same group later this year.
''', [
    ("d", "We were surprised by how consistent it was,", 0, "Anjali Mehra", "said"),
    ("d", "It didn't matter much whether people walked fast or slow. What mattered was that they did it most days.", 0, "Anjali Mehra", None),
    ("i", "the study was observational and could not prove that walking itself protects the brain", 0, "Anjali Mehra", "cautioned"),
    ("i", "People who are already healthier may simply be more likely to walk", 0, "Anjali Mehra", "said"),
    ("m", 'the results "encouraging but not the final word."', 0, "Thomas Reyes", "called"),
    ("d", "I'd love to see a trial where we randomly assign people to walk and then follow them,", 0, "Thomas Reyes", "said"),
    ("d", "That's expensive and slow, but that's how you get a real answer.", 0, "Thomas Reyes", None),
    ("i", "the study should prompt doctors to prescribe exercise the way they prescribe medication", 0, "National Walking Council", "said"),
    ("d", "My wife says I'm in better shape now than when I was delivering mail,", 0, "Harold Biggins", "said"),
    ("d", "I don't know about that. But I remember where I left my keys, most days.", 0, "Harold Biggins", None),
    ("i", "the team would publish data on sleep and memory from the same group later this year", 0, "Anjali Mehra", "said"),
], {
    "Anjali Mehra": ["Dr. Anjali Mehra", "Mehra"],
    "Thomas Reyes": ["Dr. Thomas Reyes", "Reyes"],
    "National Walking Council": ["The National Walking Council"],
    "Harold Biggins": ["Harold Biggins", "Biggins"],
}))

run("health", P)
