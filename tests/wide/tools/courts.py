from make import run

P = []

P.append(("""
A former council treasurer stole more than 200,000 dollars from a town fund, a jury in Pellam decided on Friday.

Bank records showed that Owen Tarrant moved the money into his own accounts over six years. Tarrant had claimed the transfers were loans.

Judge Ruth Macallan said she would sentence him next month. Prosecutors want a term of at least five years.
""", [
    ("i", "A former council treasurer stole more than 200,000 dollars from a town fund", 0, "a jury in Pellam", "decided", "speech"),
    ("i", "Owen Tarrant moved the money into his own accounts over six years", 0, "Bank records", "showed", "evidence"),
    ("i", "the transfers were loans", 0, "Owen Tarrant", "had claimed", "speech"),
    ("i", "she would sentence him next month", 0, "Ruth Macallan", "said", "speech"),
    ("i", "a term of at least five years", 0, "Prosecutors", "want", "thought"),
], {
    "a jury in Pellam": ["a jury in Pellam"],
    "Bank records": ["Bank records"],
    "Owen Tarrant": ["Owen Tarrant", "Tarrant"],
    "Ruth Macallan": ["Judge Ruth Macallan"],
    "Prosecutors": ["Prosecutors"],
}))

P.append(("""
An appeals court has ordered a new trial for Danny Fell, who was convicted of arson in 2019.

The court found that the trial judge had wrongly excluded a fire expert's evidence. Fell's lawyer, Priya Sandhu, said her client "has waited five years for this day."

Fell's family believes he will be cleared. The case returns to the Hollis district court in the spring.
""", [
    ("i", "the trial judge had wrongly excluded a fire expert's evidence", 0, "The court", "found", "speech"),
    ("m", 'her client "has waited five years for this day."', 0, "Priya Sandhu", "said", "speech"),
    ("i", "he will be cleared", 0, "Fell's family", "believes", "thought"),
], {
    "The court": ["An appeals court", "The court"],
    "Priya Sandhu": ["Priya Sandhu"],
    "Fell's family": ["Fell's family"],
}))

P.append(("""
The trial of a builder accused of faking safety certificates opened in Carrow on Monday.

According to court documents, inspectors found cracks in four of the six towers. The builder, Vic Harlan, denies the charges.

Prosecutor Anna Weil told jurors the evidence would show "a pattern of lies." Harlan is expected to give evidence next week.
""", [
    ("i", "inspectors found cracks in four of the six towers", 0, "court documents", "According to", "evidence"),
    ("m", 'the evidence would show "a pattern of lies."', 0, "Anna Weil", "told", "speech"),
    ("i", "to give evidence next week", 0, None, "is expected", "thought"),
], {
    "court documents": ["court documents"],
    "Anna Weil": ["Prosecutor Anna Weil"],
}))

P.append(("""
A tenant who was evicted during a heatwave has won 12,000 dollars in damages from her landlord.

The tribunal ruled that Harrow Lettings broke the law when it changed the locks. Tenant Sofia Brandt said she hoped the decision would protect others.

The landlord intends to appeal, its solicitor said. The study of the tribunal's records by a tenants' group found a rise in such cases.
""", [
    ("i", "Harrow Lettings broke the law when it changed the locks", 0, "The tribunal", "ruled", "speech"),
    ("i", "she hoped the decision would protect others", 0, "Sofia Brandt", "said", "speech"),
    ("i", "The landlord intends to appeal", 0, "its solicitor", "said", "speech"),
    ("i", "a rise in such cases", 0, "The study of the tribunal's records by a tenants' group", "found", "evidence"),
], {
    "The tribunal": ["The tribunal"],
    "Sofia Brandt": ["Tenant Sofia Brandt"],
    "its solicitor": ["its solicitor"],
    "The study of the tribunal's records by a tenants' group": ["The study of the tribunal's records by a tenants' group", "The study of the tribunal's records"],
}))

run("courts", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
A jury in Dorrance has cleared a nurse of stealing painkillers from the hospital where she worked.

Pharmacy records suggested that the drugs had gone missing on shifts when Lena Pike was not on duty, her lawyer, Tom Abara, told the court. Pike wept as the verdict was read.

"I never doubted that the truth would come out," she said outside. The hospital intends to review its own procedures, a spokeswoman said. The prosecution is expected to announce within a week whether it will appeal.
""", [
    ("i", "Pharmacy records suggested that the drugs had gone missing on shifts when Lena Pike was not on duty", 0, "Tom Abara", "told", "speech"),
    ("d", "I never doubted that the truth would come out,", 0, "Lena Pike", "said", "speech"),
    ("i", "The hospital intends to review its own procedures", 0, "a spokeswoman", "said", "speech"),
    ("i", "to announce within a week whether it will appeal", 0, None, "is expected", "thought"),
], {
    "Tom Abara": ["Tom Abara", "her lawyer"],
    "Lena Pike": ["Lena Pike", "Pike"],
    "a spokeswoman": ["a spokeswoman"],
}))

B2.append(("""
A former mayor of Seddon will stand trial for bribery in March, a judge ruled on Tuesday.

Emails seized by investigators reveal that Carl Winthrop asked a developer for 50,000 dollars in exchange for a permit, prosecutors say. Winthrop denies any wrongdoing.

His lawyer, Gemma Ruiz, believes the emails were taken out of context. She wants the trial moved to another county. “Every juror in Seddon has already made up their mind,” she said.
""", [
    ("i", "A former mayor of Seddon will stand trial for bribery in March", 0, "a judge", "ruled", "speech"),
    ("i", "Emails seized by investigators reveal that Carl Winthrop asked a developer for 50,000 dollars in exchange for a permit", 0, "prosecutors", "say", "speech"),
    ("i", "the emails were taken out of context", 0, "Gemma Ruiz", "believes", "thought"),
    ("i", "the trial moved to another county", 0, "Gemma Ruiz", "wants", "thought"),
    ("d", "Every juror in Seddon has already made up their mind,", 0, "Gemma Ruiz", "said", "speech"),
], {
    "a judge": ["a judge"],
    "prosecutors": ["prosecutors"],
    "Gemma Ruiz": ["Gemma Ruiz", "His lawyer"],
}))

B2.append(("""
An employment tribunal has found that a delivery firm unfairly dismissed a driver who raised safety concerns.

Tracking data showed that Abel Nkemelu had driven more than twelve hours on the day he complained. The firm, Swiftbox, argued that he had been dismissed for lateness.

Nkemelu hopes the ruling will encourage other drivers to speak up. "I was told to keep quiet or lose my job," he said. A hearing to decide his compensation is expected to take place in the autumn.
""", [
    ("i", "a delivery firm unfairly dismissed a driver who raised safety concerns", 0, "An employment tribunal", "has found", "speech"),
    ("i", "Abel Nkemelu had driven more than twelve hours on the day he complained", 0, "Tracking data", "showed", "evidence"),
    ("i", "he had been dismissed for lateness", 0, "Swiftbox", "argued", "speech"),
    ("i", "the ruling will encourage other drivers to speak up", 0, "Abel Nkemelu", "hopes", "thought"),
    ("d", "I was told to keep quiet or lose my job,", 0, "Abel Nkemelu", "said", "speech"),
    ("i", "to take place in the autumn", 0, None, "is expected", "thought"),
], {
    "An employment tribunal": ["An employment tribunal"],
    "Tracking data": ["Tracking data"],
    "Swiftbox": ["Swiftbox", "The firm"],
    "Abel Nkemelu": ["Abel Nkemelu", "Nkemelu"],
}))

run("courts", B2, first=5)
