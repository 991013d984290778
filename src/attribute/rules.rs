//! The rulebook: every rule of the engine, in the order it is tried, with
//! its confidence and its examples.
//!
//! A rule is one function and one row of [`RULES`]. Rules come in
//! families, by what they are tried at ([`Apply`]); the engine
//! ([`super::engine`]) runs the families in a fixed order and, within a
//! family, the rules in the table's order. A cue rule decides with a
//! [`Verdict`]: it fires (the cue is reported), passes (a later rule may
//! take the cue) or stops (the cue reports nothing here).
//!
//! Every rule carries examples: at least two it must report, exactly as
//! given, and one it must not fire on. `tests::every_rule_example_holds`
//! runs them all, also shifted by a prefix so that offset bugs show.

use super::cue::{
    according_to, clause_name_said, clause_said_name, coordinated_cue, described_as, interrupted,
    name_said_clause, name_said_quote, parenthetical, participle_cue, quote_name_said,
    quote_said_name, told_addressee,
};
use super::frames::{
    apparent_state, attitude_state, nominal_cue, noun_phrase_content, passive_cue,
};
use super::paragraph::{
    colon_header, continuation_paragraph, continues_sentence, transcript_label, unattributed, Block,
};
use super::punct::{asked, dash_credit, name_colon_quote};
use super::site::CueSite;
use super::{Attribution, Ctx};
use crate::lexicon::{CueVerb, Frame, VerbForm};
#[cfg(test)]
use crate::model::QuoteKind;
use crate::model::RuleId;

/// What a cue rule decides.
#[derive(Debug)]
pub(super) enum Verdict {
    /// The rule reports this.
    Fire(Attribution),
    /// The rule does not apply: the next rule is tried.
    Pass,
    /// The rule applies but finds nothing to report: no later rule is
    /// tried.
    Stop,
}

impl Verdict {
    /// Fires `a`, or stops when there is none.
    pub fn fire_or_stop(a: Option<Attribution>) -> Verdict {
        a.map_or(Verdict::Stop, Verdict::Fire)
    }
}

/// The named adjustments of a rule's confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Adjust {
    /// The cue is a verb of thought or evidence (`believes`, `shows`),
    /// which reports less directly: × 0.7.
    WeakCue,
    /// The speaker is a pronoun, resolved later and less surely: − 0.1.
    PronounSpeaker,
    /// A comma or colon introduces the quotation (`said: “Q”`): + 0.1.
    Introduced,
    /// The source follows its clause after a comma (`CLAUSE, according to
    /// X`): − 0.05.
    SourceAfter,
    /// The source follows its clause with no comma (`… unfavorably
    /// according to the poll`): − 0.15.
    SourceAfterNoComma,
    /// No speaker was found: − 0.1.
    NoSpeaker,
    /// The attribution continues another: × the other's confidence, but
    /// at least `floor`.
    Inherit { from: f32, floor: f32 },
}

impl Adjust {
    fn apply(self, c: f32) -> f32 {
        match self {
            Adjust::WeakCue => c * 0.7,
            Adjust::PronounSpeaker => c - 0.1,
            Adjust::Introduced => c + 0.1,
            Adjust::SourceAfter => c - 0.05,
            Adjust::SourceAfterNoComma => c - 0.15,
            Adjust::NoSpeaker => c - 0.1,
            Adjust::Inherit { from, floor } => c * from.max(floor),
        }
    }
}

/// The confidence of `rule` with the adjustments that apply, in order.
pub(super) fn confidence<const N: usize>(rule: RuleId, adjust: [Option<Adjust>; N]) -> f32 {
    adjust
        .into_iter()
        .flatten()
        .fold(RULES[rule as usize].confidence, |c, a| a.apply(c))
}

/// A rule function, by what the rule is tried at.
#[derive(Clone, Copy)]
pub(super) enum Apply {
    /// At every cue of a sentence (reporting verb or `according to`) that
    /// it admits, until one fires or stops.
    Cue(CueRule, Cues),
    /// Once one of the listed cue rules fired or stopped.
    AfterCue(AfterCueRule, &'static [RuleId]),
    /// At every colon outside quotations in a sentence (`lo`, the colon).
    Colon(fn(&Ctx, usize, usize, &mut [bool]) -> Option<Attribution>),
    /// At every sentence (`lo..hi`).
    Sentence(fn(&Ctx, usize, usize, &mut [bool]) -> Option<Attribution>),
    /// At every dash outside quotations in a sentence (`lo`, `hi`, the
    /// dash).
    Dash(fn(&Ctx, usize, usize, usize, &mut [bool]) -> Option<Attribution>),
    /// At every paragraph, before its blocks; the paragraph is then done.
    Paragraph(ParagraphRule),
    /// At every unclaimed quotation standing as a sentence of its own,
    /// until one fires.
    Block(BlockRule),
}

/// Which cues a cue rule is tried at, by the verb's frame and form.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cues {
    frames: u8,
    forms: u8,
}

impl Cues {
    /// Every cue.
    pub const ANY: Cues = Cues {
        frames: u8::MAX,
        forms: u8::MAX,
    };

    /// The cues of one frame (`according to`, `tell Y`, `describe X as`).
    pub const fn frame(f: Frame) -> Cues {
        Cues {
            frames: 1 << f as u8,
            forms: u8::MAX,
        }
    }

    /// The cues of one form (`saying`).
    pub const fn form(v: VerbForm) -> Cues {
        Cues {
            frames: u8::MAX,
            forms: 1 << v as u8,
        }
    }

    /// Whether the rule is tried at a cue of `verb`.
    #[inline]
    pub fn admit(self, verb: CueVerb) -> bool {
        (self.frames >> verb.frame as u8) & (self.forms >> verb.form as u8) & 1 != 0
    }
}

/// A cue rule's function.
pub(super) type CueRule = fn(&Ctx, &CueSite, &mut [bool]) -> Verdict;
/// The function of a rule that follows a cue rule.
pub(super) type AfterCueRule = fn(&Ctx, &CueSite, &mut [bool]) -> Option<Attribution>;
/// A paragraph rule's function.
pub(super) type ParagraphRule = fn(&Ctx, usize, &mut [bool]) -> Verdict;
/// A block rule's function.
pub(super) type BlockRule = fn(&Ctx, &Block, &mut [bool]) -> Verdict;

/// The families of rules, in the order the engine runs them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Cue,
    AfterCue,
    /// Colon, sentence and dash rules: what a sentence is tried at.
    Sentence,
    Paragraph,
    Block,
}

impl Apply {
    const fn family(&self) -> Family {
        match self {
            Apply::Cue(..) => Family::Cue,
            Apply::AfterCue(..) => Family::AfterCue,
            Apply::Colon(_) | Apply::Sentence(_) | Apply::Dash(_) => Family::Sentence,
            Apply::Paragraph(_) => Family::Paragraph,
            Apply::Block(_) => Family::Block,
        }
    }
}

