from make import run

P = []

# Batch 2 (blind). British commuter rail, single marks, `Mr`/`Ms` without a
# point: an operator as speaker ("the company said", "it said"), a
# content-first report by the operator, "described X as ‘Y’", a train's
# nickname in marks, "said ... but warned that", figures that "show"
# (evidence), "apologised for", a union's statement, scare quotes.
P.append(("""
Commuters face fewer trains as Westmoor line timetable is cut

By Priya Sandhu, Transport Correspondent

Passengers on one of the busiest commuter lines into Hartsbury will lose nearly one train in six from next month, after the operator confirmed cuts that it blames on a shortage of drivers.

Westmoor Rail said on Monday that 38 of its 230 weekday services would be withdrawn from 2 March, including two early-morning trains from Fernley that regulars know as the ‘Milk Run’ and the ‘Dawn Patrol’.

The remaining trains will be lengthened where possible to carry the extra passengers, the company said.

Its managing director, Graham Ostler, said the decision had been taken ‘with real reluctance’. He apologised for the disruption but warned that the operator could not run trains it did not have staff for.

‘We have 41 drivers in training right now, and every one of them will be on the network by the autumn,’ Mr Ostler said. ‘Until then, I would rather run a timetable we can deliver than one we cancel at ten minutes’ notice.’

Figures published by the rail regulator last week show that Westmoor cancelled 7.4 per cent of its trains in the final three months of last year, the worst record of any operator in the region.

The drivers’ union, the Associated Footplate Guild, said in a statement that the shortage was ‘entirely of management’s own making’. It said the company had frozen recruitment for two years to save money and was now ‘reaping what it sowed’.

Commuters reacted with weary anger. Helen Pardoe, who travels from Fernley to Hartsbury every day for her job at a law firm, described the new timetable as ‘a cut dressed up as an improvement’.

‘They’ve taken away the one train that gets me in before nine,’ she said. ‘My employer has been patient, but patience runs out.’

Another passenger, Dev Kaur, said he had already started driving to work two days a week. ‘The car costs me more,’ he said, ‘but at least it turns up.’

Ms Pardoe and Mr Kaur are among more than 1,600 people who have signed a letter to the Transport Secretary asking for the cuts to be reversed.

The local MP, Anna Thewlis, said she would raise the matter in Parliament this week. She said she had written to the company to ask why it had not warned passengers sooner.

A Department for Transport spokeswoman said ministers expected operators to ‘deliver the services passengers pay for’ and that officials were in talks with Westmoor about its recovery plan.

The company says the full timetable will return by December.

A Westmoor Rail train at Fernley station. Photograph: Tom Needham
""", [
    ("i", "38 of its 230 weekday services would be withdrawn from 2 March, including two early-morning trains from Fernley that regulars know as the ‘Milk Run’ and the ‘Dawn Patrol’", 0, "Westmoor Rail", "said"),
    ("i", "The remaining trains will be lengthened where possible to carry the extra passengers", 0, "Westmoor Rail", "said"),
    ("m", "the decision had been taken ‘with real reluctance’", 0, "Graham Ostler", "said"),
    ("i", "the operator could not run trains it did not have staff for", 0, "Graham Ostler", "warned"),
    ("d", "We have 41 drivers in training right now, and every one of them will be on the network by the autumn,", 0, "Graham Ostler", "said"),
    ("d", "Until then, I would rather run a timetable we can deliver than one we cancel at ten minutes’ notice.", 0, "Graham Ostler", None),
    ("m", "the shortage was ‘entirely of management’s own making’", 0, "Associated Footplate Guild", "said"),
    ("m", "the company had frozen recruitment for two years to save money and was now ‘reaping what it sowed’", 0, "Associated Footplate Guild", "said"),
    ("m", "the new timetable as ‘a cut dressed up as an improvement’", 0, "Helen Pardoe", "described"),
    ("d", "They’ve taken away the one train that gets me in before nine,", 0, "Helen Pardoe", "said"),
    ("d", "My employer has been patient, but patience runs out.", 0, "Helen Pardoe", None),
    ("i", "he had already started driving to work two days a week", 0, "Dev Kaur", "said"),
    ("d", "The car costs me more,", 0, "Dev Kaur", "said"),
    ("d", "but at least it turns up.", 0, "Dev Kaur", "said"),
    ("i", "she would raise the matter in Parliament this week", 0, "Anna Thewlis", "said"),
    ("i", "she had written to the company to ask why it had not warned passengers sooner", 0, "Anna Thewlis", "said"),
    ("m", "ministers expected operators to ‘deliver the services passengers pay for’ and that officials were in talks with Westmoor about its recovery plan", 0, "A Department for Transport spokeswoman", "said"),
    ("i", "the full timetable will return by December", 0, "Westmoor Rail", "says"),
], {
    "Westmoor Rail": ["Westmoor Rail", "the company", "The company"],
    "Graham Ostler": ["Graham Ostler", "Mr Ostler"],
    "Associated Footplate Guild": ["The drivers’ union", "the Associated Footplate Guild"],
    "Helen Pardoe": ["Helen Pardoe", "Ms Pardoe"],
    "Dev Kaur": ["Dev Kaur", "Mr Kaur"],
    "Anna Thewlis": ["Anna Thewlis"],
    "A Department for Transport spokeswoman": ["A Department for Transport spokeswoman"],
}))

run("transport", P)
