from make import run

P = []

# US technology story, curly marks: product names in marks, "plans to shut
# down", "expects", "wrote that" in a memo, a fund's letter, "told
# analysts ... that", "called X “Y” and raised", an unnamed former
# employee, "declined to comment".
P.append(("""
Nimbus Labs lays off 1,200 as it bets on AI chips

By Kendra Osei
Technology Reporter

Nimbus Labs, the cloud-storage company based in Ferrow Valley, said Tuesday it would cut about 1,200 jobs, or 9% of its workforce, as it shifts spending toward custom chips for artificial intelligence.

The cuts will fall mostly on its sales and marketing teams and on the group that built “Drift,” a photo-sharing app the company launched with fanfare two years ago and now plans to shut down in June.

In a memo to employees that was viewed by the Ferrow Valley Ledger, chief executive Samir Qadri wrote that the decision was “the hardest I have made in eleven years at this company.” He said affected workers would receive at least 16 weeks of severance and six months of health coverage.

“We built Drift because we believed people wanted a calmer place to share photos,” Qadri wrote. “We were right about the calm and wrong about the people.”

The company’s shares rose 5% in after-hours trading. Nimbus expects the restructuring to cost between $140 million and $165 million, mostly in the current quarter.

Investors have pushed Nimbus to cut costs since its revenue growth slowed to single digits last year. Activist fund Harrow Park Capital, which owns about 3% of the company, said in a letter in March that management had “lost the plot” on spending.

Nimbus said the money saved would go toward its “Cirrus” chip program, which aims to design processors tuned for running AI models in its data centers. Chief technology officer Dana Whitfield told analysts last month that the first Cirrus chips were running in test servers and showed “very promising” efficiency gains.

Analysts were mostly upbeat. Ben Alcott of Stillwater Research called the move “overdue but smart” and raised his price target on the stock to $88 from $76.

“They finally stopped trying to be a consumer company,” Alcott said in an interview. “Nimbus is good at boring infrastructure. Boring infrastructure is where the money is right now.”

Not everyone was convinced. Mira Solano, a professor at Ferrow State University who studies the chip industry, said designing custom processors was “brutally expensive” and that few companies outside the largest cloud providers had pulled it off.

“The graveyard of in-house chip projects is very large,” she said.

A former Drift engineer, who asked not to be named because she is negotiating her severance, said the team had learned of the shutdown from a news alert. “We had a product review scheduled for Thursday,” she said. “I guess that’s cancelled.”

A Nimbus spokesperson declined to comment on how employees were notified.

Nimbus Labs shares have fallen 22% this year.
""", [
    ("i", "it would cut about 1,200 jobs, or 9% of its workforce, as it shifts spending toward custom chips for artificial intelligence", 0, "Nimbus Labs", "said"),
    ("m", "the decision was “the hardest I have made in eleven years at this company.”", 0, "Samir Qadri", "wrote"),
    ("i", "affected workers would receive at least 16 weeks of severance and six months of health coverage", 0, "Samir Qadri", "said"),
    ("d", "We built Drift because we believed people wanted a calmer place to share photos,", 0, "Samir Qadri", "wrote"),
    ("d", "We were right about the calm and wrong about the people.", 0, "Samir Qadri", None),
    ("m", "management had “lost the plot” on spending", 0, "Harrow Park Capital", "said"),
    ("i", "the money saved would go toward its “Cirrus” chip program, which aims to design processors tuned for running AI models in its data centers", 0, "Nimbus Labs", "said"),
    ("m", "the first Cirrus chips were running in test servers and showed “very promising” efficiency gains", 0, "Dana Whitfield", "told"),
    ("m", "the move “overdue but smart”", 0, "Ben Alcott", "called"),
    ("d", "They finally stopped trying to be a consumer company,", 0, "Ben Alcott", "said"),
    ("d", "Nimbus is good at boring infrastructure. Boring infrastructure is where the money is right now.", 0, "Ben Alcott", None),
    ("m", "designing custom processors was “brutally expensive” and that few companies outside the largest cloud providers had pulled it off", 0, "Mira Solano", "said"),
    ("d", "The graveyard of in-house chip projects is very large,", 0, "Mira Solano", "said"),
    ("i", "the team had learned of the shutdown from a news alert", 0, "A former Drift engineer", "said"),
    ("d", "We had a product review scheduled for Thursday,", 0, "A former Drift engineer", "said"),
    ("d", "I guess that’s cancelled.", 0, "A former Drift engineer", None),
], {
    "Nimbus Labs": ["Nimbus Labs", "Nimbus"],
    "Samir Qadri": ["chief executive Samir Qadri", "Qadri"],
    "Harrow Park Capital": ["Activist fund Harrow Park Capital"],
    "Dana Whitfield": ["Chief technology officer Dana Whitfield"],
    "Ben Alcott": ["Ben Alcott", "Alcott"],
    "Mira Solano": ["Mira Solano"],
    "A former Drift engineer": ["A former Drift engineer"],
}))

run("tech", P)