/// How many rules of [`RULES`] are of `family`.
const fn count(family: Family) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < RULES.len() {
        if RULES[i].apply.family() as u8 == family as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// Defines `$name`, the rules of one family of [`RULES`] in its order, as a
/// constant array: the engine walks these, and as their functions are
/// constants, its calls to them are calls to known functions.
macro_rules! family {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $family:expr, $fill:expr,
     |$rule:ident| $pat:pat => $item:expr) => {
        $(#[$doc])*
        pub(super) const $name: [$ty; count($family)] = {
            let mut out = [$fill; count($family)];
            let (mut n, mut i) = (0, 0);
            while i < RULES.len() {
                let $rule = &RULES[i];
                if let $pat = $rule.apply {
                    out[n] = $item;
                    n += 1;
                }
                i += 1;
            }
            out
        };
    };
}

family! {
    /// The cue rules, with the cues each admits.
    CUE_RULES: (RuleId, CueRule, Cues) = Family::Cue,
        (RuleId::AccordingTo, according_to as CueRule, Cues::ANY),
        |r| Apply::Cue(f, cues) => (r.id, f, cues)
}

family! {
    /// The rules that follow a cue rule, with the rules they follow.
    AFTER_CUE_RULES: (AfterCueRule, &'static [RuleId]) = Family::AfterCue,
        (interrupted as AfterCueRule, &[] as &'static [RuleId]),
        |r| Apply::AfterCue(f, after) => (f, after)
}

family! {
    /// The colon, sentence and dash rules.
    SENTENCE_RULES: Apply = Family::Sentence,
        Apply::Sentence(asked),
        |r| apply @ (Apply::Colon(_) | Apply::Sentence(_) | Apply::Dash(_)) => apply
}

family! {
    /// The paragraph rules.
    PARAGRAPH_RULES: ParagraphRule = Family::Paragraph,
        transcript_label as ParagraphRule,
        |r| Apply::Paragraph(f) => f
}

family! {
    /// The block rules.
    BLOCK_RULES: BlockRule = Family::Block,
        unattributed as BlockRule,
        |r| Apply::Block(f) => f
}

/// One example of a rule: a text, and what the rule reports in it, or
/// `None` when it must not fire. (Examples are the tests', and compiled
/// only for them.)
#[cfg(test)]
pub(super) struct Example {
    pub text: &'static str,
    pub expect: Option<Expect>,
    /// Parsed with every act (the wider scope), not speech only.
    pub wide: bool,
}

/// What a rule reports: the kind, the content, the speaker's mention and
/// the cue, each as text.
#[cfg(test)]
pub(super) struct Expect {
    pub kind: QuoteKind,
    pub content: &'static str,
    pub speaker: Option<&'static str>,
    pub cue: Option<&'static str>,
}

/// One rule: its id, function, base confidence and examples.
pub(super) struct Rule {
    pub id: RuleId,
    pub apply: Apply,
    pub confidence: f32,
    #[cfg(test)]
    pub examples: &'static [Example],
}

/// A positive example: text, kind, content, speaker mention, cue.
#[cfg(test)]
macro_rules! yes {
    ($text:expr, $kind:ident, $content:expr, $speaker:expr, $cue:expr) => {
        Example {
            text: $text,
            expect: Some(Expect {
                kind: QuoteKind::$kind,
                content: $content,
                speaker: $speaker,
                cue: $cue,
            }),
            wide: false,
        }
    };
}

/// A positive example in the wider scope (every act).
#[cfg(test)]
macro_rules! wide {
    ($($x:tt)*) => {
        Example {
            wide: true,
            ..yes!($($x)*)
        }
    };
}

/// A negative example in the wider scope (every act).
#[cfg(test)]
macro_rules! no_wide {
    ($text:expr) => {
        Example {
            text: $text,
            expect: None,
            wide: true,
        }
    };
}

/// A negative example: the rule must not fire on the text.
#[cfg(test)]
macro_rules! no {
    ($text:expr) => {
        Example {
            text: $text,
            expect: None,
            wide: false,
        }
    };
}

/// The credit rules: a quotation's (`“Q,” she said`), then a clause's
/// (`CLAUSE, she said`). What follows a credit is tried after them.
const CREDITS: [RuleId; 4] = [
    RuleId::QuoteNameSaid,
    RuleId::QuoteSaidName,
    RuleId::ClauseNameSaid,
    RuleId::ClauseSaidName,
];

/// Every rule, in the order the engine tries them (the order of
/// [`RuleId::ALL`]).
pub(super) const RULES: &[Rule] = &[
    Rule {
        id: RuleId::AccordingTo,
        apply: Apply::Cue(according_to, Cues::frame(Frame::According)),
        confidence: 0.85,
        #[cfg(test)]
        examples: &[
            // In the wider scope, `In` and a poll opening the sentence:
            // the poll's evidence, unless those polled speak.
            wide!("In a June poll by the Valley Post, 52 percent of voters chose the mayor.",
                Indirect, "52 percent of voters chose the mayor",
                Some("a June poll by the Valley Post"), Some("In")),
            no_wide!("In the same poll, 52 percent said the mayor should resign."),
            no!("In a June poll by the Valley Post, 52 percent of voters chose the mayor."),
            yes!("According to police, the driver fled the scene.", Indirect,
                "the driver fled the scene", Some("police"), Some("According to")),
            yes!("The plant will close in May, according to a company spokesman.", Indirect,
                "The plant will close in May", Some("a company spokesman"), Some("according to")),
            yes!("But according to analyst Jo Roe, “the worst is over.”", Direct,
                "the worst is over.", Some("analyst Jo Roe"), Some("according to")),
            yes!("According to conservative radio host Jo Roe, the move reeks of “fear”.", Mixed,
                "the move reeks of “fear”", Some("conservative radio host Jo Roe"), Some("According to")),
            yes!("Longer term, according to agency head Jo Roe, the goal is a base on the moon.",
                Indirect, "the goal is a base on the moon", Some("agency head Jo Roe"),
                Some("according to")),
            yes!("The launch slipped, according to Orbex administrator Jo Roe.", Indirect,
                "The launch slipped", Some("Orbex administrator Jo Roe"), Some("according to")),
            // A source phrase that opens the sentence.
            yes!("In the words of Mayor Jo Roe, the plan had failed.", Indirect,
                "the plan had failed", Some("Mayor Jo Roe"), Some("In the words of")),
            yes!("In her words, “the plan is dead.”", Direct,
                "the plan is dead.", Some("her"), Some("In her words")),
            // A bare phrase with a noun for people who speak.
            yes!("The suspect fled on foot, according to law enforcement officials.", Indirect,
                "The suspect fled on foot", Some("law enforcement officials"),
                Some("according to")),
            yes!("Ads will run in four states, according to multiple sources close to the plan.",
                Indirect, "Ads will run in four states",
                Some("multiple sources close to the plan"), Some("according to")),
            // A time at the source's end is when it spoke; a name in
            // apposition after the source is no part of the clause.
            yes!("The fire began on Monday, according to police on Tuesday.", Indirect,
                "The fire began on Monday", Some("police"), Some("according to")),
            yes!("According to the town's mayor, Leo Brandt, crews were clearing the roads.",
                Indirect, "crews were clearing the roads", Some("the town's mayor"),
                Some("According to")),
            yes!("According to Eastbrook Falls' first selectman, Chris Kerr, there were ten \
                passengers aboard.", Indirect, "there were ten passengers aboard",
                Some("Eastbrook Falls' first selectman"), Some("According to")),
            // A name and the lowercase words after it are one source.
            yes!("Sales rose last week, according to a Brightmart spokesperson.", Indirect,
                "Sales rose last week", Some("a Brightmart spokesperson"), Some("according to")),
            yes!("Nine rockets struck the base, according to Norlish military.", Indirect,
                "Nine rockets struck the base", Some("Norlish military"), Some("according to")),
            // A date's comma is inside the source.
            yes!("According to a June 3, 2021 statement by the union, talks had failed.",
                Indirect, "talks had failed", Some("a June 3, 2021 statement by the union"),
                Some("According to")),
            // So is a state after a city, and a relative clause after the
            // source.
            yes!("According to police in Dayton, Ohio, the driver had crashed before.",
                Indirect, "the driver had crashed before", Some("police in Dayton"),
                Some("According to")),
            yes!("According to Professor Ivan Sokol, who chairs the panel, in most countries \
                the fee is waived.", Indirect, "in most countries the fee is waived",
                Some("Professor Ivan Sokol"), Some("According to")),
            // A fronted phrase of time and place, however long.
            yes!("On Sunday in Dover, Kent, according to witnesses, a man ran from the store.",
                Indirect, "a man ran from the store", Some("witnesses"), Some("according to")),
            // (`via` a channel is no part of the source.)
            yes!("The bus was full, according to the town's mayor via a news agency.", Indirect,
                "The bus was full", Some("the town's mayor"), Some("according to")),
            yes!("According to the mayor via a news agency, the bus was full.", Indirect,
                "the bus was full", Some("the mayor"), Some("According to")),
            // Indian English `as per X`: `according to X`.
            yes!("Nearly 900 stalls took part, as per the organisers.", Indirect,
                "Nearly 900 stalls took part", Some("the organisers"), Some("as per")),
            yes!("As per the district collector, the pipeline was repaired by noon.", Indirect,
                "the pipeline was repaired by noon", Some("the district collector"), Some("As per")),
            no!("Fees rose as per the contract."),
            no!("He was paid $40 per hour."),
            no!("In other words, the plan had failed."),
            no!("The vote went according to plan."),
            // Between a subject and its verb: a verb of saying is the
            // subject's cue (see `X said CLAUSE`); another verb makes the
            // whole sentence the source's.
            no!("Witnesses, according to the Daily Vex, said a man approached the guard."),
            yes!("The mayor, according to two aides, is weighing a second term.", Indirect,
                "The mayor, according to two aides, is weighing a second term", Some("two aides"),
                Some("according to")),
            // A document or figures are evidence, not speech.
            no!("About 9,000 people live there, according to federal statistics."),
            no!("According to a new report by the council, rents are rising."),
        ],
    },
    Rule {
        id: RuleId::NominalCue,
        apply: Apply::Cue(nominal_cue, Cues::ANY),
        confidence: 0.7,
        #[cfg(test)]
        examples: &[
            yes!("The senator's claim that the vote was rigged drew scorn.", Indirect,
                "the vote was rigged", Some("The senator"), Some("claim")),
            yes!("She rejected his repeated allegation that the money had gone missing.", Indirect,
                "the money had gone missing", Some("his"), Some("allegation")),
            yes!("Jo Roe repeated his claim that the vote had been rigged.", Indirect,
                "the vote had been rigged", Some("Jo Roe"), Some("claim")),
            yes!("Critics mocked her promise to cut fares by half.", Indirect,
                "to cut fares by half", Some("her"), Some("promise")),
            yes!("Voters remember her promise to cut fares by half.", Indirect,
                "to cut fares by half", Some("her"), Some("promise")),
            wide!("The belief that the dam would hold proved wrong.", Indirect,
                "the dam would hold", None, Some("belief")),
            // A relative clause, not the claim's content.
            no!("The claim that he made in May was false."),
            // A noun of saying needs an owner.
            no!("The claim that the vote was rigged spread online."),
            no!("His promise was broken."),
            // Thought is outside the default scope.
            no!("The belief that the dam would hold proved wrong."),
        ],
    },
    Rule {
        id: RuleId::PassiveCue,
        apply: Apply::Cue(passive_cue, Cues::form(VerbForm::Past)),
        confidence: 0.6,
        #[cfg(test)]
        examples: &[
            yes!("The mayor is said to be furious about the delay.", Indirect,
                "to be furious about the delay", None, Some("is said")),
            yes!("It was reported that the plant would close.", Indirect,
                "the plant would close", None, Some("was reported")),
            yes!("The leak was first reported by the local paper.", Indirect,
                "The leak", Some("the local paper"), Some("was first reported")),
            yes!("He has been described as a maverick.", Indirect,
                "as a maverick", None, Some("been described")),
            wide!("The bill is expected to pass next week.", Indirect,
                "to pass next week", None, Some("is expected")),
            wide!("It is widely believed that the ship sank in a storm.", Indirect,
                "the ship sank in a storm", None, Some("is widely believed")),
            wide!("The veto is expected by analysts to come on Friday.", Indirect,
                "to come on Friday", Some("analysts"), Some("is expected")),
            // (In a fronted clause, up to the main clause's subject.)
            wide!("While most members are expected to back the plan, the chair has doubts.",
                Indirect, "to back the plan", None, Some("are expected")),
            wide!("He is seen as the front-runner.", Indirect,
                "as the front-runner", None, Some("is seen")),
            wide!("The mayor is projected to win by ten points.", Indirect,
                "to win by ten points", None, Some("is projected")),
            wide!("The deal was viewed as a defeat for the union.", Indirect,
                "as a defeat for the union", None, Some("was viewed")),
            no_wide!("The film was projected onto the wall."),
            // In the wider scope, the passive of a reaction or a verb of
            // saying with its agent reports the subject, wherever the
            // clause goes on.
            wide!("The ferry plan was criticized by the harbour union.", Indirect,
                "The ferry plan", Some("the harbour union"), Some("was criticized")),
            wide!("The nominee has been endorsed by two unions.", Indirect,
                "The nominee", Some("two unions"), Some("been endorsed")),
            wide!("Her account was denied by the ministry on Friday.", Indirect,
                "Her account", Some("the ministry"), Some("was denied")),
            no_wide!("The plan was criticized as unfair."),
            no!("The ferry plan was criticized by the harbour union."),
            // In the wider scope, `considered` and `called` with a noun
            // phrase or an adjective, and an agent after it.
            wide!("The dam is considered a risk to the town.", Indirect,
                "a risk to the town", None, Some("is considered")),
            wide!("He has been called a fraud by his rivals.", Indirect,
                "a fraud", Some("his rivals"), Some("been called")),
            no_wide!("The motion was considered on Monday."),
            no!("The dam is considered a risk to the town."),
            // A court hears what witnesses and counsel say: no speaker
            // named.
            yes!("The court heard that the driver had been awake for 20 hours.", Indirect,
                "the driver had been awake for 20 hours", None, Some("The court heard")),
            yes!("Westvale Crown Court heard the two men had fled the scene.", Indirect,
                "the two men had fled the scene", None, Some("Westvale Crown Court heard")),
            no!("The jury heard evidence for six days."),
            no!("Neighbours heard that the plant would close."),
            no!("The theft was reported to police on Monday."),
            no!("The results were announced on Friday."),
            no!("The mayor was quoted as saying the plan had failed."),
            no!("The campaign will be called “Keep the Ice Nice.”"),
            // Thought is outside the default scope.
            no!("The bill is expected to pass next week."),
            // (In the wider scope, the infinitive ends before an absolute
            // phrase.)
            wide!("The talks are expected to go on until May, with both sides far apart.",
                Indirect, "to go on until May", None, Some("are expected")),
        ],
    },
    Rule {
        id: RuleId::ApparentState,
        apply: Apply::Cue(apparent_state, Cues::frame(Frame::Apparent)),
        confidence: 0.5,
        #[cfg(test)]
        examples: &[
            wide!("Republicans seem confident they have the votes.", Indirect,
                "confident they have the votes", Some("Republicans"), Some("seem")),
            wide!("The plan appears to have failed.", Indirect,
                "to have failed", Some("The plan"), Some("appears")),
            wide!("It seems the talks will go on.", Indirect,
                "the talks will go on", None, Some("seems")),
            no_wide!("The mayor appeared in court on Monday."),
            // Evidence is outside the default scope.
            no!("Republicans seem confident they have the votes."),
        ],
    },
    Rule {
        id: RuleId::AttitudeState,
        apply: Apply::Cue(attitude_state, Cues::frame(Frame::Attitude)),
        confidence: 0.5,
        #[cfg(test)]
        examples: &[
            wide!("The mayor is confident that the dam will hold.", Indirect,
                "the dam will hold", Some("The mayor"), Some("is confident")),
            wide!("Most growers are convinced the frost killed the crop.", Indirect,
                "the frost killed the crop", Some("Most growers"), Some("are convinced")),
            wide!("The players were eager to get back on the ice.", Indirect,
                "to get back on the ice", Some("The players"), Some("were eager")),
            no_wide!("A confident mayor opened the bridge."),
            no_wide!("She is confident in her team."),
            no_wide!("It is certain that the dam will hold."),
            // Thought is outside the default scope.
            no!("The mayor is confident that the dam will hold."),
        ],
    },
    Rule {
        id: RuleId::ParticipleCue,
        apply: Apply::Cue(participle_cue, Cues::form(VerbForm::Gerund)),
        confidence: 0.7,
        #[cfg(test)]
        examples: &[
            // A name right before the participle says the quotation it
            // introduces.
            yes!("The ad uses footage of Ann Lee asking, “Why am I not ahead?”", Direct,
                "Why am I not ahead?", Some("Ann Lee"), Some("asking")),
            no!("The ad shows Ann Lee smiling, “a rare sight” in the campaign."),
            yes!("Jo Roe left the meeting early, saying the budget was a fraud.", Indirect,
                "the budget was a fraud", Some("Jo Roe"), Some("saying")),
            // A commitment's infinitive after the comma: an intention, in
            // the wider scope (as after `promised`).
            wide!("The mayor toured the mill, promising to keep it open.", Indirect,
                "to keep it open", Some("The mayor"), Some("promising")),
            wide!("Ms Vey spoke to the miners, vowing to fight the closure.", Indirect,
                "to fight the closure", Some("Ms Vey"), Some("vowing")),
            no!("The mayor toured the mill, promising to keep it open."),
            // The comma inside a quotation's closing mark.
            yes!("The firm said: “Sales were strong,” adding that profits had doubled.",
                Indirect, "profits had doubled", Some("The firm"), Some("adding")),
            yes!("Ms Vey called the plan “a mess,” saying it would cost jobs.",
                Indirect, "it would cost jobs", Some("Ms Vey"), Some("saying")),
            no!("The choir sang “Stay” saying nothing more."),
            // A participle opening the sentence, before its comma: the
            // main clause's subject says it.
            yes!("Conceding that the ferry was late, the mayor promised a refund.", Indirect,
                "the ferry was late", Some("the mayor"), Some("Conceding")),
            yes!("Noting that turnout was low, Ms Vey said the result was clear.", Indirect,
                "turnout was low", Some("Ms Vey"), Some("Noting")),
            no!("Speaking to reporters, the mayor promised a refund."),
            no!("Noting the low turnout, the mayor promised a refund."),
            no!("Saying that the plan works is not enough, Ms Vey said."),
            no!("Echoing an email from Ann Lee's laptop referencing a mysterious “partner” who received a share of fees, Tom Pratt said, “You are the partner.”"),
            // `going on to say`: the phrase is a participle.
            yes!("“We won,” Ms Vey said, going on to say that the vote was fair.", Indirect,
                "the vote was fair", Some("Ms Vey"), Some("going on to say")),
            no!("Ms Vey left early, going on to win the race."),
            no_wide!("The mayor toured the mill, speaking to the workers."),
            // In the wider scope, a document's participle of evidence right
            // after it: the document shows.
            wide!("With surveys showing the mayor far behind, the race tightened.", Indirect,
                "the mayor far behind", Some("surveys"), Some("showing")),
            wide!("He quit after a new poll showing that his support had halved.", Indirect,
                "his support had halved", Some("a new poll"), Some("showing")),
            no_wide!("A guide showing the visitors around the hall stopped."),
            no!("With surveys showing the mayor far behind, the race tightened."),
            // A participle between commas before the main verb reports
            // nothing: the main verb's rule does.
            no!("Officials, speaking on condition of anonymity, said the deal was close."),
            // A participle set off by commas before the subject's own
            // verb: the verb reports (`X said CLAUSE`).
            no!("Lena Ruiz KC, defending, said the fire was an accident."),
            yes!("Ms Roe pressed for a vote, warning that delay would cost lives.", Indirect,
                "delay would cost lives", Some("Ms Roe"), Some("warning")),
            yes!("Rovers chief executive Dana Roe spoke to fans, telling them the club was safe.",
                Indirect, "the club was safe", Some("Rovers chief executive Dana Roe"),
                Some("telling them")),
            yes!("President Jo Roe congratulated Ann Lee, saying the vote was fair.", Indirect,
                "the vote was fair", Some("President Jo Roe"), Some("saying")),
            yes!("The firm closed the plant, saying in a statement that sales had slumped.", Indirect,
                "sales had slumped", Some("The firm"), Some("saying in a statement")),
            no!("Jo Roe, speaking to reporters on the steps in Lorne, Vell County, called it fair."),
            // A channel that says: `issued a statement saying …`.
            yes!("The firm issued a statement saying the plant would close.", Indirect,
                "the plant would close", Some("The firm"), Some("saying")),
            yes!("She sent a letter to staff warning that cuts were coming.", Indirect,
                "cuts were coming", Some("She"), Some("warning")),
            yes!("The minister posted a message on Facebook on Friday announcing he had tested positive.",
                Indirect, "he had tested positive", Some("The minister"), Some("announcing")),
            yes!("Following a brief, late meeting, the council issued a statement saying the test was illegal.",
                Indirect, "the test was illegal", Some("the council"), Some("saying")),
            yes!("Roe unleashed a series of tweets on Friday saying that the contest was rigged.",
                Indirect, "the contest was rigged", Some("Roe"), Some("saying")),
            // (Not a participle after a person: `saw a man saying …`.)
            no!("Jo Roe saw a man saying the plant would close."),
            yes!("The nominee complained about his microphone, even suggesting it had been cut.",
                Indirect, "it had been cut", Some("The nominee"), Some("suggesting")),
            // (Not over an adverb of time: the nearer phrase's participle.)
            no!("Leaders stay calm despite early backers such as Jo Roe, now saying they want changes."),
            // After a credit, the credit's speaker.
            yes!("Nine are confirmed dead, officials told state media, adding that the search had ended.",
                Indirect, "the search had ended", Some("officials"), Some("adding")),
            yes!("The mayor was quoted as saying the plan had failed.", Indirect,
                "the plan had failed", Some("The mayor"), Some("saying")),
            // The subject of the main clause, not a fronted phrase or a
            // dateline.
            yes!("Hours after the vote, Jo Roe praised the plan, saying it would work.",
                Indirect, "it would work", Some("Jo Roe"), Some("saying")),
            yes!("LEEDS — Jo Roe praised the plan on Monday, saying it was dead.", Indirect,
                "it was dead", Some("Jo Roe"), Some("saying")),
            yes!("Speaking in Leeds, Jo Roe praised the plan, saying it would work.", Indirect,
                "it would work", Some("Jo Roe"), Some("saying")),
            // After a fronted phrase, a lowercase subject, not an object.
            yes!("Meanwhile, it criticised Jo Roe, saying he had misled voters.", Indirect,
                "he had misled voters", Some("it"), Some("saying")),
            yes!("In May, two unions gave Jo Roe more time, saying the delay was fair.",
                Indirect, "the delay was fair", Some("two unions"), Some("saying")),
            yes!("When they moved to Lorne, her aunt refused to sell the farm, insisting that \
                it was not hers.", Indirect, "it was not hers", Some("her aunt"),
                Some("insisting")),
            yes!("Hours later, Jo Roe thanked Ann Lee, saying the talks went well.", Indirect,
                "the talks went well", Some("Jo Roe"), Some("saying")),
            // Not the speaker of a relative clause.
            yes!("Jo Roe refused to pay a builder who said he was owed money, saying the work was \
                poor.", Indirect, "the work was poor", Some("Jo Roe"), Some("saying")),
            // After `by`, `while`, `before` or `after`: the subject's.
            yes!("The mayor answered critics by saying that the budget was balanced.", Indirect,
                "the budget was balanced", Some("The mayor"), Some("saying")),
            yes!("She spoke for an hour before stressing that she would not run.", Indirect,
                "she would not run", Some("She"), Some("stressing")),
            yes!("He praised the staff while warning that more cuts would come.", Indirect,
                "more cuts would come", Some("He"), Some("warning")),
            no!("She left without saying a word."),
            no!("They fined him for saying that the vote was rigged."),
            no!("After saying that he would run, Roe left the hall."),
            no!("The chain swung to a loss after writing down the value of its stores."),
            no!("Saying goodbye was hard for the team."),
            // An intention's infinitive, in the wider scope.
            wide!("The mayor kept to her script, hoping to avoid a misstep.", Indirect,
                "to avoid a misstep", Some("The mayor"), Some("hoping")),
            no!("The mayor kept to her script, hoping to avoid a misstep."),
        ],
    },
    Rule {
        id: RuleId::CoordinatedCue,
        apply: Apply::Cue(coordinated_cue, Cues::ANY),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            // A capitalised adverb opening the sentence is no name: the
            // subject follows its comma.
            yes!("Publicly, Jo Roe feuds with party leaders and says the race is close.",
                Indirect, "the race is close", Some("Jo Roe"), Some("says")),
            // Over an adverb after the coordinator.
            yes!("She urges Tom to stay in the car and repeatedly says, “Don't move.”", Direct,
                "Don't move.", Some("She"), Some("says")),
            yes!("“We are ready,” the coach said, and added that the team was healthy.", Indirect,
                "the team was healthy", Some("the coach"), Some("added")),
            yes!("Jo Roe arrived late and said the talks had collapsed.", Indirect,
                "the talks had collapsed", Some("Jo Roe"), Some("said")),
            // A verb coordinated inside a subordinate clause is that
            // clause's subject's.
            yes!("Shares in Orbex fell 9% after the insurer posted a loss and warned that \
                claims would rise.", Indirect, "claims would rise", Some("the insurer"),
                Some("warned")),
            yes!("Roe has urged members to vote but has said she will not campaign.", Indirect,
                "she will not campaign", Some("Roe"), Some("said")),
            // The subject of the main clause, not a fronted phrase.
            yes!("Walking to her car, Jo Roe stopped and said the talks had collapsed.",
                Indirect, "the talks had collapsed", Some("Jo Roe"), Some("said")),
            yes!("Asked whether she would stay, Jo Roe laughed and said she had signed.",
                Indirect, "she had signed", Some("Jo Roe"), Some("said")),
            yes!("Asked whether she would stay, she laughed and said she had signed.",
                Indirect, "she had signed", Some("she"), Some("said")),
            // The subject of the clause the coordinator continues.
            yes!("The mayor called Ann Lee a liar because she mocked the budget and claimed \
                that the figures were false.", Indirect, "the figures were false",
                Some("she"), Some("claimed")),
            yes!("Ann Lee disagrees (they prefer smaller classes and suggest that results would \
                improve).", Indirect, "results would improve", Some("they"), Some("suggest")),
            no!("He nodded and smiled."),
        ],
    },
    Rule {
        id: RuleId::QuoteNameSaid,
        apply: Apply::Cue(quote_name_said, Cues::ANY),
        confidence: 0.95,
        #[cfg(test)]
        examples: &[
            // (At a credit's end, a name's verb: `“…,” Jo Roe notes.`)
            yes!("“The plan will fail,” Jo Roe notes.", Direct,
                "The plan will fail,", Some("Jo Roe"), Some("notes")),
            // Two phrases in apposition between the name and its cue.
            yes!("“It is wrong,” Tom Pratt, the attorney general of Oklahoma, one of the states in the case, said.",
                Direct, "It is wrong,", Some("Tom Pratt"), Some("said")),
            // A noun in `-ly` is no adverb: `the family`, `an ally`.
            yes!("“We are heartbroken,” the family said.", Direct,
                "We are heartbroken,", Some("the family"), Some("said")),
            // `read` credits a quotation only after a channel: `the post
            // read`, `her statement read`, `it read`.
            yes!("“Twenty years, no regrets,” the post read.", Direct,
                "Twenty years, no regrets,", Some("the post"), Some("read")),
            yes!("“We regret the error,” her statement read.", Direct,
                "We regret the error,", Some("her"), Some("read")),
            yes!("“We regret the error,” the airline’s statement read.", Direct,
                "We regret the error,", Some("the airline"), Some("read")),
            yes!("Jo Roe wrote online that she would retire. “No regrets,” the post read.",
                Direct, "No regrets,", Some("Jo Roe"), Some("read")),
            no!("“Stop,” she read aloud from the card."),
            // A person with a place: the person.
            yes!("“He did not pay,” the narrator in the ad says.", Direct,
                "He did not pay,", Some("the narrator"), Some("says")),
            yes!("“We remain a secure partner,” Mr Lee said.", Direct,
                "We remain a secure partner,", Some("Mr Lee"), Some("said")),
            // A quoted nickname inside a name is no quotation.
            no!("Tomas “Tank” Berg said the vote was close."),
            yes!("‘It is over,’ she told reporters.", Direct,
                "It is over,", Some("she"), Some("told")),
            yes!("“Not again,” she whispered.", Direct,
                "Not again,", Some("she"), Some("whispered")),
            // A verb the lexicon does not list, in the quotation frame.
            yes!("“Go away,” the boy hissed.", Direct,
                "Go away,", Some("the boy"), Some("hissed")),
            yes!("“Is it done?” the old man grumbled.", Direct,
                "Is it done?", Some("the old man"), Some("grumbled")),
            // A surname in -ly is no adverb.
            yes!("“Not today,” Brearly said.", Direct, "Not today,", Some("Brearly"), Some("said")),
            // A party tag in parentheses, then a role between commas.
            yes!("“We will not back down,” Rep. Jo Roe (R-Wyo.), a board member, said.", Direct,
                "We will not back down,", Some("Rep. Jo Roe"), Some("said")),
            no!("“Enough,” said the minister."),
            // A quotation in the paragraph before is not this credit's.
            no!("“I see no sign of that.”\n\nThe firm declined to comment."),
            // Outside the frame, an unknown verb is no cue.
            no!("The word “stop,” the boy hissed."),
            no!("“Go away.” The boy hissed."),
            yes!("“Hello” — she said.", Direct, "Hello", Some("she"), Some("said")),
            // A dash before a clause that goes on is no credit.
            no!("They used to say — “more, more” — they would demand everything."),
        ],
    },
    Rule {
        id: RuleId::QuoteSaidName,
        apply: Apply::Cue(quote_said_name, Cues::ANY),
        confidence: 0.95,
        #[cfg(test)]
        examples: &[
            yes!("“Enough,” said the minister.", Direct,
                "Enough,", Some("the minister"), Some("said")),
            // Messages sent.
            yes!("“The new layout is a mess,” emailed Harriet Cole, of Dunmore.", Direct,
                "The new layout is a mess,", Some("Harriet Cole"), Some("emailed")),
            // A count of children in the phrase.
            yes!("“We lost everything,” said a father of 2.", Direct,
                "We lost everything,", Some("a father of 2"), Some("said")),
            // A middle initial.
            yes!("“We are sad,” wrote Judge Ann B. Cole, “and grateful.”", Direct,
                "We are sad,", Some("Judge Ann B. Cole"), Some("wrote")),
            // A document whose noun is also a verb (`report`, `ruling`).
            yes!("“The permit was void,” said the ruling.", Direct,
                "The permit was void,", Some("the ruling"), Some("said")),
            yes!("“Costs will rise,” said the report, “and soon.”", Direct,
                "Costs will rise,", Some("the report"), Some("said")),
            // A name after a quotation run on from the paragraph before
            // credits it (the writer left the first one open).
            yes!("“It is a signal,” Ann Ruiz said. “If the count is not fair, who can trust it?\n\
                “The roads come first,” added Tom Hale.", Direct,
                "If the count is not fair, who can trust it?\n“The roads come first,",
                Some("Tom Hale"), Some("added")),
            yes!("\"We will appeal,\" said Jo Roe, the union's lawyer.", Direct,
                "We will appeal,", Some("Jo Roe"), Some("said")),
            yes!("“Not now!” snarled the captain.", Direct,
                "Not now!", Some("the captain"), Some("snarled")),
            // A participle and its object after the noun describe the
            // speaker; they are no part of the phrase.
            yes!("“It is a trick,” said a protester using the name Kat.", Direct,
                "It is a trick,", Some("a protester"), Some("said")),
            // A dash joins the credit.
            yes!("“Hello”--said Mr. Lane.", Direct,
                "Hello", Some("Mr. Lane"), Some("said")),
            no!("“Enough,” the minister said."),
        ],
    },
    Rule {
        id: RuleId::ClauseNameSaid,
        apply: Apply::Cue(clause_name_said, Cues::ANY),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            // (A participle of thought after a comma and before `to` is a
            // passive of the phrase before it, no inverted credit.)
            no_wide!("Ann Voss, the Council Leader, committed to a hearing, expected to begin in June."),
            // A show's title before the credit is no quotation it credits.
            no!("In an interview on Radio Vell’s “Morning Call,” Mayor Jo Roe said the bridge would reopen."),
            // (`other` before a noun is its determiner.)
            yes!("The ferry will run again, other officials said.", Indirect,
                "The ferry will run again", Some("other officials"), Some("said")),
            wide!("The town is split by the river, other studies have shown.", Indirect,
                "The town is split by the river", Some("other studies"), Some("shown")),
            yes!("In the end, though, the council is doing what it can, Mayor Jo Roe said.", Indirect,
                "In the end, though, the council is doing what it can", Some("Mayor Jo Roe"), Some("said")),
            yes!("Fares Will Rise in May, Mayor Jo Lane Says.\n\nLane spoke on Monday.", Indirect,
                "Fares Will Rise in May", Some("Mayor Jo Lane"), Some("Says")),
            // A parenthetical credit splits its content: the first part
            // may be one word.
            yes!("The dam held. Now, she said, the town can rest.", Indirect, "Now",
                Some("she"), Some("said")),
            no!("The dam held. But, she said, the town can rest."),
            // A fronted participle's clause, whatever verbs it holds.
            no!("Asked what he would change if he won, Jo Roe said, “Everything.”"),
            no!("When asked whether the plant would close, the manager said, “Not this year.”"),
            // (A phrase that describes the speaker before a credit and its
            // quotation is no first part of a clause.)
            no!("A member of the Norland Parliament, Sami Dahl said, “Norland is under attack.”"),
            no!("His daughter, and a member of the assembly, Mira Kaul wrote, “Last year was hard.”"),
            // (Before a credit and a quotation, no first part of one.)
            no!("Upon arrival, Jo Roe told reporters, “It was hard.”"),
            no!("Like the one before it, the hearing concluded with a vote."),
            // A fronted adverbial with no verb.
            no!("On Sunday night, as the parade wound through the town, the radio station reported."),
            no!("On Friday morning, the second day of her long tour of the north, Mayor Jo Roe told a story."),
            yes!("The firm will cut 300 jobs, Nate Roe told employees in a video call on Friday.",
                Indirect, "The firm will cut 300 jobs", Some("Nate Roe"), Some("told")),
            yes!("The talks will resume next week, the minister said.", Indirect,
                "The talks will resume next week", Some("the minister"), Some("said")),
            // A count after the article, a channel after the cue.
            yes!("Ferry services will resume on Monday, the two councils said in a joint statement.",
                Indirect, "Ferry services will resume on Monday", Some("the two councils"),
                Some("said")),
            // `reported stolen`: a state, no report inside the clause.
            yes!("A silver pickup reported stolen from a car park on Friday was found burned \
                out near the quarry, the county police said.", Indirect,
                "A silver pickup reported stolen from a car park on Friday was found burned out \
                near the quarry", Some("the county police"), Some("said")),
            // An adjunct clause after the credit is no content of its own.
            yes!("The plant is safe, local leaders said on Friday, as they toured the flooded streets \
                of the old town.",
                Indirect, "The plant is safe", Some("local leaders"), Some("said")),
            yes!("The failure was “heartbreaking,” she said.", Mixed,
                "The failure was “heartbreaking,”", Some("she"), Some("said")),
            // A clause that opens with a preposition.
            yes!("At least 30 people were hurt in the blast, he said.", Indirect,
                "At least 30 people were hurt in the blast", Some("he"), Some("said")),
            // A dateline is no part of the clause.
            yes!("MILLBROOK, N.S. — The mill will close in May, the company said.", Indirect,
                "The mill will close in May", Some("the company"), Some("said")),
            yes!("LONDON (Wire) - Fares will rise again, the rail operator said.", Indirect,
                "Fares will rise again", Some("the rail operator"), Some("said")),
            // A participle after the credit reports on its own.
            yes!("The dam held, Ana Ruiz said on Monday, warning that more rain was due.",
                Indirect, "The dam held", Some("Ana Ruiz"), Some("said")),
            yes!("Nine are confirmed dead, officials told state media, adding that the search had ended.",
                Indirect, "Nine are confirmed dead", Some("officials"), Some("told")),
            no!("In a statement on Monday, the minister said the talks would resume."),
            // A fronted phrase with no verb is no clause.
            no!("Through a spokesman, he declined to comment."),
            // A verb with an infinitive after it credits nothing before it.
            no!("Outside the hall, the mayor declined to comment."),
            no!("Back at the depot, the drivers refused to say more."),
            no!("This week, the president declined to comment on the plan."),
            no!("And until Thursday, the mayor has refused to comment."),
            // (A fragment that is no adverbial is content all the same.)
            yes!("People like Scott, he said.", Indirect,
                "People like Scott", Some("he"), Some("said")),
            // (A credit right after a relative word is inside its clause.)
            no!("The team mapped the melt zones, which, they observed, recur every year."),
            // Figures that suggest are evidence, in the wider scope only.
            no!("Sales fell in May, the figures suggest."),
            wide!("Sales fell in May, the figures suggest.", Indirect,
                "Sales fell in May", Some("the figures"), Some("suggest")),
            no!("When asked about a plan that might work, the minister said little."),
            // A cue that announces a quotation with a colon reports what
            // follows, not the fronted phrase before its subject.
            no!("At the church hall, where 150 people are staying, Pastor Jo Roe said:\n\n“We will cope.”"),
            no!("At the depot, where the buses are kept, Ann Lee put it simply:\n\n“We will cope.”"),
            // (`this` before a verb opens the content after the cue; no
            // time phrase like `this week`.)
            no!("Even as a child, I said this was wrong."),
            // (`other` modifies the speaker's noun.)
            yes!("The ferry will run again in May, other officials said.", Indirect,
                "The ferry will run again in May", Some("other officials"), Some("said")),
        ],
    },
    Rule {
        id: RuleId::ClauseSaidName,
        apply: Apply::Cue(clause_said_name, Cues::ANY),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            // A reaction does not invert: `…, blamed the wind` is the
            // subject's verb and its object.
            no!("The defending champion, meanwhile, blamed the wind."),
            no!("The visitors, for their part, criticized the referee."),
            yes!("The talks will resume next week, said the minister.", Indirect,
                "The talks will resume next week", Some("the minister"), Some("said")),
            // A phrase that a verb follows is the content's subject.
            no!("People who fish the lake, which locals call “the Pond,” said the water had \
                turned green."),
            yes!("The failure was “heartbreaking,” said the minister.", Mixed,
                "The failure was “heartbreaking,”", Some("the minister"), Some("said")),
            no!("The talks will resume next week, the minister said."),
            // Naming: a participle of `call` between commas credits nothing.
            no!("The program, called Rural Start, gives loans to farmers."),
        ],
    },
    Rule {
        id: RuleId::NameSaidQuote,
        apply: Apply::Cue(name_said_quote, Cues::ANY),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            yes!("The minister said: “We will not yield.”", Direct,
                "We will not yield.", Some("The minister"), Some("said")),
            yes!("Jo Roe told reporters, \"The deal is done.\"", Direct,
                "The deal is done.", Some("Jo Roe"), Some("told reporters")),
            yes!("Outside, the crowd chanted “Lock the gates!”", Direct,
                "Lock the gates!", Some("the crowd"), Some("chanted")),
            no!("Roe wrote about the port in her 2015 book, “The Salt Road.”"),
            // A second verb of the subject after the quotation is no
            // part of it.
            yes!("She shouted “Stop!” and ran to the door.", Direct,
                "Stop!", Some("She"), Some("shouted")),
            yes!("Fans waiting outside the ground chanted “One more year!”", Direct,
                "One more year!", Some("Fans"), Some("chanted")),
            // A topic, then a colon: the quotation is the content.
            yes!("Lind spoke of the flood: “It came at night.”", Direct,
                "It came at night.", Some("Lind"), Some("spoke")),
            yes!("He posted on Twitter: “We did it.”", Direct,
                "We did it.", Some("He"), Some("posted")),
            // A verb the lexicon does not list, in the leading frame.
            yes!("The coach grumbled, “We were robbed.”", Direct,
                "We were robbed.", Some("The coach"), Some("grumbled")),
            yes!("Ann Lee interjected, “Not so fast.”", Direct,
                "Not so fast.", Some("Ann Lee"), Some("interjected")),
            // Idioms of saying before a colon: `put it` and `sum it up`.
            yes!("The skipper put it simply: “We got lucky.”", Direct,
                "We got lucky.", Some("The skipper"), Some("put it")),
            yes!("Ann Lee put it this way: \"Nobody wins a war.\"", Direct,
                "Nobody wins a war.", Some("Ann Lee"), Some("put it")),
            yes!("One farmer summed it up: “No rain, no crop.”", Direct,
                "No rain, no crop.", Some("One farmer"), Some("summed it up")),
            no!("She put it on the table and left."),
            no!("The clerk summed up the figures before the vote."),
            no!("The crowd gathered, “a sea of flags,” in the square."),
            // A thing and the name it goes by: no speech.
            no!("He moved people out of danger, a process called “exfiltration.” He studied makeup."),
            no!("The team ran a drill known as “the ladder.”"),
            no!("The minister said the plan was “reckless” and costly."),
            no!("Lind spoke of the flood: “It came at night,” and left."),
        ],
    },
    Rule {
        id: RuleId::DescribedAs,
        apply: Apply::Cue(described_as, Cues::frame(Frame::Describe)),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            // After a subordinator, the subject opens its clause.
            yes!("Though she called the plan “outrageous,” Lee voted for it.", Mixed,
                "the plan “outrageous,”", Some("she"), Some("called")),
            // A progressive.
            yes!("The doctor is calling the candidate “extremely fit.”", Mixed,
                "the candidate “extremely fit.”", Some("The doctor"), Some("calling")),
            yes!("The senator described the bill as a betrayal of workers.", Indirect,
                "the bill as a betrayal of workers", Some("The senator"), Some("described")),
            yes!("She called the decision “a disgrace” on Friday.", Mixed,
                "the decision “a disgrace” on Friday", Some("She"), Some("called")),
            // An object opened by a quantifier or a demonstrative.
            yes!("The coach called some of his players “lazy.”", Mixed,
                "some of his players “lazy.”", Some("The coach"), Some("called")),
            yes!("The coach called these rules “absurd.”", Mixed,
                "these rules “absurd.”", Some("The coach"), Some("called")),
            no!("The coach called several times before the match."),
            no!("The coach called both players on Sunday and met them later."),
            yes!("Roe called half of the voters “fools.”", Mixed,
                "half of the voters “fools.”", Some("Roe"), Some("called")),
            // An object with no determiner (a mass noun, a plural, a
            // reflexive), then its description.
            yes!("Ms Vey called climate policy a failure.", Indirect,
                "climate policy a failure", Some("Ms Vey"), Some("called")),
            yes!("The senator called himself a moderate.", Indirect,
                "himself a moderate", Some("The senator"), Some("called")),
            yes!("He called rival fans “cowards.”", Mixed,
                "rival fans “cowards.”", Some("He"), Some("called")),
            no!("She called police a second time."),
            no!("The mayor called reporters a day later."),
            // Summoning: an object, then a subordinate clause.
            no!("The mayor called a meeting because the budget was late."),
            no!("She called home on Friday."),
            yes!("The judge dismissed the claims as baseless.", Indirect,
                "the claims as baseless", Some("The judge"), Some("dismissed")),
            yes!("Critics labeled him a liar.", Indirect,
                "him a liar", Some("Critics"), Some("labeled")),
            // Without `as` (or a quotation), describing verbs other than
            // `call` and `label` take a plain object: no description.
            no!("The judge dismissed the lawsuit."),
            no!("The guide described the route in detail."),
            no!("The black hole described in the study is the nearest yet."),
            // Naming is not speech.
            no!("They call him the night mayor."),
            // A participle after another verb's object.
            no!("The firm launched a game called “Endless Garden” last month."),
            // A quoted description ends the object: what follows its
            // closing mark (a comma, a second verb) is no part of it.
            yes!("The coach called the draw “a lesson” and left the ground early.", Mixed,
                "the draw “a lesson”", Some("The coach"), Some("called")),
            yes!("One critic described the album as ‘all gloss and no grit’, a line the band \
                later printed on shirts.", Mixed, "the album as ‘all gloss and no grit’",
                Some("One critic"), Some("described")),
            yes!("She called the plan “a mess” and “a waste of money”.", Mixed,
                "the plan “a mess” and “a waste of money”", Some("She"), Some("called")),
            // `call on` or `call for` someone to act: a request, in the
            // wider scope only.
            wide!("The mayor called on the council to resign.", Indirect,
                "the council to resign", Some("The mayor"), Some("called on")),
            wide!("Jo Roe called for the board to hold a new vote.", Indirect,
                "the board to hold a new vote", Some("Jo Roe"), Some("called for")),
            no!("The mayor called on the council to resign."),
            no!("The mayor called for an inquiry into the fire."),
            no!("The mayor called for the repeal of the law."),
            // Describing verbs of the wider scope alone.
            wide!("The film portrays the mayor as a lonely man.", Indirect,
                "the mayor as a lonely man", Some("The film"), Some("portrays")),
            wide!("Fans dubbed the striker “the Wall.”", Mixed,
                "the striker “the Wall.”", Some("Fans"), Some("dubbed")),
            wide!("Most voters viewed the tax as unfair.", Indirect,
                "the tax as unfair", Some("Most voters"), Some("viewed")),
            no_wide!("The mural portrays a river."),
            no_wide!("The studio is dubbing the film into French."),
            no_wide!("She named her economic view as the main reason."),
            no!("The film portrays the mayor as a lonely man."),
        ],
    },
    Rule {
        id: RuleId::ToldAddressee,
        apply: Apply::Cue(told_addressee, Cues::frame(Frame::Addressee)),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            no!("The man she told was angry."),
            // (Verbs of urging and persuading an addressee.)
            yes!("Two aides implored her to drop the plan.", Indirect,
                "to drop the plan", Some("Two aides"), Some("implored her")),
            yes!("Jo Roe persuaded the donors that he could win.", Indirect,
                "he could win", Some("Jo Roe"), Some("persuaded")),
            // A request ends before `and`, an adverb and a second verb.
            yes!("She urges Tom to stay in the car and repeatedly says, “Don't move.”",
                Indirect, "to stay in the car", Some("She"), Some("urges")),
            // An order of the wider scope alone.
            wide!("A judge ordered the council to reopen the pool.", Indirect,
                "to reopen the pool", Some("A judge"), Some("ordered")),
            no!("A judge ordered the council to reopen the pool."),
            // (A relative clause after a comma describes the object: it
            // is no content.)
            no_wide!("A court ordered a new trial for the driver, who was convicted in May."),
            yes!("Jo Roe is telling a veterans group that the army is “depleted.”", Mixed,
                "the army is “depleted.”", Some("Jo Roe"), Some("telling")),
            // A message with a noun phrase for its content reports nothing.
            no!("A staffer emailed the mayor the list of guests on Friday."),
            // An age between the name and `who`.
            yes!("Dale Pruitt, 41, who told officers he had found the bikes in a skip, was \
                charged with theft.", Indirect, "he had found the bikes in a skip",
                Some("Dale Pruitt"), Some("told officers")),
            no!("They were telling us about the trip."),
            no!("Police in the town are asking for help to find a woman who has not been seen."),
            // An infinitive ends before the main verb after it.
            no!("Officials who asked not to be named said the talks had stalled."),
            yes!("When she asked members to vote, at least 300 said they would.", Indirect,
                "to vote", Some("she"), Some("asked members")),
            yes!("Police urged people not to spread rumours.", Indirect,
                "not to spread rumours", Some("Police"), Some("urged")),
            yes!("The coach told reporters that the team was tired.", Indirect,
                "the team was tired", Some("The coach"), Some("told")),
            yes!("Jo Roe warned them that the market would fall.", Indirect,
                "the market would fall", Some("Jo Roe"), Some("warned")),
            // One addressee, then the clause.
            yes!("The coach told reporters the season would go ahead.", Indirect,
                "the season would go ahead", Some("The coach"), Some("told reporters")),
            no!("The coach was told the team was tired."),
            // A request: an addressee, then an infinitive.
            yes!("The senator urged Congress to pass the bill.", Indirect,
                "to pass the bill", Some("The senator"), Some("urged")),
            yes!("She told them to leave the hall.", Indirect,
                "to leave the hall", Some("She"), Some("told them")),
            yes!("Roe asked the court on Monday to delay the trial.", Indirect,
                "to delay the trial", Some("Roe"), Some("asked")),
            yes!("The mayor encouraged residents to stay indoors.", Indirect,
                "to stay indoors", Some("The mayor"), Some("encouraged residents")),
            no!("She was told to leave the hall."),
            no!("He asked for a recount."),
            // In the wider scope, a progressive's request too.
            wide!("The mayor was urging voters to stay home.", Indirect,
                "to stay home", Some("The mayor"), Some("urging")),
            no_wide!("They were telling us about the trip."),
        ],
    },
    Rule {
        id: RuleId::NameSaidClause,
        apply: Apply::Cue(name_said_clause, Cues::frame(Frame::Clause)),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            // (`has support`: a base form right after `have` is a noun, no
            // cue.)
            no!("Ann Voss has support from most voters, other studies have shown."),
            no_wide!("Ann Voss has support from most voters, other studies have shown."),
            yes!("Even as a child, Ana Ruiz said this was wrong.", Indirect,
                "this was wrong", Some("Ana Ruiz"), Some("said")),
            // (A finite verb right after the cue is the main clause's: the
            // cue is in a relative clause with no `that`.)
            no!("The fees he reported were high."),
            no!("Everything the mayor said is true."),
            // (`that` before a noun and a participle's phrase is a
            // demonstrative: `a ruling released Monday` has no finite verb.)
            no_wide!("The judge rejected that argument in a ruling released Monday."),
            no!("The judge rejected that argument in a ruling released Monday."),
            yes!("Aides said that doubts about the plan announced by the mayor might cost votes.",
                Indirect, "doubts about the plan announced by the mayor might cost votes",
                Some("Aides"), Some("said")),
            // (A bare plural of people with its modifier: `-ors`, `-ists`,
            // `-ians`.)
            yes!("Although she won, school administrators said the vote was unfair.", Indirect,
                "the vote was unfair", Some("school administrators"), Some("said")),
            // (A time phrase of `in` and a month or a year after the
            // subject; two names after its preposition.)
            yes!("The council in June said the bridge would close.", Indirect,
                "the bridge would close", Some("The council"), Some("said")),
            no!("Players hoping to win control of the Assembly in June say the rules are unfair."),
            wide!("An appeals panel in 2009 found that the contract was void.", Indirect,
                "the contract was void", Some("An appeals panel"), Some("found")),
            wide!("Recent polls in Ostland and Norland have found that support is falling.",
                Indirect, "support is falling", Some("Recent polls"), Some("found")),
            // (`police`, `people`: plurals without `-s` agree with `fear`.)
            wide!("Crowds have gathered. But police also fear that the march could turn violent.",
                Indirect, "the march could turn violent", Some("police"), Some("fear")),
            yes!("Mr Lee said Australia had every ingredient for success.", Indirect,
                "Australia had every ingredient for success", Some("Mr Lee"), Some("said")),
            // A cue whose object is `it` stands for a quotation.
            no!("One reader put it better than I can."),
            // A relative clause with `that` between the subject and its
            // verb: the subject is the phrase before `that`.
            yes!("Critics that don't like the plan say it is costly.", Indirect,
                "it is costly", Some("Critics"), Some("say")),
            yes!("Residents that have lived near the old mill say the air is worse.", Indirect,
                "the air is worse", Some("Residents"), Some("say")),
            wide!("A new study that appeared in a medical journal found that most patients recovered.",
                Indirect, "most patients recovered", Some("A new study"), Some("found")),
            wide!("The council passed a law that objectors see as a threat to small shops.",
                Indirect, "as a threat to small shops", Some("objectors"), Some("see")),
            wide!("A 2014 study that appeared in a medical journal found that most patients recovered.",
                Indirect, "most patients recovered", Some("A 2014 study"), Some("found")),
            // A question put to the reader (`you` and a question mark)
            // reports no one's words or thoughts.
            no_wide!("Do you know where the mayor's tax returns are?"),
            no!("Why do you say the plan will fail?"),
            yes!("You said the plan would fail.", Indirect,
                "the plan would fail", Some("You"), Some("said")),
            // In the wider scope, a word that is a noun as often as a
            // verb, after a described subject that agrees with it, is the
            // phrase's noun when a preposition, a comma or a relative
            // clause follows it (`the terrorist attacks | in`, `the media
            // attacks | ,`, `the attacks | that followed`).
            no_wide!("The terrorist attacks in the capital on Friday, and an election that has taken a turn, changed the race."),
            no_wide!("The fierce attacks that followed the vote jolted the town."),
            no!("Rust Belt states that have lost jobs voted on Tuesday."),
            no_wide!("The concerns are magnified by the singular challenge faced by anyone appointed."),
            wide!("Despite the perceived media attacks, the mayor said she would run again.",
                Indirect, "she would run again", Some("the mayor"), Some("said")),
            wide!("The campaign fears that the vote will be close.",
                Indirect, "the vote will be close", Some("The campaign"), Some("fears")),
            // In the wider scope, the object of a verb of reaction or
            // stance with no verb of its own ends where a noun phrase
            // does: before a second verb (`but also had`).
            wide!("Some growers praised the new levy's aims but also had doubts about its cost.",
                Indirect, "the new levy's aims", Some("Some growers"), Some("praised")),
            // (`that` before a plural opens a clause: no determiner.)
            wide!("It is clear that voters want to know the answer.", Indirect,
                "to know the answer", Some("voters"), Some("want")),
            // A past form after adverbs (`also`, `never`) is the clause's
            // verb.
            yes!("The embassy confirmed two pilgrims from the north also died.", Indirect,
                "two pilgrims from the north also died", Some("The embassy"), Some("confirmed")),
            yes!("Ann Lee said the two ferries never sailed.", Indirect,
                "the two ferries never sailed", Some("Ann Lee"), Some("said")),
            no!("The embassy confirmed two deaths also on Monday."),
            wide!("A clip surfaced showing the mayor at a rally (her office later disclosed that she was ill).",
                Indirect, "she was ill", Some("her office"), Some("disclosed")),
            // A verb in `-s` after a singular in `-us`, `-ss`, `-is`.
            yes!("Officials said the virus spreads like flu.", Indirect,
                "the virus spreads like flu", Some("Officials"), Some("said")),
            yes!("She said the census counts every home.", Indirect,
                "the census counts every home", Some("She"), Some("said")),
            no!("She said the bonus checks."),
            // A participle's phrase after the subject, with its object
            // and places.
            yes!("Doctors treating patients at the clinic said the virus spreads like flu.",
                Indirect, "the virus spreads like flu", Some("Doctors"), Some("said")),
            yes!("Scientists studying patients in Dorval in the Norland province reported that \
                the virus spreads like flu.", Indirect, "the virus spreads like flu",
                Some("Scientists"), Some("reported")),
            yes!("A close ally said the senator would run again.", Indirect,
                "the senator would run again", Some("A close ally"), Some("said")),
            yes!("Supporters at the rally said the speech was too long.", Indirect,
                "the speech was too long", Some("Supporters"), Some("said")),
            yes!("The assembly said the vote would be held in May.", Indirect,
                "the vote would be held in May", Some("The assembly"), Some("said")),
            // (A relative clause after a comma describes the object before
            // it: no content.)
            no!("The station, however, reported on a distress call from someone on the ferry, who may or may not have been the captain."),
            // A name, then a verb of the lexicon in `-s` and its infinitive.
            yes!("The commissioner said the Vanguard League plans to add two teams.", Indirect,
                "the Vanguard League plans to add two teams", Some("The commissioner"), Some("said")),
            // A body's noun right after a name, with no article.
            yes!("Castlemere council said the road would reopen.", Indirect,
                "the road would reopen", Some("Castlemere council"), Some("said")),
            // (A title in the insertion is part of it.)
            yes!("Travel writer Jess Hall, whose guide “Pack Light” has sold well, says the worst mistake is overpacking.",
                Indirect, "the worst mistake is overpacking", Some("Travel writer Jess Hall"), Some("says")),
            // (Over an insertion of `according to`.)
            yes!("Witnesses, according to the Daily Vex, said a man approached the guard.",
                Indirect, "a man approached the guard", Some("Witnesses"), Some("said")),
            // `on` after a word of organisations joins a name.
            yes!("The Council on Coastal Affairs said the talks had stalled.", Indirect,
                "the talks had stalled", Some("The Council on Coastal Affairs"), Some("said")),
            yes!("The Commission on Fair Elections announced that the vote would be held.",
                Indirect, "the vote would be held", Some("The Commission on Fair Elections"),
                Some("announced")),
            yes!("The Board on Tuesday announced that the plant would close.", Indirect,
                "the plant would close", Some("The Board"), Some("announced")),
            // A participle with a time and a place after a document: the
            // document is the subject (evidence, outside the default scope).
            no!("A study published Wednesday in the Journal of Coastal Medicine suggests that cold water helps."),
            wide!("A study published Wednesday in the Journal of Coastal Medicine suggests that cold water helps.",
                Indirect, "cold water helps", Some("A study"), Some("suggests")),
            // (`…, however.` at the end is the writer's.)
            yes!("Election officials said the polling place never closed, however.", Indirect,
                "the polling place never closed", Some("Election officials"), Some("said")),
            // A past the same as its base after a subject's noun.
            yes!("Officials said the fire spread quickly because of strong winds.", Indirect,
                "the fire spread quickly because of strong winds", Some("Officials"), Some("said")),
            yes!("The firm said the storm hit its two largest plants.", Indirect,
                "the storm hit its two largest plants", Some("The firm"), Some("said")),
            no!("Officials announced the spread of the virus."),
            // A demonstrative alone, then a verb in `-s`; a perfect's `’s`.
            yes!("Economists said this provides an incentive.", Indirect,
                "this provides an incentive", Some("Economists"), Some("said")),
            yes!("He's said the plan will fail.", Indirect,
                "the plan will fail", Some("He"), Some("said")),
            no!("She said this plans."),
            // A colon, then a subject and its cue: a new report.
            no!("The researchers noted implications for bird conservation: Lee remarked, “Over the years, this team has helped.”"),
            yes!("He said the plan had three parts: a tax, a fee and a levy.", Indirect,
                "the plan had three parts: a tax, a fee and a levy", Some("He"), Some("said")),
            // `however` between commas before a new subject ends the clause.
            yes!("The firm said it had not cheated, however, a report later found fraud.",
                Indirect, "it had not cheated", Some("The firm"), Some("said")),
            yes!("The firm said the plan, however, would fail.", Indirect,
                "the plan, however, would fail", Some("The firm"), Some("said")),
            // (A negated auxiliary in one word is no part of the subject.)
            yes!("His aides didn't say whether he would run.", Indirect,
                "whether he would run", Some("His aides"), Some("say")),
            no_wide!("There is a gap between acts that can be proved in court and what most people would consider fair."),
            // (A verb inside a relative clause has no subject of its own.)
            no_wide!("Many groups that don't disclose their donors are thriving."),
            // A verb in `-s` after a noun with modifiers and an adverb.
            yes!("Ann Lee said the old mill still works.", Indirect,
                "the old mill still works", Some("Ann Lee"), Some("said")),
            yes!("He said the two-ton gate rarely opens now.", Indirect,
                "the two-ton gate rarely opens now", Some("He"), Some("said")),
            no!("The mayor announced the vote in a letter earlier this week."),
            // A phrase of place with `from` between the cue and `that`.
            yes!("Ann Lee announced from the stage that the tour would go on.", Indirect,
                "the tour would go on", Some("Ann Lee"), Some("announced")),
            // An addressee after `to`, up to `that`.
            yes!("Ann Lee said to reporters that the ferry was late.", Indirect,
                "the ferry was late", Some("Ann Lee"), Some("said")),
            yes!("The club wrote to its members that fees would rise.", Indirect,
                "fees would rise", Some("The club"), Some("wrote")),
            no!("The mayor said to expect delays that week."),
            no!("Ann Lee spoke to a crowd that had waited for hours."),
            no!("Ann Lee spoke to the fact that the ferry was late."),
            // `the first cases`: a plural after an adjective that heads no
            // phrase is a noun, not a verb in `-s`.
            no!("The clinic confirmed the first cases in two towns."),
            no!("The board approved the last votes on Friday."),
            yes!("The ministry confirmed that two ships had docked.", Indirect,
                "two ships had docked", Some("The ministry"), Some("confirmed")),
            // `that` and a comma before a fronted phrase: the clause after
            // it is the content.
            yes!("Ms Vey said that, in her view, the levy was too low.", Indirect,
                "in her view, the levy was too low", Some("Ms Vey"), Some("said")),
            yes!("The auditor noted that, in 2019, the fund lost money.", Indirect,
                "in 2019, the fund lost money", Some("The auditor"), Some("noted")),
            no!("The auditor noted that, in 2019."),
            // After a negated cue, a wh-word opens a question, the content
            // (`said when she resigned` is a clause of time).
            yes!("The wardens have not said when the trail would reopen.", Indirect,
                "when the trail would reopen", Some("The wardens"), Some("said")),
            yes!("Officials did not say what caused the blaze.", Indirect,
                "what caused the blaze", Some("Officials"), Some("say")),
            no!("Officials said when the blaze began."),
            // A negated progressive.
            yes!("The coach isn’t saying who will start on Sunday.", Indirect,
                "who will start on Sunday", Some("The coach"), Some("saying")),
            yes!("The coach is not saying that the team will win.", Indirect,
                "the team will win", Some("The coach"), Some("saying")),
            yes!("The coach isn’t saying if the striker is fit.", Indirect,
                "if the striker is fit", Some("The coach"), Some("saying")),
            no!("The coach is not saying much these days."),
            // A name with `of the` in it.
            yes!("Friends of the Earth said the dam would harm the river.", Indirect,
                "the dam would harm the river", Some("Friends of the Earth"), Some("said")),
            // A noun phrase after the clause comments on it: the report
            // ends before it (not a list's item, nor after a clause
            // fronted inside the report).
            yes!("The council said that fares would rise in May, a move that angered riders.",
                Indirect, "fares would rise in May", Some("The council"), Some("said")),
            yes!("Ms Roe announced the depot would close, the third blow that the town took.",
                Indirect, "the depot would close", Some("Ms Roe"), Some("announced")),
            yes!("Labs reported that the newly emerged strain, the one that spread in May, may \
                return.", Indirect, "the newly emerged strain, the one that spread in May, may \
                return", Some("Labs"), Some("reported")),
            yes!("The mayor said she backed lower fares, an end to fees that hurt riders, and \
                more buses.", Indirect, "she backed lower fares, an end to fees that hurt riders, \
                and more buses", Some("The mayor"), Some("said")),
            yes!("Ms Roe said she backed Jo Lee, a farmer from the valley.", Indirect,
                "she backed Jo Lee, a farmer from the valley", Some("Ms Roe"), Some("said")),
            yes!("The union said it would bring food, a generator and blankets.", Indirect,
                "it would bring food, a generator and blankets", Some("The union"), Some("said")),
            yes!("Rangers said that if the storm hits, the trail will close.", Indirect,
                "if the storm hits, the trail will close", Some("Rangers"), Some("said")),
            // After a cue in the present, a verb in the past after `and`
            // is the content's (the speaker's would be in the present).
            yes!("Police say the man fled on foot and refused to stop.", Indirect,
                "the man fled on foot and refused to stop", Some("Police"), Some("say")),
            yes!("Ms Roe says the plan is sound and adds that it will pass.", Indirect,
                "the plan is sound", Some("Ms Roe"), Some("says")),
            yes!("Police said the man fled on foot and refused to comment.", Indirect,
                "the man fled on foot", Some("Police"), Some("said")),
            yes!("Aides say the mayor won the vote and noted that turnout was low.", Indirect,
                "the mayor won the vote", Some("Aides"), Some("say")),
            // A question word with a subject and its own cue after `and`
            // opens a new clause.
            yes!("The mayor said the plan would cut costs and how experts say it would work is \
                unclear.", Indirect, "the plan would cut costs", Some("The mayor"), Some("said")),
            yes!("The mayor said the plan would cut costs and how it would work.", Indirect,
                "the plan would cut costs and how it would work", Some("The mayor"), Some("said")),
            // A second subject with its own cue opens a new clause.
            yes!("Rangers said the trail was closed and park staff warned that storms were near.",
                Indirect, "the trail was closed", Some("Rangers"), Some("said")),
            yes!("Rangers said the mayor and his aides told them to leave.", Indirect,
                "the mayor and his aides told them to leave", Some("Rangers"), Some("said")),
            yes!("Aides said she backed the troops and her rubble comment was a joke.", Indirect,
                "she backed the troops and her rubble comment was a joke", Some("Aides"),
                Some("said")),
            // A capitalised name in -ly opening a sentence is no adverb
            // before a verb of speech, nor after a title's period.
            yes!("The host spoke. Kelly said the plan would fail.", Indirect,
                "the plan would fail", Some("Kelly"), Some("said")),
            yes!("The host spoke. Ms. Kelly said the plan would fail.", Indirect,
                "the plan would fail", Some("Ms. Kelly"), Some("said")),
            no!("The storm passed. Early reports suggested the roads were clear."),
            // A headline in title case has its cue capitalised too.
            yes!("Jo Lane Says She Never Backed the Plan.\n\nLane spoke on Monday.", Indirect,
                "She Never Backed the Plan", Some("Jo Lane"), Some("Says")),
            no!("Critics Blast the New Ferry Timetable.\n\nRiders were angry."),
            no!("The Daily Post Reports Record Sales.\n\nSales rose."),
            no!("Jo Lane Defends Her Vote Against Claims She Lied.\n\nLane spoke on Monday."),
            // … whose subject starts after the `and`.
            yes!("One voter said people changed their minds and several said they wanted change.",
                Indirect, "they wanted change", Some("several"), Some("said")),
            no!("The plant is safe, local leaders said on Friday, as they toured the flooded streets \
                of the old town."),
            // A verb's base form after a singular noun with `a` is a noun.
            no!("An audit office report tabled last month found that the agency had approved \
                the contract early."),
            yes!("A few residents say the road floods every spring.", Indirect,
                "the road floods every spring", Some("A few residents"), Some("say")),
            yes!("Of those asked, a third say prices will fall.", Indirect, "prices will fall",
                Some("a third"), Some("say")),
            // A verb in `-s` after a noun with modifiers or a possessive;
            // a number standing for people (`the two`) as the subject.
            yes!("Aides say the town's budget hides a deficit.", Indirect,
                "the town's budget hides a deficit", Some("Aides"), Some("say")),
            yes!("Aides say the mayor's bold new budget hides a deficit.", Indirect,
                "the mayor's bold new budget hides a deficit", Some("Aides"), Some("say")),
            yes!("Aides said the Lee campaign expects a tight contest.", Indirect,
                "the Lee campaign expects a tight contest", Some("Aides"), Some("said")),
            yes!("Police said the two fled in a grey van.", Indirect,
                "the two fled in a grey van", Some("Police"), Some("said")),
            yes!("Police said all three surrendered on Friday.", Indirect,
                "all three surrendered on Friday", Some("Police"), Some("said")),
            // A name, then a verb in `-s` with its object.
            yes!("Aides say Quillby deserves the first offer.", Indirect,
                "Quillby deserves the first offer", Some("Aides"), Some("say")),
            no!("The club denied Brackley fans a refund."),
            // (A plural noun before `of` is an object: no clause.)
            no!("She denied the new charges of fraud."),
            no!("She denied the firm's counts of fraud."),
            no!("She praised the firm's new offices in the north."),
            no!("The coach praised the club's young players last season."),
            no!("The coach praised the club's young players Saturday."),
            no!("Police reported the two arrests."),
            // A thing that suggests or reveals is evidence, not a speaker.
            no!("The bones suggest the animal lived in warm, shallow water."),
            wide!("The worn steps suggest that the chapel was busy for centuries.", Indirect,
                "the chapel was busy for centuries", Some("The worn steps"), Some("suggest")),
            // (A document reveals or suggests a phrase too; a person
            // reveals a thing.)
            wide!("The scans revealed a crack in the beam.", Indirect,
                "a crack in the beam", Some("The scans"), Some("revealed")),
            no!("The scans revealed a crack in the beam."),
            no_wide!("The mayor revealed a new logo."),
            yes!("Some experts suggest the rule will be dropped.", Indirect,
                "the rule will be dropped", Some("Some experts"), Some("suggest")),
            yes!("The ministry suggested that the talks could resume.", Indirect,
                "the talks could resume", Some("The ministry"), Some("suggested")),
            // `reported missing`, `reported dead`: a state, not a report.
            no!("A hiker reported missing on Monday has been found safe."),
            no!("Two of the crew were later reported dead."),
            // The agent of a participle is no subject.
            wide!("Leaked files obtained by the Daily Vex suggest that the host puts profit \
                first.", Indirect, "the host puts profit first", Some("Leaked files"),
                Some("suggest")),
            yes!("Some party donors suggest that she will not run again.", Indirect,
                "she will not run again", Some("Some party donors"), Some("suggest")),
            yes!("Her aides suggest that she will not run again.", Indirect,
                "she will not run again", Some("Her aides"), Some("suggest")),
            // A fronted phrase's object and its participle report nothing.
            yes!("In a note posted Friday, Jo Roe said he had doubts.", Indirect,
                "he had doubts", Some("Jo Roe"), Some("said")),
            yes!("She said the plan was “reckless” and would fail.", Mixed,
                "the plan was “reckless” and would fail", Some("She"), Some("said")),
            yes!("He said engaging in new industries such as hydrogen would be important.",
                Indirect, "engaging in new industries such as hydrogen would be important",
                Some("He"), Some("said")),
            // A clause of reason or concession stays in the content.
            yes!("She said the rink will stay open, despite a repair bill, because it is needed.",
                Indirect, "the rink will stay open, despite a repair bill, because it is needed",
                Some("She"), Some("said")),
            // A quantifier or an acronym as the subject.
            yes!("Afterwards Roe countered that the vote was lost.", Indirect,
                "the vote was lost", Some("Roe"), Some("countered")),
            yes!("Some said the vote should be delayed.", Indirect,
                "the vote should be delayed", Some("Some"), Some("said")),
            yes!("And most said the vote should be delayed.", Indirect,
                "the vote should be delayed", Some("most"), Some("said")),
            yes!("No one said the vote should be delayed.", Indirect,
                "the vote should be delayed", Some("No one"), Some("said")),
            wide!("But no one expected the vote to be delayed.", Indirect,
                "the vote to be delayed", Some("no one"), Some("expected")),
            yes!("The US said the sanctions would stay.", Indirect,
                "the sanctions would stay", Some("The US"), Some("said")),
            // A progressive; a month that is a surname; a plural subject
            // with a verb in its base form.
            yes!("The attorney general is confirming that the charity is not registered.",
                Indirect, "the charity is not registered", Some("The attorney general"),
                Some("confirming")),
            yes!("Prime Minister Theresa May said this week that the country would leave.",
                Indirect, "the country would leave", Some("Prime Minister Theresa May"),
                Some("said")),
            yes!("Megan Hester, a senior associate, said parents still want local schools.",
                Indirect, "parents still want local schools", Some("Megan Hester"), Some("said")),
            yes!("Jo Roe -- co-editor of a book on debates -- said the format favours attack.",
                Indirect, "the format favours attack", Some("Jo Roe"), Some("said")),
            // A participle's phrase between the subject and its verb.
            yes!("Omar Lezcano, speaking from the plant in Fenwick, Ostmark, said that costs rose.",
                Indirect, "costs rose", Some("Omar Lezcano"), Some("said")),
            // An affiliation with `of` is a role; a number is none.
            yes!("Lt. Marcus Dell Jr. of the County Sheriff's Office said that the tractors were found.",
                Indirect, "the tractors were found", Some("Lt. Marcus Dell"), Some("said")),
            yes!("Father of three Kwame Asante said he had stopped using the television.",
                Indirect, "he had stopped using the television", Some("Kwame Asante"), Some("said")),
            yes!("Speaker of the House Jo Roe said the vote would wait.", Indirect,
                "the vote would wait", Some("the House Jo Roe"), Some("said")),
            yes!("Another 19 percent said they would not vote.", Indirect,
                "they would not vote", Some("Another 19 percent"), Some("said")),
            yes!("Secretary of State Jo Roe said the talks had failed.", Indirect,
                "the talks had failed", Some("Secretary of State Jo Roe"), Some("said")),
            yes!("The bank just this month announced it would end the bonuses.", Indirect,
                "it would end the bonuses", Some("The bank"), Some("announced")),
            // A share of a relative's antecedent; a year between the
            // subject and its verb.
            yes!("The move angered residents, many of whom said the plan was rushed.", Indirect,
                "the plan was rushed", Some("many of whom"), Some("said")),
            no!("The vote split members, many of whom criticised the deal, are now backing it."),
            yes!("She met the judge, who in 2004 said the court was too slow.", Indirect,
                "the court was too slow", Some("the judge"), Some("said")),
            // After a comma inside a closing mark, `but` or `meaning` ends
            // the content as after a plain comma.
            yes!("Ms Roe said the cuts were “fair,” but in the end the vote failed.", Mixed,
                "the cuts were “fair,”", Some("Ms Roe"), Some("said")),
            yes!("Ms Roe said the cuts were “fair,” which surprised her party.", Mixed,
                "the cuts were “fair,” which surprised her party", Some("Ms Roe"), Some("said")),
            yes!("Ms Roe said the cuts were “fair,” but not painless.", Mixed,
                "the cuts were “fair,” but not painless", Some("Ms Roe"), Some("said")),
            // An object, then a main clause after a comma.
            no!("Once she had said her piece, she left the room."),
            // Words quoted after `as` end the content before a time or a
            // place of the report.
            yes!("Ms Roe blasted the budget as a “disgrace” on Tuesday at a town hall.", Mixed,
                "the budget as a “disgrace”", Some("Ms Roe"), Some("blasted")),
            yes!("Ms Roe criticised the rules as “a mess” during a visit to the port.", Mixed,
                "the rules as “a mess”", Some("Ms Roe"), Some("criticised")),
            yes!("Ms Roe said the rules were “a mess” and would be changed in May.", Mixed,
                "the rules were “a mess” and would be changed in May", Some("Ms Roe"),
                Some("said")),
            // A title with `of` and a bare noun.
            yes!("The secretary of health said the clinics would reopen.", Indirect,
                "the clinics would reopen", Some("The secretary of health"), Some("said")),
            yes!("A former minister of defence said the base would close.", Indirect,
                "the base would close", Some("A former minister of defence"), Some("said")),
            // A bare plural with a participle, a quantifier, a name.
            yes!("Residents evacuated on Sunday said that the water rose quickly.", Indirect,
                "the water rose quickly", Some("Residents"), Some("said")),
            yes!("Both groups report that membership is rising.", Indirect,
                "membership is rising", Some("Both groups"), Some("report")),
            // A second verb after a coordinator and an adverb shares the
            // subject: no clause.
            no!("The pollster supported the senator in the spring but recently joined a rival."),
            // A participle's phrase after the subject (`living near …`):
            // its object is no subject.
            yes!("Residents living near the quarry said the dust was worse.", Indirect,
                "the dust was worse", Some("Residents"), Some("said")),
            yes!("Parents attending the meeting on Elm Road said fees had doubled.", Indirect,
                "fees had doubled", Some("Parents"), Some("said")),
            yes!("After visiting the quarry, the inspector said the dust was worse.", Indirect,
                "the dust was worse", Some("the inspector"), Some("said")),
            yes!("Files from the agency began circulating after it announced that it was hacked.",
                Indirect, "it was hacked", Some("it"), Some("announced")),
            // Two appositives, one with a noun that is also a cue's form.
            yes!("Ann Lee, the mayor of Dover, one of the towns that appealed, said the rule was unlawful.",
                Indirect, "the rule was unlawful", Some("Ann Lee"), Some("said")),
            // A place after `in` is the phrase's before it.
            yes!("Ana Ruiz of the University of Hallam in Leeds said the data were sound.", Indirect,
                "the data were sound", Some("Ana Ruiz"), Some("said")),
            yes!("The High Court in Dunmore ruled that the ban was lawful.", Indirect,
                "the ban was lawful", Some("The High Court"), Some("ruled")),
            // An adjective and its phrase after the subject (`familiar
            // with …`, `close to …`): its object is no subject.
            yes!("People familiar with the talks said a deal was near.", Indirect,
                "a deal was near", Some("People"), Some("said")),
            yes!("Sources close to the coach said he would stay.", Indirect,
                "he would stay", Some("Sources"), Some("said")),
            yes!("Those close to her say she is tired.", Indirect,
                "she is tired", Some("Those"), Some("say")),
            // (Not for a cue likelier a noun there.)
            no!("Police linked the gang to the coordinated attacks that hit the market."),
            // A part of a group: `One of the officials`, `Two of the judges`.
            yes!("One of the nurses said the ward was full.", Indirect,
                "the ward was full", Some("One of the nurses"), Some("said")),
            yes!("Two of the three judges said the law was void.", Indirect,
                "the law was void", Some("Two of the three judges"), Some("said")),
            // `mother of three`: a count of children is part of the phrase.
            yes!("The mother of three said the school had ignored her.", Indirect,
                "the school had ignored her", Some("The mother of three"), Some("said")),
            // A cue's verb coordinated with another before their object
            // takes no content of its own.
            no!("The firm maintained and updated the software until 2020."),
            yes!("Jo Roe says she hopes to win the seat, but she knows that “nothing is certain.”",
                Mixed, "she hopes to win the seat, but she knows that “nothing is certain.”",
                Some("Jo Roe"), Some("says")),
            yes!("Jo Roe says the seat is safe, and she tells voters that “the work goes on.”",
                Indirect, "the seat is safe", Some("Jo Roe"), Some("says")),
            // (In the past, the second clause is narration.)
            yes!("Jo Roe said the plan had failed, and she left the room.", Indirect,
                "the plan had failed", Some("Jo Roe"), Some("said")),
            // A clause of time after the cue, to the sentence's end, is
            // no content.
            no!("That was what Jo Roe said when she left the club in 2019."),
            yes!("Jo Roe noted that when the race began her rival had a big lead.", Indirect,
                "when the race began her rival had a big lead", Some("Jo Roe"), Some("noted")),
            no!("“We are ready,” Jo Roe said on Friday as she arrived at the talks."),
            yes!("Jo Roe said as many as 40 people had left.", Indirect,
                "as many as 40 people had left", Some("Jo Roe"), Some("said")),
            yes!("In an interview on Radio Vell’s “Morning Call,” Mayor Jo Roe said the bridge would reopen.",
                Indirect, "the bridge would reopen", Some("Mayor Jo Roe"), Some("said")),
            // `that` as a demonstrative, and a coordinator after the cue.
            no!("He repeated that pledge in his speech last week."),
            no!("What the mayor says and promises is now the law."),
            yes!("She said that plan was dead.", Indirect, "plan was dead", Some("She"), Some("said")),
            yes!("They concluded that four of the nine judges since 1990 were on the bench.",
                Indirect, "four of the nine judges since 1990 were on the bench", Some("They"),
                Some("concluded")),
            // An adverb before `that`.
            yes!("Jo Roe wrote online that she would retire.", Indirect,
                "she would retire", Some("Jo Roe"), Some("wrote")),
            // One person with two roles: a singular noun after `and` has no
            // article of its own (a plural may be a subject of its own).
            yes!("The singer and songwriter said she would tour again.", Indirect,
                "she would tour again", Some("The singer and songwriter"), Some("said")),
            // (The second role with capitalised modifiers.)
            yes!("The former first lady and U.S. senator said it was “a mistake” to use the \
                account.", Mixed, "it was “a mistake” to use the account",
                Some("The former first lady and U.S. senator"), Some("said")),
            yes!("The former governor and current Democratic nominee said she would win.",
                Indirect, "she would win",
                Some("The former governor and current Democratic nominee"), Some("said")),
            yes!("The former coach and current club president said the stand would be rebuilt.",
                Indirect, "the stand would be rebuilt", Some("The former coach and current club president"),
                Some("said")),
            yes!("He thanked the mayor and residents said they were grateful.", Indirect,
                "they were grateful", Some("residents"), Some("said")),
            no!("The minister read the report that the panel wrote."),
            // A plural ending the phrase after an article and a noun is no
            // verb (`the city councils.`).
            no!("The mayor announced a new plan to speed up repairs by the city councils."),
            // A verb that is also a noun, after a name with an article, is
            // a verb before `that` (but a name's modifier before a verb).
            yes!("The Harbour Gazette reports that the pier will close.", Indirect,
                "the pier will close", Some("The Harbour Gazette"), Some("reports")),
            no!("The Harbour Gazette reports were read aloud."),
            no!("Readers doubted the Harbour Gazette report that the pier will close."),
            yes!("Council staff confirmed the road would reopen.", Indirect,
                "the road would reopen", Some("Council staff"), Some("confirmed")),
            // The subject extracted by a relative word.
            yes!("It funds the super PACs, which he said were a corrupting influence.", Indirect,
                "were a corrupting influence", Some("he"), Some("said")),
            yes!("Crews fought what officials say is the largest fire in a decade.", Indirect,
                "is the largest fire in a decade", Some("officials"), Some("say")),
            // A relative clause's content ends before the main clause's
            // verb, or at the comma that closes it.
            yes!("The man who said the plant was safe resigned on Monday.", Indirect,
                "the plant was safe", Some("who"), Some("said")),
            yes!("The mayor, who said the bridge would reopen, resigned on Monday.", Indirect,
                "the bridge would reopen", Some("who"), Some("said")),
            // A relative `which` after a comma or a dash, right before the
            // cue: the body or document before it is the subject.
            yes!("The strike was called by the nurses’ union, which said that wards were unsafe.",
                Indirect, "wards were unsafe", Some("which"), Some("said")),
            yes!("The fine levied by the Harbour Board, which argued that the firm had cheated, was upheld.",
                Indirect, "the firm had cheated", Some("which"), Some("argued")),
            yes!("The council -- which says that two funds lost money -- met today.",
                Indirect, "two funds lost money", Some("which"), Some("says")),
            no!("They met in the old hall, which suggests the talks went well."),
            no!("In Norland, which claims the islands, fishing is banned."),
            no!("The party, which calls for lower taxes, won two seats."),
            wide!("The novice who wants to unseat the mayor is raising money.", Indirect,
                "to unseat the mayor", Some("who"), Some("wants")),
            // The relative clause ends at its comma.
            yes!("The plan, which critics say will cost jobs, was approved.", Indirect,
                "will cost jobs", Some("critics"), Some("say")),
            // A relative clause inside the content's subject, before its
            // verb, is part of the content.
            yes!("She said the talks, which began in May, stalled.", Indirect,
                "the talks, which began in May, stalled", Some("She"), Some("said")),
            // A noun phrase with a relative clause is no clause; nor is a
            // verb coordinated with the subject's own.
            no!("The coach praised her defenders, who have conceded once in six games."),
            no!("Ray Vance has pleaded guilty to theft and is due to be sentenced in May."),
            yes!("He said the grant, which had kept the clinic open, was now spent.", Indirect,
                "the grant, which had kept the clinic open, was now spent", Some("He"),
                Some("said")),
            yes!("Officials argued that the levee, which was built in 1950, could fail.", Indirect,
                "the levee, which was built in 1950, could fail", Some("Officials"),
                Some("argued")),
            // A person noun with an organisation: the person, not the
            // organisation.
            yes!("An official from the Transit Authority said the line would reopen.", Indirect,
                "the line would reopen", Some("An official"), Some("said")),
            yes!("A spokesman for the Interior Ministry said no figures were kept.", Indirect,
                "no figures were kept", Some("A spokesman"), Some("said")),
            // An adjective between `the` and the organisation's name; a
            // relation of a described person.
            yes!("Economists at the respected Fenwick Policy Centre said rates would rise.",
                Indirect, "rates would rise", Some("Economists"), Some("said")),
            yes!("A cousin of farmer Ted Bly said the barn had burned.", Indirect,
                "the barn had burned", Some("A cousin"), Some("said")),
            yes!("Residents in the town said the water was brown.", Indirect,
                "the water was brown", Some("Residents"), Some("said")),
            yes!("Officials who asked not to be named said the talks had stalled.", Indirect,
                "the talks had stalled", Some("Officials"), Some("said")),
            // A second verb after a comma is no part of the object.
            no!("The senator endorsed Clinton, said on Wednesday he agrees with her plan."),
            // A dotted initialism inside or ending the subject.
            yes!("A U.S. official said the talks had stalled.", Indirect,
                "the talks had stalled", Some("A U.S. official"), Some("said")),
            yes!("The US senator said the talks had stalled.", Indirect,
                "the talks had stalled", Some("The US senator"), Some("said")),
            yes!("Officials in the U.S. said the talks had stalled.", Indirect,
                "the talks had stalled", Some("Officials"), Some("said")),
            // A relative clause without commas between the subject and
            // its verb.
            yes!("Residents who live near the plant said the smell was worse.", Indirect,
                "the smell was worse", Some("Residents"), Some("said")),
            yes!("Two officials who spoke on condition of anonymity said the talks had stalled.",
                Indirect, "the talks had stalled", Some("Two officials"), Some("said")),
            // An affiliation, then an insertion.
            yes!("Dr Ana Roe at the University of Leeds, who led the work, said the finding was new.",
                Indirect, "the finding was new", Some("Dr Ana Roe"), Some("said")),
            // A long insertion between the subject and its verb.
            yes!("The union, which represents 4,000 nurses, said talks had failed.", Indirect,
                "talks had failed", Some("The union"), Some("said")),
            yes!("Donna Roe, 59, of Ashton, who watched on a screen, said it rained.", Indirect,
                "it rained", Some("Donna Roe"), Some("said")),
            yes!("The minister posted on social media that the scheme would grow.", Indirect,
                "the scheme would grow", Some("The minister"), Some("posted on social media")),
            yes!("Lyle denied he had taken the money.", Indirect,
                "he had taken the money", Some("Lyle"), Some("denied")),
            yes!("The union criticised that the talks stalled in May.", Indirect,
                "the talks stalled in May", Some("The union"), Some("criticised")),
            // The verb far from its subject.
            yes!("She went on to say the plan had failed.", Indirect,
                "the plan had failed", Some("She"), Some("went on to say")),
            no!("She went on to win the race."),
            // A progressive after a contracted `is`.
            yes!("The campaign defended him. It’s denouncing what it calls “a media attack.”",
                Mixed, "what it calls “a media attack.”", Some("It"), Some("denouncing")),
            // A manner adverb before `that`; a phrase of time before a subject.
            yes!("Companies complain bitterly that taxes are too high.", Indirect,
                "taxes are too high", Some("Companies"), Some("complain")),
            yes!("Roe said after the convention he would not accept the offer.", Indirect,
                "he would not accept the offer", Some("Roe"), Some("said")),
            // A demonstrative subject before a past form.
            yes!("He said this applied only to tankers.", Indirect,
                "this applied only to tankers", Some("He"), Some("said")),
            // A credit inside a fronted subordinate clause reports up to
            // its comma, not the main clause after it.
            yes!("When the minister said the plan would fail, the crowd booed.", Indirect,
                "the plan would fail", Some("the minister"), Some("said")),
            no!("When Jo Roe announced her resignation in May, Ann Lee joined the race."),
            no!("After the union objected, the case was moved to another court."),
            yes!("As the mayor announced that the plant would close, the union walked out.",
                Indirect, "the plant would close", Some("the mayor"), Some("announced")),
            // (`As X noted,` credits the clause after it.)
            yes!("As the paper noted, the plan is a surprise.", Indirect,
                "the plan is a surprise", Some("the paper"), Some("noted")),
            // `Having said that`: a participle, no subject.
            no!("Having said that, the minister left the room."),
            no!("(Having said that, there are many who disagree.)"),
            // A verb with its object after a comma is no trailing credit.
            yes!("Roe noted that at one of her first meetings, in 1972, she backed a plan to merge.",
                Indirect, "at one of her first meetings, in 1972, she backed a plan to merge",
                Some("Roe"), Some("noted")),
            // `that` before a verb is the clause's subject.
            yes!("Her lawyer said that was not her view.", Indirect,
                "that was not her view", Some("Her lawyer"), Some("said")),
            // A second that-clause of the same cue, and a contrast with no
            // clause of its own, go on with the content.
            yes!("The coach said the squad was tired, and that two players were hurt.", Indirect,
                "the squad was tired, and that two players were hurt", Some("The coach"),
                Some("said")),
            yes!("Lee argued that fares should fall, but that the subsidy must end.", Indirect,
                "fares should fall, but that the subsidy must end", Some("Lee"), Some("argued")),
            yes!("She said the board would meet, but not before the audit.", Indirect,
                "the board would meet, but not before the audit", Some("She"), Some("said")),
            yes!("He said the firm would hire cooks, as well as two drivers.", Indirect,
                "the firm would hire cooks, as well as two drivers", Some("He"), Some("said")),
            yes!("Roe said he backed the plan, but was worried about its cost.", Indirect,
                "he backed the plan, but was worried about its cost", Some("Roe"), Some("said")),
            // (A clause with a subject of its own after `but`, or `that`
            // as a subject, is a new main clause.)
            yes!("Roe said the plant was safe, but the union disagreed.", Indirect,
                "the plant was safe", Some("Roe"), Some("said")),
            yes!("Roe said the plant was safe, and that was the end of it.", Indirect,
                "the plant was safe", Some("Roe"), Some("said")),
            yes!("Roe said the plant was safe, but did not give a date.", Indirect,
                "the plant was safe", Some("Roe"), Some("said")),
            // A verb of going on, or `be` and a word of readiness, before
            // `to`: the cue is the whole phrase.
            yes!("He continues to insist that the depot will stay open.", Indirect,
                "the depot will stay open", Some("He"), Some("continues to insist")),
            yes!("Her aides were quick to point out that she had won twice.", Indirect,
                "she had won twice", Some("Her aides"), Some("were quick to point out")),
            // A message sent to say something: the cue is the phrase.
            yes!("Her lawyer wrote to say that the fee had been paid.", Indirect,
                "the fee had been paid", Some("Her lawyer"), Some("wrote to say")),
            // (Not a promise to say, nor a refusal.)
            no!("The firm agreed to say nothing until Friday about the sale."),
            yes!("Older riders are more likely to say the trams are late.", Indirect,
                "the trams are late", Some("Older riders"), Some("are more likely to say")),
            no!("He continues to insist on a recount."),
            no!("The firm is likely to announce a new plant."),
            // A share of those asked, in words or figures.
            yes!("Sixty percent said the tax was fair.", Indirect,
                "the tax was fair", Some("Sixty percent"), Some("said")),
            yes!("About 4 in 10 say they want lower fares.", Indirect,
                "they want lower fares", Some("4 in 10"), Some("say")),
            yes!("Two in three said they would ride again.", Indirect,
                "they would ride again", Some("Two in three"), Some("said")),
            yes!("One in five said the buses were dirty.", Indirect,
                "the buses were dirty", Some("One in five"), Some("said")),
            yes!("Three-fourths say the road is unsafe.", Indirect,
                "the road is unsafe", Some("Three-fourths"), Some("say")),
            yes!("Two-thirds of them say the road is unsafe.", Indirect,
                "the road is unsafe", Some("Two-thirds of them"), Some("say")),
            yes!("Nearly half said the service had improved.", Indirect,
                "the service had improved", Some("half"), Some("said")),
            yes!("Three-quarters said the fares were too high.", Indirect,
                "the fares were too high", Some("Three-quarters"), Some("said")),
            yes!("Most of them said they had enjoyed the work.", Indirect,
                "they had enjoyed the work", Some("Most of them"), Some("said")),
            // (A second share after `, and` ends the first one's content.)
            yes!("Half said the mayor was honest, and three in 10 said the council was.", Indirect,
                "the mayor was honest", Some("Half"), Some("said")),
            // A comma inside the closing mark ends the content as one
            // outside it does, before a participle or a credit.
            yes!("She said the plan was “a disgrace,” adding that it would fail.", Mixed,
                "the plan was “a disgrace,”", Some("She"), Some("said")),
            // A progressive before a clause with a pronoun as its subject,
            // with or without `that`.
            yes!("The mayor is now saying it will stay open.", Indirect,
                "it will stay open", Some("The mayor"), Some("saying")),
            no!("The minister is defending his plan to sell the port."),
            no!("The talks are continuing, he said."),
            yes!("Some are quietly suggesting it is time to sell.", Indirect,
                "it is time to sell", Some("Some"), Some("suggesting")),
            no!("Police are asking residents to stay indoors tonight."),
            // A gerund cue after a preposition, inside a clause of the
            // content's own, is the content's.
            yes!("Roe said the rival would win votes by promising that taxes would fall.",
                Indirect, "the rival would win votes by promising that taxes would fall",
                Some("Roe"), Some("said")),
            // `another` or `one` alone as a subject; two nouns joined by
            // `and`; those polled.
            yes!("Some said the vote was fair, while another said it was rigged.", Indirect,
                "it was rigged", Some("another"), Some("said")),
            yes!("Her advisers and allies say she will stay in the race.", Indirect,
                "she will stay in the race", Some("Her advisers and allies"), Some("say")),
            yes!("Some 56 percent of riders polled said the trams were late.", Indirect,
                "the trams were late", Some("56 percent of riders polled"), Some("said")),
            yes!("Experts on Vell County and river policy said the wall could fail.", Indirect,
                "the wall could fail", Some("Experts on Vell County and river policy"),
                Some("said")),
            no!("She thanked the staff and party workers marched to the hall."),
            yes!("Of those surveyed, most said the tax was fair, and those surveyed said it was low.",
                Indirect, "it was low", Some("those surveyed"), Some("said")),
            no!("One label the mayor rejects is the one critics gave him."),
            // A day's possessive opens the content; it is no time phrase.
            yes!("Roe said Friday's vote was rigged.", Indirect,
                "Friday's vote was rigged", Some("Roe"), Some("said")),
            // A name with its article, before a verb that is also a noun
            // and `that`.
            yes!("The Daily Vex reports that the mayor will resign.", Indirect,
                "the mayor will resign", Some("The Daily Vex"), Some("reports")),
            yes!("The former minister and current nominee said she would run.", Indirect,
                "she would run", Some("The former minister and current nominee"), Some("said")),
            // A subordinate clause after the cue is no content.
            no!("“Europe must defend itself,” the president said on Friday as he entered the talks."),
            // A verb form in `-s` after a number is a noun.
            no!("Twenty-seven states led by Ohio are challenging the rules."),
            no!("In all, 27 states backed the plan."),
            // (The participle after a credit is no content of its cue.)
            no!("The dam held, Ana Ruiz said on Monday, warning that more rain was due."),
            no!("It was hard to say more."),
            // After a preposition a noun that is also a verb is a noun.
            no!("The site rated 32% of Republican claims as false."),
            // A quantifier before a noun that is also a verb is no subject.
            no!("Some protest leaders marched to the hall."),
            no!("The report did not help."),
            yes!("The report states, however, that the plant was safe.", Indirect,
                "the plant was safe", Some("The report"), Some("states")),
            yes!("The court ruled that the contract was void.", Indirect,
                "the contract was void", Some("The court"), Some("ruled")),
            // A date after the cue is no part of the clause; `that` after
            // a preposition opens none; `pleaded guilty` reports nothing.
            yes!("The court ruled on September 11 the law was void.", Indirect,
                "the law was void", Some("The court"), Some("ruled")),
            // A clock time and a bracket inside the phrase after the cue.
            yes!("The utility announced at 11:30 am (1830 UTC), phase one had been completed.",
                Indirect, "phase one had been completed", Some("The utility"), Some("announced")),
            no!("The court ruled on the appeal of that decision by the council."),
            no!("Two of the men pleaded guilty or were convicted last year."),
            // An existential `there` and its verb open a clause.
            yes!("The minister said there remain big gaps in pay.", Indirect,
                "there remain big gaps in pay", Some("The minister"), Some("said")),
            yes!("The minister said there remains a gap in pay.", Indirect,
                "there remains a gap in pay", Some("The minister"), Some("said")),
            no!("The minister said there in May."),
            // A bare plural first in its clause, after `But` or `Still,`,
            // before a verb of saying.
            yes!("But environmentalists say the plan will fail.", Indirect,
                "the plan will fail", Some("environmentalists"), Some("say")),
            yes!("Still, conservationists argue that the dam must go.", Indirect,
                "the dam must go", Some("conservationists"), Some("argue")),
            no!("But figures say little about costs."),
            // A noun that is also a cue, before a verb in the past, is
            // the subject's head (`Initial reports stated`), no cue.
            yes!("Initial reports stated the fruit was a pineapple.", Indirect,
                "the fruit was a pineapple", Some("Initial reports"), Some("stated")),
            // A capitalised preposition opening a sentence is no name.
            no!("Amongst incidents reported, the worst was a fire at the depot."),
            no!("The MP has called for an inquiry into the closure."),
            // Figures that suggest are evidence; so are findings and
            // tests, capitalised or not.
            no!("The figures suggest households are cutting back."),
            no!("Findings suggested the colony was shrinking."),
            no!("Evidence suggests the fire was set."),
            no!("Tests showed the water was unsafe to drink."),
            wide!("Findings suggested the colony was shrinking.", Indirect,
                "the colony was shrinking", Some("Findings"), Some("suggested")),
            // A noun phrase or an infinitive is no reported clause.
            no!("The company announced a new plant in the north."),
            no!("The crowd shouted slogans outside the hall."),
            no!("The mayor echoed the warning."),
            no!("The talks continue to stall."),
            no!("Lyle denies 14 counts of fraud."),
            // After `a` and a singular noun, a verb's base form is a noun
            // (`a kitchen counter`); a plural subject takes the verb.
            no!("The stage, a kitchen counter that folds into a bed, is clever."),
            yes!("Critics counter that the toll is too high.", Indirect,
                "the toll is too high", Some("Critics"), Some("counter")),
            // (Inside a clause of its own, a channel's participle is part of it.)
            yes!("She said the group had provided a statement affirming its independence.",
                Indirect, "the group had provided a statement affirming its independence",
                Some("She"), Some("said")),
            // (A channel and its participle: the participle reports.)
            no!("The minister posted a message on Facebook on Friday announcing he had tested positive."),
            no!("Keeper Ana Ruiz stopped 31 shots and denied the visitors twice in overtime."),
            no!("Prosecutors charged him with assault."),
            no!("She cited the report."),
            no!("The chairman declined to comment."),
            // No one is asked: no request.
            no!("She refused to say where the money went."),
            no!("The two sides agreed to meet again in May."),
            // A commitment's infinitive is an intention: thought.
            wide!("The leaders vowed to cut emissions by half.", Indirect,
                "to cut emissions by half", Some("The leaders"), Some("vowed")),
            no!("The leaders vowed to cut emissions by half."),
            // In the wider scope, a question that a reaction or a thought
            // takes up.
            wide!("Critics questioned what kind of mayor sends such letters.", Indirect,
                "what kind of mayor sends such letters", Some("Critics"), Some("questioned")),
            no!("Critics questioned what kind of mayor sends such letters."),
            // In the wider scope, the content of thought or evidence ends
            // before a second verb after `but`, and an infinitive before a
            // participle's phrase after a comma (`including` goes on); a
            // clause keeps its participle.
            wide!("The mayor wants to hire 50 nurses, focusing on rural clinics.", Indirect,
                "to hire 50 nurses", Some("The mayor"), Some("wants")),
            wide!("Video shows that the driver had stopped, contradicting the police account.",
                Indirect, "the driver had stopped, contradicting the police account",
                Some("Video"), Some("shows")),
            wide!("She did not want to stay in the ward, but was sent home.", Indirect,
                "to stay in the ward", Some("She"), Some("want")),
            wide!("Officials believe sales will rise, including exports.", Indirect,
                "sales will rise, including exports", Some("Officials"), Some("believe")),
            // So is a refusal's (`declined to …`).
            wide!("The club declined to renew her contract.", Indirect,
                "to renew her contract", Some("The club"), Some("declined")),
            no!("The club declined to renew her contract."),
            // In the wider scope, a noun phrase that holds a quotation is
            // the object it is, up to a time phrase or the next verb.
            wide!("The mayor praised the “bold and fair” budget on Monday.", Mixed,
                "the “bold and fair” budget", Some("The mayor"), Some("praised")),
            wide!("Roe supports “fair pay,” opposes a freeze and wants a vote.", Direct,
                "fair pay,", Some("Roe"), Some("supports")),
            no_wide!("Ann Lee praised the plan on Monday."),
            // Scare quotes doubt the cue.
            no!("The lies from Roe as he \"endorses\" Lee do not fool them."),
            // Thought and evidence are outside the default scope.
            no!("We expect the first power to flow by June."),
            no!("A photo showed the mayor at the opening."),
            no!("The minister believes the plan will work."),
            // A verb of thought that is also a noun, in agreement with a
            // described subject.
            wide!("Local leaders hope the bridge will reopen by May.", Indirect,
                "the bridge will reopen by May", Some("Local leaders"), Some("hope")),
            wide!("The company fears that sales will slump.", Indirect,
                "sales will slump", Some("The company"), Some("fears")),
            no_wide!("The leaders' hopes rose when the bridge reopened."),
            // A document over its modifiers.
            wide!("The report published Tuesday showed that the dam was safe.", Indirect,
                "the dam was safe", Some("The report"), Some("showed")),
            wide!("A new poll out Monday showed the mayor with a healthy lead.", Indirect,
                "the mayor with a healthy lead", Some("A new poll"), Some("showed")),
            no_wide!("Officials who read the report found the keys."),
            // Plural things that show are evidence, and show a small clause
            // too; so does a document with a name in capitals that is also
            // a verb (`Post`), or two names joined by `and`.
            wide!("Leaked files showed the mayor meeting the builder.", Indirect,
                "the mayor meeting the builder", Some("Leaked files"), Some("showed")),
            no_wide!("Local farmers showed the mayor their fields."),
            // (Things that are no documents show and find no phrase that
            // opens with a possessive or `no`: what they show is their
            // own behaviour, what they find their own way.)
            no_wide!("The players found their way past the wall."),
            no_wide!("His dogs showed no interest in the race."),
            // A month between the article and the document is its.
            wide!("A June poll found the mayor leading by four points.", Indirect,
                "the mayor leading by four points", Some("A June poll"), Some("found")),
            wide!("A poll by the Valley Post and City Radio shows the mayor ahead.", Indirect,
                "the mayor ahead", Some("A poll"), Some("shows")),
            // (With no subject of its own, the verb takes the document.)
            wide!("A poll released Monday by the Valley Post shows the mayor ahead.", Indirect,
                "the mayor ahead", Some("A poll"), Some("shows")),
            // A progressive of thought takes any content.
            wide!("The coach is hoping the rain will stop.", Indirect,
                "the rain will stop", Some("The coach"), Some("hoping")),
            wide!("Mr Lee quit because he knew the plan would fail.", Indirect,
                "the plan would fail", Some("he"), Some("knew")),
            wide!("The paper has learned that the mayor will resign.", Indirect,
                "the mayor will resign", Some("The paper"), Some("learned")),
            // Evidence added for the wider scope alone.
            wide!("Forecasters forecast that the storm will weaken.", Indirect,
                "the storm will weaken", Some("Forecasters"), Some("forecast")),
            wide!("The ruling implied that the law was void.", Indirect,
                "the law was void", Some("The ruling"), Some("implied")),
            wide!("The audit underscored the need for new pumps.", Indirect,
                "the need for new pumps", Some("The audit"), Some("underscored")),
            wide!("Court records contradicted his account of the night.", Indirect,
                "his account of the night", Some("Court records"), Some("contradicted")),
            wide!("The survey illustrates how far rents have risen.", Indirect,
                "how far rents have risen", Some("The survey"), Some("illustrates")),
            // Memory, realisation and deliberation, for the wider scope
            // alone.
            wide!("Nina Vale remembers that the ferry once ran all night.", Indirect,
                "the ferry once ran all night", Some("Nina Vale"), Some("remembers")),
            wide!("By noon the crew realized the pump had failed.", Indirect,
                "the pump had failed", Some("the crew"), Some("realized")),
            wide!("Growers anticipated that prices would fall in spring.", Indirect,
                "prices would fall in spring", Some("Growers"), Some("anticipated")),
            no!("Nina Vale remembers that the ferry once ran all night."),
            no_wide!("The harbour she remembers is gone."),
            // (A participle of thought after a comma and before `to`
            // is a passive of the phrase before it.)
            no_wide!("Ann Voss, the council leader, previously committed to holding a hearing, \
                anticipated to begin in June."),
            no_wide!("The long-anticipated bridge opened on Friday."),
            no_wide!("The weather forecast for Friday is grim."),
            no_wide!("At the fair, Lee was demonstrating small screens that could be used as eyes."),
            no_wide!("The screens projected an animation of eyes."),
            no!("The ruling implied that the law was void."),
            no_wide!("She learned to swim at six."),
            // A bare plural first in its clause before a verb of thought,
            // in the wider scope.
            wide!("But ecologists worry that the frost will return.", Indirect,
                "the frost will return", Some("ecologists"), Some("worry")),
            wide!("Still, beekeepers fear the hives are failing.", Indirect,
                "the hives are failing", Some("beekeepers"), Some("fear")),
            no_wide!("But fears grew that the dam would break."),
            wide!("Many fear the bridge will close.", Indirect,
                "the bridge will close", Some("Many"), Some("fear")),
            // (Also after a coordinator that opens the sentence.)
            wide!("But few believe the truce can last.", Indirect,
                "the truce can last", Some("few"), Some("believe")),
            // A named body with an article plans, in the third person,
            // its infinitive.
            wide!("The Harbour Trust plans to open the dock in May.", Indirect,
                "to open the dock in May", Some("The Harbour Trust"), Some("plans")),
            no_wide!("The Harbour Trust plans were shelved."),
            // A participle after an article inside an infinitive is an
            // adjective, no verb of a new clause.
            wide!("She hopes to offset all of the expected costs by May.", Indirect,
                "to offset all of the expected costs by May", Some("She"), Some("hopes")),
            // A document in an `of` phrase after its head: the head.
            wide!("The average of polls taken this week shows the mayor ahead.", Indirect,
                "the mayor ahead", Some("The average of polls"), Some("shows")),
            no_wide!("Voters in favour of polls taken this week showed up."),
            // `accepted that`: an admission.
            yes!("The director accepted that the paperwork had been ‘not good enough’.", Mixed,
                "the paperwork had been ‘not good enough’", Some("The director"), Some("accepted")),
            no!("The union accepted the offer."),
            // Indian English `opined that`.
            yes!("The convener opined that the hall had become too small.", Indirect,
                "the hall had become too small", Some("The convener"), Some("opined")),
            // `writes for` a paper: a job, no report.
            no!("Ana Ruiz, who writes for the newsletter Dress Code, liked the coats."),
        ],
    },
    Rule {
        id: RuleId::NounPhraseContent,
        apply: Apply::Cue(noun_phrase_content, Cues::ANY),
        confidence: 0.55,
        #[cfg(test)]
        examples: &[
            wide!("The senator wants a vote this week.", Indirect,
                "a vote", Some("The senator"), Some("wants")),
            wide!("The mayor plans a vote this week.", Indirect,
                "a vote", Some("The mayor"), Some("plans")),
            wide!("Old hands still remember the flood of 1998.", Indirect,
                "the flood of 1998", Some("Old hands"), Some("remember")),
            wide!("The council contemplated a curfew for the harbour.", Indirect,
                "a curfew for the harbour", Some("The council"), Some("contemplated")),
            // (So does a phrase of the channel: `in early-morning tweets`.)
            wide!("The coach praised the players in early-morning tweets.", Indirect,
                "the players", Some("The coach"), Some("praised")),
            // (A phrase of time after a preposition ends the object:
            // `at last week's fair`, not `the figure at`.)
            wide!("Both mayors cited the figure at last week's fair.", Indirect,
                "the figure", Some("Both mayors"), Some("cited")),
            no_wide!("The plans for a new town hall were put on hold."),
            // (`as` and a subject pronoun open a clause of time, no
            // description of the object.)
            no_wide!("Drivers showed patience as they waited at the gate."),
            wide!("Jo Roe praised the new budget and said it would pass.", Indirect,
                "the new budget", Some("Jo Roe"), Some("praised")),
            // The object ends before `as` and a clause of time, and before
            // a comma and a preposition (an adjunct).
            wide!("The mayor condemned the attack as the rebels fired more shells into the town.",
                Indirect, "the attack", Some("The mayor"), Some("condemned")),
            wide!("Several members of the council echo her concerns, in large part because the budget is tight.",
                Indirect, "her concerns", Some("Several members of the council"), Some("echo")),
            // (`as` and a noun phrase with no verb describes the object.)
            wide!("The mayor condemned the attack as a crime against the town.",
                Indirect, "the attack as a crime against the town", Some("The mayor"), Some("condemned")),
            wide!("The union denied the allegations on Monday.", Indirect,
                "the allegations", Some("The union"), Some("denied")),
            wide!("The mayor has criticized the council for its delay, saying it cost lives.",
                Indirect, "the council for its delay", Some("The mayor"), Some("criticized")),
            wide!("Roe endorsed Lee last week.", Indirect,
                "Lee", Some("Roe"), Some("endorsed")),
            wide!("The union called for a moratorium on new mines.", Indirect,
                "a moratorium on new mines", Some("The union"), Some("called for")),
            // (`call for` is no summons: a plain object is its content.)
            wide!("The mayor called for the repeal of the law.", Indirect,
                "the repeal of the law", Some("The mayor"), Some("called for")),
            wide!("The union has called for the complete repeal of the tax.", Indirect,
                "the complete repeal of the tax", Some("The union"), Some("called for")),
            wide!("Jo Roe warned against hackers from abroad.", Indirect,
                "hackers from abroad", Some("Jo Roe"), Some("warned against")),
            wide!("The senator complained about the noise in the hall.", Indirect,
                "the noise in the hall", Some("The senator"), Some("complained about")),
            wide!("The report warned of a shortage of nurses.", Indirect,
                "a shortage of nurses", Some("The report"), Some("warned of")),
            wide!("Jo Roe spoke of her years on the council.", Indirect,
                "her years on the council", Some("Jo Roe"), Some("spoke of")),
            // (A verb that needs its object before `of` is a passive
            // right before it: the builder is accused, no speaker.)
            no_wide!("The trial of a builder accused of fraud opened on Monday."),
            // In the wider scope, a reaction agrees with a described
            // subject, and takes it over its modifiers.
            wide!("About a third of growers support the levy.", Indirect,
                "the levy", Some("a third of growers"), Some("support")),
            wide!("Growers in the valley oppose the new levy.", Indirect,
                "the new levy", Some("Growers"), Some("oppose")),
            no_wide!("The growers' support rose."),
            // (A name after a preposition stays the subject of a
            // reaction.)
            wide!("Senator from Ostland Jo Roe endorsed Ann Lee for mayor.", Indirect,
                "Ann Lee for mayor", Some("Ostland Jo Roe"), Some("endorsed")),
            // A reporting verb's infinitive after another verb: the
            // subject of that verb's clause.
            wide!("The ministers met on Friday to discuss the budget.", Indirect,
                "the budget", Some("The ministers"), Some("discuss")),
            wide!("Most growers tended to support the levy.", Indirect,
                "the levy", Some("Most growers"), Some("support")),
            no_wide!("The road to support the town was closed."),
            no_wide!("They learned how to discuss the budget."),
            no_wide!("The aim is to discuss the budget."),
            wide!("It came after the mayor spoke at a meeting to discuss the budget.", Indirect,
                "the budget", Some("the mayor"), Some("discuss")),
            no_wide!("She was the first mayor to discuss the budget."),
            // (A name right after a verb is the infinitive's subject.)
            wide!("The letter led Roe to criticize the budget.", Indirect,
                "the budget", Some("Roe"), Some("criticize")),
            wide!("The cuts made it hard for the mayor to defend the budget.", Indirect,
                "the budget", Some("the mayor"), Some("defend")),
            // A pronoun alone as the object; a clause after `now that`
            // or `so that`; a second verb after `but` and an adverb.
            wide!("Although he backs the levy, he does not defend it.", Indirect,
                "it", Some("he"), Some("defend")),
            wide!("The row may cool now that Roe has endorsed Lee.", Indirect,
                "Lee", Some("Roe"), Some("endorsed")),
            wide!("Some officials praised his work on the dam but also gave him more time.",
                Indirect, "his work on the dam", Some("Some officials"), Some("praised")),
            no_wide!("They said it."),
            // A progressive's object too.
            wide!("Jo Roe is defending his early tweets.", Indirect,
                "his early tweets", Some("Jo Roe"), Some("defending")),
            wide!("Jo Roe is once again questioning the count.", Indirect,
                "the count", Some("Jo Roe"), Some("questioning")),
            no_wide!("Jo Roe is leading the vote."),
            // A relative clause between commas is its own report; a
            // restrictive one is part of its noun phrase.
            wide!("The board thanked Jo Roe, who praised the new budget.", Indirect,
                "the new budget", Some("who"), Some("praised")),
            no_wide!("Voters who praised the new budget were few."),
                        no_wide!("She called home on Friday."),
            // A month before a noun is no time phrase; nor is a day with a
            // possessive.
            wide!("Most voters expect the mayor to win Monday's debate.", Indirect,
                "the mayor to win Monday's debate", Some("Most voters"), Some("expect")),
            wide!("Jo Roe praised the party's July convention on Monday.", Indirect,
                "the party's July convention", Some("Jo Roe"), Some("praised")),
            // A participle's or a second verb's object, for their speaker.
            wide!("Jo Roe left the hall early, citing a family emergency.", Indirect,
                "a family emergency", Some("Jo Roe"), Some("citing")),
            wide!("Jo Roe arrived late and praised the new budget.", Indirect,
                "the new budget", Some("Jo Roe"), Some("praised")),
            // A participle after a preposition of means or time.
            wide!("The mayor won the vote by praising local farmers.", Indirect,
                "local farmers", Some("The mayor"), Some("praising")),
            no!("The mayor won the vote by praising local farmers."),
            // A clause is the rule of `X said CLAUSE`'s.
            no_wide!("The senator said the vote would wait."),
            // An infinitive, a pronoun, a time phrase: no noun phrase.
            no_wide!("The chairman declined to comment."),
            no_wide!("She denied it on Monday."),
            no_wide!("The board reported on Friday."),
            // A manner of speaking takes no content as its object.
            no_wide!("The crowd shouted slogans outside the hall."),
            // An ordinal heads no phrase: the cue's word is a noun.
            no_wide!("The second blast affected first responders."),
            no_wide!("The third report covered the whole coast."),
            wide!("Most members favor a shorter season.", Indirect,
                "a shorter season", Some("Most members"), Some("favor")),
            // A subject over its prepositional phrases.
            wide!("Two-thirds of the voters in the county want a new road.", Indirect,
                "a new road", Some("Two-thirds"), Some("want")),
            // A verb of thought or evidence with an object and its
            // description in `as`; a plain object is no content of theirs.
            wide!("Most farmers see the new dam as a threat to the river.", Indirect,
                "the new dam as a threat to the river", Some("Most farmers"), Some("see")),
            no_wide!("The mayor sees the new dam from her office."),
            // A verb of speech whose content is a topic, with its
            // particle: the wider scope's alone.
            wide!("The mayor talked about the flood defences.", Indirect,
                "the flood defences", Some("The mayor"), Some("talked about")),
            wide!("Jo Roe touted her record on housing.", Indirect,
                "her record on housing", Some("Jo Roe"), Some("touted")),
            wide!("The coach was referring to the late penalty.", Indirect,
                "the late penalty", Some("The coach"), Some("referring to")),
            no_wide!("The two sides will talk to each other on Monday."),
            // A stance or a feeling expressed or signalled: its object.
            wide!("The board expressed deep concern over the delays.", Indirect,
                "deep concern over the delays", Some("The board"), Some("expressed")),
            wide!("The council has signalled its willingness to compromise.", Indirect,
                "its willingness to compromise", Some("The council"), Some("signalled")),
            no_wide!("The parcel was expressed to the council."),
            // A cue in a clause fronted by a subordinator: its object ends
            // at the comma that closes the clause.
            wide!("While the mayor has railed against the new tax, her deputy backed it.",
                Indirect, "the new tax", Some("the mayor"), Some("railed against")),
            wide!("As the coach talked about the long season, the players filed out.", Indirect,
                "the long season", Some("the coach"), Some("talked about")),
            wide!("If the board wants the bridge open by May, Ann Lee will pay.", Indirect,
                "the bridge open by May", Some("the board"), Some("wants")),
            // Over an auxiliary and a negation, in the wider scope.
            wide!("State regulators did not consider the bid a serious option.", Indirect,
                "the bid a serious option", Some("State regulators"), Some("consider")),
            wide!("Many voters may not want a third term.", Indirect,
                "a third term", Some("Many voters"), Some("want")),
            no!("Many voters may not want a third term."),
            wide!("Most fans didn't expect a late goal.", Indirect,
                "a late goal", Some("Most fans"), Some("expect")),
            // Thanks, challenges, outlines, requests; what is recognised.
            wide!("The coach thanked the fans for their patience.", Indirect,
                "the fans for their patience", Some("The coach"), Some("thanked")),
            wide!("The union has challenged the ruling in the appeals court.", Indirect,
                "the ruling in the appeals court", Some("The union"), Some("challenged")),
            wide!("Officials recognized the risk of a second flood.", Indirect,
                "the risk of a second flood", Some("Officials"), Some("recognized")),
            no_wide!("The runners thanked."),
            // Support backed and help offered: the object.
            wide!("Two unions backed the mayor's rival.", Indirect,
                "the mayor's rival", Some("Two unions"), Some("backed")),
            wide!("The minister offered a full apology to the families.", Indirect,
                "a full apology to the families", Some("The minister"), Some("offered")),
            no_wide!("The truck backed into the wall."),
            // Stances and judgements added for the wider scope alone.
            wide!("The union lambasted the new contract on Monday.", Indirect,
                "the new contract", Some("The union"), Some("lambasted")),
            wide!("Critics likened the fee to a tax on the poor.", Indirect,
                "the fee to a tax on the poor", Some("Critics"), Some("likened")),
            wide!("Jo Roe voted against the budget.", Indirect,
                "the budget", Some("Jo Roe"), Some("voted against")),
            // Denunciations and dismissals.
            wide!("The minister denounced the attack on the ferry.", Indirect,
                "the attack on the ferry", Some("The minister"), Some("denounced")),
            wide!("The mayor dismissed the allegations on Monday.", Indirect,
                "the allegations", Some("The mayor"), Some("dismissed")),
            no_wide!("The workers were dismissed on Friday."),
            no!("The minister denounced the attack on the ferry."),
            no_wide!("Half the members voted on Friday."),
            no_wide!("The chef ordered fresh fish."),
            no_wide!("The league champion scored twice."),
            wide!("The judge rebuked the lawyers for the delay.", Indirect,
                "the lawyers for the delay", Some("The judge"), Some("rebuked")),
            wide!("Two senators sided with the mayor on the tax.", Indirect,
                "the mayor on the tax", Some("Two senators"), Some("sided with")),
            wide!("The minister brushed off the criticism.", Indirect,
                "the criticism", Some("The minister"), Some("brushed off")),
            no_wide!("She brushed the snow from the car."),
            no_wide!("The teacher underscored the title twice."),
            no_wide!("The company heralded a new era of growth."),
            no!("The judge rebuked the lawyers for the delay."),
            no!("The union lambasted the new contract on Monday."),
            no!("The mayor talked about the flood defences."),
            // Outside the wider scope a noun phrase is never content.
            no!("The senator wants a vote this week."),
            no!("Jo Roe praised the new budget."),
        ],
    },
    Rule {
        id: RuleId::Interrupted,
        apply: Apply::AfterCue(interrupted, &CREDITS),
        confidence: 0.95,
        #[cfg(test)]
        examples: &[
            yes!("“We tried,” she said, “but the vote failed.”", Direct,
                "but the vote failed.", Some("she"), Some("said")),
            yes!("“It is late,” said Jo Roe, “and we must go.”", Direct,
                "and we must go.", Some("Jo Roe"), Some("said")),
            // The second half joined by `but` or `and` before its marks:
            // the speaker's too, mixed.
            yes!("“I like Ben,” he said, but “on roads, Ben has a poor record.”", Mixed,
                "but “on roads, Ben has a poor record.”", Some("he"), Some("said")),
            yes!("Mills “got a deal,” Jordan said, and still “got to sit in on the talks.”",
                Mixed, "and still “got to sit in on the talks.”", Some("Jordan"), Some("said")),
            no!("“I like Ben,” he said, but his aides were not so sure."),
            // A scare-quoted cue between the halves.
            yes!("\"Hello,\" he 'said', \"how are you?\"", Direct,
                "how are you?", Some("he"), Some("'said'")),
            // A phrase between the credit and the second half, when the
            // first ends in a comma: a participle's, a place's.
            yes!("“Every time you say that,” Lee said, turning to the chart, “you help them.”",
                Direct, "you help them.", Some("Lee"), Some("said")),
            yes!("“I think it is fair,” Roe said during a rally in Dover, Del., “but few agree.”",
                Direct, "but few agree.", Some("Roe"), Some("said")),
            no!("“We tried.” She said it twice, and a man shouted, “Try again.”"),
            // An aside between the credit and the second half.
            yes!("“We tried,” she said of the vote, “but it failed.”", Direct,
                "but it failed.", Some("she"), Some("said")),
            yes!("“It is late,” Roe said during a visit to Lorne, Vell, “and we must go.”", Direct,
                "and we must go.", Some("Roe"), Some("said")),
            yes!("“Every time you say that,” Lee said, referring to the excuse, “you help them.”",
                Direct, "you help them.", Some("Lee"), Some("said")),
            yes!("“They need each other,” he said of Roe and Lee, “because neither can win alone.”",
                Direct, "because neither can win alone.", Some("he"), Some("said")),
            yes!("“We are safe,” she said two days after the storm, “which is a relief.”",
                Direct, "which is a relief.", Some("she"), Some("said")),
            no!("“We tried,” she said of the plan, which “failed badly” in May."),
            no!("“We tried,” she said of the plan, and “failed badly” in May."),
            no!("“We tried,” she said. The vote failed."),
            // The title of a work is no quotation of anyone's.
            no!("“It was a mistake,” said Jo Roe, the author of “Losing the Coast.”"),
        ],
    },
    Rule {
        id: RuleId::Parenthetical,
        apply: Apply::AfterCue(parenthetical, &[RuleId::ClauseNameSaid, RuleId::ClauseSaidName]),
        confidence: 0.7,
        #[cfg(test)]
        examples: &[
            yes!("The plan, she said, would fail within a year.", Indirect,
                "would fail within a year", Some("she"), Some("said")),
            yes!("Prices, the minister added, will rise again in spring.", Indirect,
                "will rise again in spring", Some("the minister"), Some("added")),
            yes!("It is, she said, the best offer yet.", Indirect,
                "the best offer yet", Some("she"), Some("said")),
            // After a cue in the present, a coordinated clause in the
            // present goes on with the content.
            yes!("What he found, he says, is that the dam is sound, and he is hopeful that it will hold.",
                Indirect, "is that the dam is sound, and he is hopeful that it will hold", Some("he"),
                Some("says")),
            no!("The plan will fail, she said."),
            // Inside a relative clause, only what follows the credit.
            yes!("The team mapped the melt zones, which, they observed, recur every year.",
                Indirect, "recur every year", Some("they"), Some("observed")),
            // A participle after the credit is its own cue's.
            no!("The van has sold well, Roe said, adding that a second plant was planned."),
        ],
    },
    Rule {
        id: RuleId::NameColonQuote,
        apply: Apply::Colon(name_colon_quote),
        confidence: 0.75,
        #[cfg(test)]
        examples: &[
            yes!("In the end it came down to Jo Roe: “We will not sign.”", Direct,
                "We will not sign.", Some("Jo Roe"), Some(":")),
            yes!("The last word went to Mayor Ann Lee: “Build it.”", Direct,
                "Build it.", Some("Mayor Ann Lee"), Some(":")),
            no!("The sign read: “Closed for repairs.”"),
            // A noun of speech before the colon: its owner speaks, or the
            // person whose clause it is.
            yes!("Her advice to beginners is blunt: “Water less, and deeper.”", Direct,
                "Water less, and deeper.", Some("Her"), Some(":")),
            yes!("His reply was short: “No.”", Direct, "No.", Some("His"), Some(":")),
            yes!("Coach Ann Lee had a simple message for her players: “Run.”", Direct,
                "Run.", Some("Coach Ann Lee"), Some(":")),
            yes!("The club’s coach, Ann Lee, had a message for her players: “Run.”", Direct,
                "Run.", Some("The club’s coach"), Some(":")),
            no!("The message on the sign was short: “Closed.”"),
            no!("The report had a message for the city: “Act now.”"),
        ],
    },
    Rule {
        id: RuleId::Asked,
        apply: Apply::Sentence(asked),
        confidence: 0.6,
        #[cfg(test)]
        examples: &[
            yes!("Asked whether the plant would close, she said no decision had been made.",
                Indirect, "whether the plant would close", None, Some("Asked")),
            yes!("Asked why the plant closed, the minister declined to comment.",
                Indirect, "why the plant closed", None, Some("Asked")),
            yes!("Asked by reporters outside the court whether she would appeal, Roe said no.",
                Indirect, "whether she would appeal", Some("reporters"), Some("Asked")),
            no!("He asked for a recount."),
            // A topic is no question.
            no!("Asked about the deal, the minister declined to comment."),
        ],
    },
    Rule {
        id: RuleId::DashCredit,
        apply: Apply::Dash(dash_credit),
        confidence: 0.85,
        #[cfg(test)]
        examples: &[
            yes!("“Never give up.” — Jo Roe", Direct,
                "Never give up.", Some("Jo Roe"), Some("—")),
            yes!("“The sea is patient” – Captain Ann Lee", Direct,
                "The sea is patient", Some("Captain Ann Lee"), Some("–")),
            // The credit on the next line.
            yes!("\"The plan will never work.\"\n- Hugh Ray", Direct,
                "The plan will never work.", Some("Hugh Ray"), Some("-")),
            yes!("“The sea is patient.”\n-- Captain Ann Lee", Direct,
                "The sea is patient.", Some("Captain Ann Lee"), Some("--")),
            no!("“Never give up” — the motto of the club since 1900 and still painted on its gate."),
            // A quotation inside narration is not credited by the next line.
            no!("The crowd chanted “stop the war”.\n— Jo Roe"),
        ],
    },
    Rule {
        id: RuleId::TranscriptLabel,
        apply: Apply::Paragraph(transcript_label),
        confidence: 0.75,
        #[cfg(test)]
        examples: &[
            yes!("ROE: We will not yield on this point.\n\nLEE: Then we sit here all night.",
                Direct, "We will not yield on this point.", Some("ROE"), Some(":")),
            yes!("Q: What happens to the plant now?\n\nROE: It stays open.", Direct,
                "It stays open.", Some("ROE"), Some(":")),
            yes!("LEE: Where is the money?\n\nROE: In the bank.\n\nLEE: Which bank?", Direct,
                "In the bank.", Some("ROE"), Some(":")),
            no!("UPDATE: The road has reopened."),
            // A questioner's turn is no one's claim, whatever its label.
            no!("Q: What happens to the plant now?"),
            no!("KLM: The guild says you want to close the depot. Will you?"),
            // One label that does not read as speech is no transcript; a
            // run of section labels neither.
            no!("ROE: The plant stays open."),
            no!("ENERGY: Oil prices rose on Tuesday.\n\nCURRENCIES: The dollar fell."),
            // The colon credit reports the quotation, once.
            no!("Smith: “We will win.”"),
            // Labels in double parentheses; the one that asks is the
            // interviewer's.
            yes!("((INT)) Will the plant close?\n\n((Jo Roe)) It stays open, I promise.",
                Direct, "It stays open, I promise.", Some("Jo Roe"), Some("))")),
            yes!("((INT)) Will it close?\n\n((JR)) No.\n\n((INT)) And then?\n\n((JR)) We grow.",
                Direct, "We grow.", Some("JR"), Some("))")),
            no!("((INT)) Will the plant close? Tell us what you know."),
            // A full name and a colon after a transcript's turn.
            yes!("((INT)) What now?\n\nJo Roe: We rebuild, I think.", Direct,
                "We rebuild, I think.", Some("Jo Roe"), Some(":")),
            // … but it also heads sections.
            no!("What now?\n\nJo Roe: Credit scores matter to you."),
            // An answer runs over the unlabelled paragraphs that speak in
            // the first or second person, until a label or a question.
            yes!("Q: Will fares rise?\n\nFORD: Not this year.\n\nWe froze them, I promise.",
                Direct, "Not this year.\n\nWe froze them, I promise.", Some("FORD"), Some(":")),
            yes!("Q: Will fares rise?\n\nFORD: Not this year.\n\nFares rose in May.", Direct,
                "Not this year.", Some("FORD"), Some(":")),
            // A title's period in a label.
            yes!("Q: Is it safe?\n\nPROF. HALE: We find that it is not.", Direct,
                "We find that it is not.", Some("PROF. HALE"), Some(":")),
            // Initials that put a claim to `you` without a question mark
            // are the questioner's.
            no!("Jo Roe runs the port.\n\nHBJ: Critics say you will sell it.\n\nHBJ: Will you?"),
            // A headline credits its claim to the name before its colon,
            // when the name comes back in the story.
            yes!("Lane: Budget Talks Have Stalled.\n\nSenator Mia Lane spoke after the vote.",
                Indirect, "Budget Talks Have Stalled", Some("Lane"), Some(":")),
            yes!("Harbour Board: Ferry Fares Won’t Rise This Year.\n\nThe Harbour Board met.",
                Indirect, "Ferry Fares Won’t Rise This Year", Some("Harbour Board"), Some(":")),
            yes!("Lane: Deal Is ‘Dead in the Water’.\n\nLane spoke on Monday.", Mixed,
                "Deal Is ‘Dead in the Water’", Some("Lane"), Some(":")),
            // Not a topic or section head (the name does not come back),
            // nor a label with a determiner or a function word, a
            // question, or a line with no verb.
            no!("Slippery Business: New Coating Keeps Pipes Clean.\n\nIt was tested in May."),
            no!("The Latest: Mayor Wins Second Term.\n\nThe Latest on the race follows."),
            no!("Win for Lane: Board Backs the Plan.\n\nLane was pleased."),
            no!("Lane: Is the Budget Balanced?\n\nLane spoke on Monday."),
            no!("Lane: A Long Night in the Chamber.\n\nLane spoke at midnight."),
            no!("Poll: Lane Has Pulled Ahead.\n\nThe poll was taken in May."),
            no!("Jo Lane Endorses Ed Moss: He Has Earned It.\n\nMoss spoke on Monday."),
        ],
    },
    Rule {
        id: RuleId::ContinuesSentence,
        apply: Apply::Block(continues_sentence),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            yes!("“We tried,” she said. “We will try again.”", Direct,
                "We will try again.", Some("she"), None),
            yes!("The minister said the plan was sound. “It will work.”", Direct,
                "It will work.", Some("The minister"), None),
            // The credit right before it, not an earlier one.
            yes!("Ms Roe told him: “You are wrong,” she said. “I do not see why you go there.”",
                Direct, "I do not see why you go there.", Some("she"), None),
            yes!("Jo Lee said she chose it because “few know,” she said. “We need to learn.”",
                Direct, "We need to learn.", Some("she"), None),
            no!("The road is closed. “It will reopen soon enough for everyone here.”"),
        ],
    },
    Rule {
        id: RuleId::ColonHeader,
        apply: Apply::Block(colon_header),
        confidence: 0.8,
        #[cfg(test)]
        examples: &[
            yes!("The mayor said:\n“We will rebuild every house.”", Direct,
                "We will rebuild every house.", Some("The mayor"), Some("said")),
            yes!("In her statement, Ms Roe wrote:\n“The company failed its workers.”", Direct,
                "The company failed its workers.", Some("Ms Roe"), Some("wrote")),
            // A noun of saying as the object: the subject of the verb.
            yes!("On Monday, Jo Roe made the following claim:\n“We will rebuild every house.”",
                Direct, "We will rebuild every house.", Some("Jo Roe"), Some("claim")),
            no!("The mayor said the town would recover.\n“We will rebuild every house.”"),
        ],
    },
    Rule {
        id: RuleId::ContinuationParagraph,
        apply: Apply::Block(continuation_paragraph),
        confidence: 0.85,
        #[cfg(test)]
        examples: &[
            yes!("“We tried,” she said.\n“We will try again next year.”", Direct,
                "We will try again next year.", Some("she"), None),
            yes!("The minister said the plan was sound.\n“It will work, and it will last.”",
                Direct, "It will work, and it will last.", Some("The minister"), None),
            no!("The mayor said:\n“We will rebuild every house.”"),
            // A heading in quotation marks is no one's words.
            no!("“We tried,” she said.\n‘The Long Road Home.’\nThe town voted in May."),
        ],
    },
    Rule {
        id: RuleId::Unattributed,
        apply: Apply::Block(unattributed),
        confidence: 0.4,
        #[cfg(test)]
        examples: &[
            yes!("Prime Minister Ann Lee visited the site.\nThe crowd cheered.\n“This town will stand again.”",
                Direct, "This town will stand again.", Some("Prime Minister Ann Lee"), None),
            yes!("“A quotation nobody is credited with here.”", Direct,
                "A quotation nobody is credited with here.", None, None),
            // A line of speech of its own after a line of narration.
            yes!("Jo Roe walked into the hall.\n“Where?”\nNobody answered her.", Direct,
                "Where?", Some("Jo Roe"), None),
            // The person the narration right before it in the paragraph
            // is about (after a fronted phrase, a tag and a relative
            // clause).
            yes!("The senator left.\n\nOn “Meet the Voters,” Sen. Ann Ruiz (N.M.), who lost the race \
                to Lee, named fatigue as the reason. “Young voters want real change in this town.”",
                Direct, "Young voters want real change in this town.", Some("Sen. Ann Ruiz"), None),
            // The person the paragraph before is about, at its end.
            yes!("Jo Roe spoke first.\n\nIn a statement on Tuesday, Ann Lee was more careful. Lee \
                kept her remarks short.\n\n“If a port cannot be run well, it should be sold.”",
                Direct, "If a port cannot be run well, it should be sold.", Some("Lee"), None),
            // (A lone word is a person only as the end of a full name
            // before.)
            yes!("The show opened on Friday. Vexnews attended.\n\n“In my first season, nobody \
                called me back.”", Direct, "In my first season, nobody called me back.", None, None),
            // … not a thing.
            yes!("The plant closed on Friday. “It was the end of an era for all of us here.”",
                Direct, "It was the end of an era for all of us here.", None, None),
            // A photo credit is no speaker.
            yes!("The mayor spoke first.\n\nJo Lee / Northern Press\n\n“This town will stand again.”",
                Direct, "This town will stand again.", None, None),
            no!("“Yes.”"),
            no!("The film was released last May.\n\n“Thriller”"),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Act;
    use crate::options::Attributor;

    #[test]
    fn the_table_lists_every_rule_in_order() {
        let ids: Vec<RuleId> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids, RuleId::ALL);
        for (k, r) in RULES.iter().enumerate() {
            assert_eq!(r.id as usize, k, "{}", r.id);
            assert!((0.0..=1.0).contains(&r.confidence), "{}", r.id);
        }
    }

    #[test]
    fn the_readme_lists_every_rule_in_order() {
        let readme = include_str!("../../README.md");
        let mut at = 0;
        for r in RULES {
            let row = format!("| `{}` | ", r.id);
            let found = readme[at..].find(&row);
            assert!(
                found.is_some(),
                "README: no row for {} after byte {at}",
                r.id
            );
            at += found.unwrap_or(0) + row.len();
            let conf = format!(" | {} | ", r.confidence);
            assert!(
                readme[at..]
                    .split('\n')
                    .next()
                    .unwrap_or("")
                    .contains(&conf),
                "README: {} confidence",
                r.id
            );
        }
    }

    #[test]
    fn every_rule_has_examples() {
        for r in RULES {
            let yes = r.examples.iter().filter(|e| e.expect.is_some()).count();
            let no = r.examples.len() - yes;
            assert!(yes >= 2, "{}: {yes} positive examples", r.id);
            assert!(no >= 1, "{}: {no} negative examples", r.id);
        }
    }

    /// (rule, kind, content, speaker mention, cue).
    type Found = (RuleId, QuoteKind, String, Option<String>, Option<String>);

    /// What the engine reports in `text` after `prefix`, spans checked.
    fn reported(text: &str, prefix: &str, wide: bool) -> Vec<Found> {
        let full = format!("{prefix}{text}");
        let attributor = if wide {
            Attributor::builder()
                .acts(&[Act::Speech, Act::Thought, Act::Evidence])
                .build()
                .unwrap()
        } else {
            Attributor::default()
        };
        let doc = attributor.parse(&full).unwrap();
        doc.quotes()
            .iter()
            .map(|q| {
                assert_eq!(&full.as_str()[q.span()], q.text());
                let speaker = q.speaker().map(|s| s.mention().text().to_string());
                let cue = q.cue().map(|c| c.text().to_string());
                (q.rule(), q.kind(), q.text().to_string(), speaker, cue)
            })
            .collect()
    }

    #[test]
    fn every_rule_example_holds() {
        let mut failures = Vec::new();
        let (mut yes, mut no) = (0, 0);
        for r in RULES {
            for e in r.examples {
                let plain = reported(e.text, "", e.wide);
                // The same text after a prefix reports the same (spans are
                // checked against the shifted text).
                for prefix in ["  ", "\u{feff}Über. \n\n"] {
                    if reported(e.text, prefix, e.wide) != plain {
                        failures.push(format!("{}: {:?} shifted by {prefix:?}", r.id, e.text));
                    }
                }
                let mine: Vec<_> = plain.iter().filter(|x| x.0 == r.id).collect();
                match &e.expect {
                    Some(x) => {
                        yes += 1;
                        let want = (
                            r.id,
                            x.kind,
                            x.content.to_string(),
                            x.speaker.map(str::to_string),
                            x.cue.map(str::to_string),
                        );
                        if !mine.contains(&&want) {
                            failures.push(format!(
                                "{}: {:?}\n  want {want:?}\n  got  {plain:?}",
                                r.id, e.text
                            ));
                        }
                    }
                    None => {
                        no += 1;
                        if !mine.is_empty() {
                            failures.push(format!(
                                "{}: {:?} must not fire, got {mine:?}",
                                r.id, e.text
                            ));
                        }
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} examples fail:\n{}",
            failures.len(),
            yes + no,
            failures.join("\n")
        );
        eprintln!(
            "{} rules, {yes} positive and {no} negative examples",
            RULES.len()
        );
    }
}
