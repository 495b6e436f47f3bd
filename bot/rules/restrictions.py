"""The language of rules: what makes a sentence state a limit, condition, exception or deadline of a measure.

Each rule finds one family of rule language; a sentence may use several (``RULE_LANGUAGE.all``). A
family carries how much it says about a measure's limits (``Family.weight``): an exception or what
stays unchanged says most; that something is banned, or from when, mostly restates the measure itself.
Timing alone, or a bare limit word, is not enough: a sentence needs a normative family
(``Family.normative``), or both a limit and a timing.

``MEASURE_WORDS`` finds a headline about a measure (a ban, a recall, an order) at all: only such a
story has restrictions. Rules are asked about text folded by ``bot.summary.normalization.fold``
(lower case, straight quotes, no diacritics).
"""

from __future__ import annotations

import enum

from bot.rules.fragments import LAST_PERIOD, MONTH, WEEKDAY, YEAR
from bot.rules.kept import compiled_regex
from bot.rules.table import Overlap, RuleTable, rule

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few)"
_THOSE_HIT = (r"(?:passengers|travell?ers|customers|consumers|those|people|anyone|everyone|residents|households|"
              r"victims|families|workers|employees|staff|tenants|owners|drivers|patients|pupils|students|parents|"
              r"holidaymakers|savers|investors|claimants|buyers|shoppers|guests|you)")
_DEADLINE_ACTS = (r"(?:lodge|file|appeal|challenge|contest|comply|object|vacate|submit|remove|take down|register|"
                  r"divest|stop|delete|pay|repay|sell|switch)")
"""What a deadline gives time to do: "has 10 days to appeal", "have until March 31 to register"."""
FOLDED = "bot.summary.normalization.fold"
"""How the summarizer prepares every text it asks these tables about (``RuleTable.asked_as``)."""
_CLOCK = r"\d{1,2}(?::\d{2}(?: ?[ap]\.?m\.?)?| ?[ap]\.?m\.?)"


COMPANY_LIMITED = compiled_regex(r"(?<=\b\p{Lu}[\w&'.-]*\s)Limited\b(?!\s+(?:to|in|by|for|at)\b)")
"""A company's legal form ("China Capital Investment Limited", "Acme Limited"), after a capitalised word: no limit.
The rules read folded text, where it could not be told from "supplies are limited"; a title in capitals goes on
after it ("Tickets Limited to Two per Customer")."""


class Family(enum.Enum):
    """A kind of rule language: its label, its weight as evidence of a limit, whether it is normative."""

    PROHIBITION = ("prohibition", 0.5, True)
    OBLIGATION = ("obligation", 1.5, True)
    PERMISSION = ("permission", 1.0, True)
    EXCEPTION = ("exception", 2.0, True)
    LIMIT = ("limit", 1.5, True)
    UNCHANGED = ("unchanged", 2.0, True)
    TIMING = ("timing", 0.5, False)
    START = ("start", 1.0, False)  # when a measure starts to bind: one of its terms, though it makes no story one
    SCOPE = ("scope", 1.0, True)
    DENIAL = ("denial", 2.0, True)

    @property
    def label(self) -> str:
        return self.value[0]

    @property
    def weight(self) -> float:
        return float(self.value[1])

    @property
    def normative(self) -> bool:
        return bool(self.value[2])


class Measure(enum.Enum):
    MEASURE = "a measure"


class View(enum.Enum):
    OPINION = "someone's view of the rule"




_EMERGENCY_NAMES = (r"(?:curfews?|lockdowns?|evacuation orders?|state of (?:emergency|disaster)|snow emergenc(?:y|ies)"
                    r"|boil[- ]?water(?: advisory| notice| order)?|water advisor(?:y|ies)|exclusion zones?"
                    r"|no-?go zones?)")
_IMPOSED = (r"(?:imposed|declared|ordered|issued|set up|established|enforced|placed (?:on|under)"
            r"|put (?:on|under)|in force|in place|remains?|remained|extended|covers|runs? from|(?:from|between) \d)")
_EMERGENCY = (rf"\b{_EMERGENCY_NAMES}\b[^.;]{{0,60}}?\b{_IMPOSED}\b"
              rf"|\b(?:{_IMPOSED}|closed)\b[^.;]{{0,60}}?\b{_EMERGENCY_NAMES}\b"
              r"|\b(?:sales? of )?(?:alcohol|liquor|fuel|petrol|gasoline|firearms)(?: sales?)? (?:is|are|were|was|have "
              r"been|has been) (?:banned|suspended|prohibited)\b"
              r"|\bban on (?:the )?sales? of (?:alcohol|liquor|fuel|petrol|gasoline|firearms)\b")
"""An emergency measure the authorities impose (``EMERGENCY_MEASURES``), named with what imposes it or keeps it in force
("imposed a curfew", "a curfew is in force", "evacuation orders remain in place"); not one only named ("a permanent
state of emergency", "the park's 11pm curfew"), a group's "travel advisory" nor a standing sale ban ("The sale of
fireworks is banned to under-18s")."""
_NOT_IN_FORCE = (rf"\b{YEAR}(?:s|\u2019s|'s)?\b|\ball[- ]?clear\b(?![^.;]*\b(?:but|while|whereas)\b)"
                 r"|\bexercises?\b|\bwhether\b"
                 r"|\bexpected to\b|\burged?\b|\bshould\b|\bdemand|\basked for\b|\brequest"
                 r"|\b(?:rescinded|revoked|expired|ran out)\b|\bhad (?:been )?imposed\b"
                 r"|\b(?:orders?|curfews?|lockdowns?|emergency|disaster)\b(?:(?! and |, with )[^.;]){0,60}?"
                 r"\b(?:lifted|ended|cancell?ed)\b"
                 r"|\bdirected by\b|\bset during\b|\blockdown (?:defen[cs]e|corner)|\bdrills?\b|\bno need\b"
                 r"|\brecall(?:ed|s)?\b|\bcompared?\b"
                 r"|\bwhen (?:a|an) (?:[\w-]+ ){0,3}(?:curfew|lockdown|state|evacuation)"
                 r"|\bstayed in force\b|\b(?:remained|was) in force for\b"
                 r"|\blast (?:year|month|week|summer|winter|spring|autumn)\b|\bago\b|\bcovid\b"
                 r"|\bpandemic\b|\bno (?:curfew|lockdown|state of emergency|evacuation order)"
                 r"|\bnot (?:been |yet )?(?:ruled out|imposed|declared|ordered)|\b(?:could|would|might|may) (?:be )?"
                 r"(?:imposed|declared|ordered|introduced|issued|extended|placed|impose|declare|order|introduce|issue"
                 r"|extend|place)\b|\bif the\b|\bconsider"
                 r"|\bcalls? for\b|\bcalled for\b|\b(?:was|were|has been|have been|had been) (?:lifted|ended)\b"
                 r"|\bnight flights\b")
"""What makes a named emergency measure none in force now: another time's ("since 2007, when a state of emergency was
declared", "Last year's derby ended in riots that led to a week-long curfew", "the first Covid lockdown", "in the
1970s"), one denied, asked for or only thought of ("No curfew has been imposed", "A curfew has not been ruled out",
"could be imposed", "urged the government to impose", "decide whether to declare", "has requested"), one lifted,
ended or rescinded ("Evacuation orders ... were lifted on Sunday", "given the all-clear", unless the sentence goes on
to one in force: "... but authorities declared a state of emergency in the port district"), one that had been imposed
before, a film's plot, a team's "lockdown defence", an airport's standing curfew on night flights, an exercise's
zone."""

_ANOTHER_TIME = (rf"\bsince\b|\bago\b|{LAST_PERIOD}"
                 rf"|(?<![\d,.]){YEAR}(?!\d|,\d)|\bin {MONTH}\b(?! \d)"
                 r"|\b(?:an |the )?(?:earlier|previous|smaller|separate) (?:\w+ )?(?:crash|fire|incident|attack|"
                 r"accident|blast|explosion|collision|leak|sting|raid|case)\b")
"""Words dating a sentence to another time than the incident's, or to another incident ("since 1959", "in the 2019
crash", "a smaller fire at the same hall in March", "after an earlier crash"): what it says of harm or charges is
not this incident's bound."""

_SPEED_LIMIT = r"\bspeed limits?\b|\blimit (?:is|was|of) \d+ ?(?:km/h|kmh|kph|mph)\b"

_NO_EVIDENCE_FOUND = (r"\b(?:found|find|finds|finding|uncovered|seen|saw|showed|shows|is|was|were|been|there's|had|has|"
                      r"have|say|says|said|received)\s+(?:(?:so far|yet|still|any)\s+)?[\"'\u201c]?no evidence\b")
"""What an inquiry found: "found no evidence", "there is no evidence" (``found-no-evidence``, an incident's bound,
never a measure's term)."""

_WHEN = (rf"(?:{WEEKDAY}(?: (?:morning|afternoon|evening|night))?|{MONTH}(?: \d{{1,2}})?|\d{{1,2}} {MONTH}"
         rf"|(?:the )?{YEAR}s?|tomorrow|tonight|today|next \w+|"
         r"the end of (?:the )?\w+|(?:the )?weekend|noon|midnight|\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?)\b")
"""A time a limit names beside "at the earliest" or "at the latest": a day, a month, a year, "tomorrow", "next week"."""

RULE_LANGUAGE: RuleTable[Family] = RuleTable("rule language", (
    rule("prohibit", Family.PROHIBITION, r"\bprohibit\w*|\bforbid\w*|\bembargo\w*|\bcontraindicat\w*",
         examples=("The law prohibits sales to minors.", "Flights are forbidden after dark.",
                   "The drug is contraindicated in pregnancy."),
         counter=("The exhibit opened.",)),
    # "bars" and "barring" are verbs only before whom they keep from doing something: "Bars and restaurants close at
    # 10pm from Monday" names places.
    rule("ban", Family.PROHIBITION,
         r"\bbann?(?:ed|s|ing)?\b|\bbarred\b|\boutlaw(?:ed|s|ing)?\b"
         r"|\bbar(?:s|ring)?\s+(?!(?:in|on|at|and|or|of|that|which|who|where|were|are|is|was|had|has|have|stay\w*|"
         r"open\w*|clos\w*|serv\w*|trad\w*|near|across|around)\b)(?:[\w'\u2019-]+\s+){1,8}?from\s+"
         r"(?!(?:morning|evening|opening|spring|beginning)\b)\w+ing\b",
         examples=("The city banned fireworks.", "Fans are barred from the stadium.",
                   "Glass bottles are outlawed at the parade.",
                   "The order bars the union and its affiliates from calling or organising the strike.",
                   "The judge granted an injunction barring the union from organising the walkout."),
         counter=("A banner hung over the road.", "The band played on.",
                  "Bars and restaurants will close at 10pm from Monday.", "Bars from the old prison were sold.",
                  "Most bars in the old town currently stay open from evening until 5am at weekends.",
                  "The bar had traded from opening day without a licence.")),
    # "cannot" before a verb of grasping, recalling, stressing, commenting or explaining tells what someone cannot take
    # in, account for or will not say, no rule, and so does "cannot wait for/to" (eagerness): only that "cannot" is
    # passed over.
    # "cannot be named" keeps someone anonymous (for legal reasons, a court's order): no limit of the story's measure.
    rule("must", Family.OBLIGATION,
         r"\bmust\b|\bmay not\b(?!\s+be\s+(?:named|identified)\b)|\bshould not\b"
         r"|\b(?:cannot|can not)\b(?!\s+(?:believe|fathom|imagine|comprehend|understand|overstate|remember|recall|"
         r"stress|emphasi[sz]e|thank|express|comment|afford|account\s+for|explain|wait\s+(?:for|to|until)|"
         r"be\s+(?:named|identified))\b)",
         examples=("Drivers must carry a permit.", "Shops may not open on Sundays.",
                   "The operator must be named by March 1.",
                   "Residents cannot park on the quay after dark.", "Employers cannot tell workers to skip breaks.",
                   "Shops may not open on Sundays, and owners cannot understand why."),
         counter=("Shops may open on Sundays.", "I cannot fathom how the council escaped charges.",
                  "We can not believe the quay is still shut.", "The council said it cannot comment on the fines.",
                  "Shop owners say they cannot wait for the quay to be free of traffic.",
                  "The boy, who cannot be named for legal reasons, was released.",
                  "He drives a 2012 diesel van he says he cannot afford to replace.",
                  "The regulator says the exchange cannot account for 410 million euros of customer money.",
                  "The airline cannot explain why the engine failed.")),
    # "No one may", "No party or agent may publish": a prohibition opening a sentence or clause. Not "can", which says
    # what is possible ('"No one can say how many are trapped"', '"No amount of money can bring them back"').
    rule("no-one-may", Family.PROHIBITION,
         r"(?:^|[,;:]\s*|\b(?:and|but) )no (?:one|person|persons|vehicle|vehicles|driver|drivers|company|companies|"
         r"agent|agents|shop|shops|operator|operators|member|members)(?: or \w+)? (?:may|shall)\b"
         r"(?! (?:ever|never|know|be|have|win|reach)\b)",
         examples=("No agent may publish partial tallies.", "No one may enter the site without a pass.",
                   "Talks go on, but no vehicle may enter the port."),
         counter=("There is no way anyone can stop it.", '"No one can say how many are still trapped," he said.',
                  "The jet crashed, and no one may ever know why.", "No party may win an outright majority.",
                  '"No amount of money can bring them back," she said.')),
    # "Nobody can be removed to Calvane under the current policy": no one may be made to undergo it. Not what no one can
    # know or be ("No one can be sure", "no one can say").
    rule("no-one-can-be", Family.PROHIBITION,
         r"\b(?:no one|no-one|noone|nobody)\s+(?:can|may|will|shall)\s+(?:now\s+|any longer\s+)?be\s+"
         r"(?:removed|deported|sent|evicted|expelled|extradited|prosecuted|charged|detained|forced|fined|jailed|"
         r"penalised|penalized|punished|admitted|allowed|made|required|flown|returned|transferred)\b",
         examples=("It means nobody can be removed to Calvane under the current policy.",
                   "No one will be prosecuted for taking part in the strike.",
                   "No-one can be removed to Calvane under the current policy."),
         counter=("No one can be sure how many were aboard.", "No one can say how many are still trapped.",
                  "Nobody can be blamed for the weather.", "Nobody will be surprised by the result.",
                  "No one can be trusted in this town.", "No one will be harmed.")),
    # What a court or a body would not go as far as ordering: "the judges declined to order the government to bring back
    # the 1,312 people already flown out".
    rule("declined-to-order", Family.LIMIT,
         r"\b(?:declined|refused|stopped short of|did not go as far as)\s+(?:to\s+)?"
         r"(?:order(?:ing)?|requir(?:e|ing)|compel(?:ling)?|forc(?:e|ing))\b",
         examples=("But the judges declined to order the government to bring back the 1,312 people already flown out.",
                   "The court stopped short of ordering the plant to close."),
         counter=("The minister declined to comment.", "She refused to resign.",
                  "Police declined to direct questions to the family.")),
    rule("have-to", Family.OBLIGATION,
         r"\b(?:have|will have) to (?!say|admit|wait|see|be honest|decide|choose|consider)\w+"
         r"|\b(?:is|are) required to\b", needs=("have to", "required to"),
         examples=("Companies have to report the charge this quarter.", "Drivers are required to carry a permit."),
         counter=("I have to say the food was good.", "We will have to wait and see.",
                  "The board has to decide whether to raise its offer.")),
    # An order opens a sentence, a clause, or a quotation after a comma or a verb giving it ('the sign reads', 'told
    # residents'); a quotation running on from its sentence ('there will "never be peace"', 'charges of smuggling "do
    # not accord with facts"') gives none.
    rule("do-not", Family.OBLIGATION,
         r"(?:^\"?|[;:]\s*\"?|,\s*\"|\b(?:says?|said|reads?|wrote|writes|adds|added|(?:told|warned|urged|asked|ordered|"
         r"instructed) \w+(?: to)?) \")\s*(?:do not|never)\b",
         examples=("Do not drink the tap water.", 'The notice said: "never feed the bears."',
                   '"Do not feed the bears," the notice said.', 'The ranger said, "do not feed the bears."',
                   'The sign reads "Do not enter."', 'Police urged residents to "never leave candles unattended."'),
         counter=("Residents do not like the plan.", 'He said there will "never be peace on the border."',
                  'She said charges of smuggling "do not accord with the facts."')),
    # What someone says should be allowed is a call for a rule, not a rule in force.
    # An undertaking a party agrees to is a term of a deal: "the union agreed not to strike before March", a "no-strike
    # clause". A promise is not ("She promised not to raise taxes if elected"), nor what there will be no more of.
    rule("undertakes-not", Family.OBLIGATION,
         r"\b(?:agreed|agrees|undertook|undertakes) (?:\w+ )?not to (?!disclose|reveal|comment|discuss|name|say|let)\w"
         r"|\bno-?(?:strike|compete|poach(?:ing)?|raid|contact) (?:clause|pledge|commitment|agreement|deal)\b",
         examples=("The union has agreed not to take industrial action over pay before March 31.",
                   "The union signed up to a no-strike clause.", "Both clubs broke a no-poaching agreement."),
         counter=("She promised not to raise taxes if elected.", "She agreed to stay on.",
                  "The two clubs agreed not to disclose the fee.",
                  "The two leaders agreed not to let the row derail the summit.",
                  "There will be no announcement before the budget.", "It was a notable agreement for both sides.")),
    # Powers a measure gives its enforcers: "Police will be given powers to seize drones", "Councils will have new
    # powers to fine landlords".
    rule("powers-to", Family.PERMISSION,
         r"\b(?:given|granted|handed|gain|gains|gained|(?:will|would) (?:get|have)) (?:the |new |extra |more |wider |"
         r"sweeping |also )?powers? to\b|\bunder the (?:new )?(?:law|rules|act|bill|measure|order|plan)s?\b.{0,50}"
         r"\bha(?:ve|s) (?:the |new )?powers? to\b",
         examples=("Police will be given powers to seize drones and jam their signals.",
                   "Councils will have new powers to fine landlords.",
                   "Inspectors gain the power to close shops.",
                   "Under the new law, airport police have the power to seize drones on the spot.",
                   "Cops will have the power to seize drones."),
         counter=("He used his powers to pardon the men.",
                  "The president has sweeping powers under the constitution.",
                  "President Ilse Marr now has the power to dissolve parliament.",
                  "Voters have the power to change this.")),
    # What a measure still lets people do at a cost: "early retirement remains possible, but pensions will be reduced",
    # "workers will be able to, but with their pension permanently reduced". Not a chance that stays open ("a deal
    # remains possible, but talks have stalled", "growth remains possible, but forecasts were cut").
    rule("allowed-at-a-cost", Family.PERMISSION,
         r"(?:\b(?:remains?|will remain|is still|are still|will still be|stays?) (?:possible|available|an option|"
         r"allowed|permitted)|\bwill be able to,)[^.;]{0,40}?\bbut\b[^.;]{0,50}?\b(?:pensions?|benefits?|payments?|"
         r"refunds?|allowances?|pay|salar(?:y|ies)|fees?|penalt(?:y|ies)|surcharges?)\b[^.;]{0,30}?"
         r"\b(?:reduced|cut|docked|lowered|charged|appl(?:y|ies))\b",
         unless=r"\b(?:deal|talks|agreement|strikes?|walkouts?|ceasefire|truce|compromise|settlement|action)\b"
                r"[^.;]{0,20}?\b(?:remains?|is still|are still|will remain|stays?)\b",
         examples=("Early retirement from 63 remains possible, but pensions will be reduced by 0.3% for each month.",
                   "Workers who want to stop at 63 will be able to, but with their pension permanently reduced.",
                   "Refunds are still available, but a fee of 20 euros will be charged."),
         counter=("A deal remains possible, but talks have stalled.",
                  "Growth remains possible, but forecasts were cut.",
                  "A ceasefire is still possible, but the fighting goes on.",
                  "Pensions will be reduced, the minister said.",
                  "A deal is still possible, but pay for junior doctors will be cut from April.",
                  "Further strikes remain possible, but the union said pay would not be cut.")),
    # What those an incident or a measure hits may claim, as a class (``_THOSE_HIT``): "passengers are entitled to a
    # full refund within seven days", "travellers can claim compensation", "stranded passengers will be offered hotel
    # accommodation". A remedy, not a view ("she is entitled to her opinion"), nor one party's claim in a dispute
    # ("the chairman said the club was entitled to compensation").
    rule("entitled-to", Family.PERMISSION,
         rf"\b{_THOSE_HIT}\b[^.;]{{0,80}}?\b(?:"
         r"(?:are|were|will be|would be|remain) (?:also |still )?entitled to (?:an? |the |full |free )?(?:full |free )?"
         r"(?:refunds?|compensation|reimbursement|rebooking|damages|payments?|payouts?|hotel|meals|accommodation|"
         r"replacements?|repairs?)"
         r"|can (?:also |still )?claim (?:an? |full )?(?:refunds?|compensation|reimbursement|damages|payouts?)"
         r"|will be offered (?:free )?(?:hotel|meals|accommodation|refunds?|compensation))\b",
         examples=("Passengers whose flights have been cancelled are entitled to a full refund within seven days.",
                   "Travellers whose flights are cancelled can claim compensation as well as a refund.",
                   "Passengers stranded abroad will be offered hotel accommodation and meals."),
         counter=("She is entitled to her opinion.", "He felt entitled to a better deal.",
                  "The airline said it would offer vouchers.",
                  "Rovers chairman Ken Ashby said the club was entitled to compensation from the council.",
                  "Ms Okon said Mr Corr was entitled to damages because police had held him too long.")),
    rule("allowed", Family.PERMISSION,
         r"(?<!\bshould be )(?<!\bought to be )\ballowed\b|\bpermit(?:ted|s)?\b(?! (?:limit|level|maximum|amount)s?\b)"
         r"|\bpermission\b",
         examples=("Boats are allowed in the harbour.", "The order permits two visits a week."),
         counter=("The allowance was cut.", "The mayor said cyclists should be allowed on the bridge.",
                  "Its losses exceeded the permitted limit by 4.8 million crowns.")),
    # What a measure leaves people free to do, or no longer lets them do: "under-15s will still be able to watch videos
    # without logging in", "drivers will no longer be able to park on the quay". Not what someone can manage ("the
    # team will be able to rest", "we will still be able to win").
    rule("still-able", Family.PERMISSION,
         r"\b(?:(?:will|shall) (?:still |no longer |not )be able to|can still(?: be)?+) (?!win|afford|cope|manage|say|"
         r"tell|rest|recover|attend|comment|return|play|survive|walk|work|pay|take part|compete|travel to|make it|"
         r"hope|see|feel|remember|believe|be seen|be heard|seen|heard|smell|hear|fined|prosecuted|charged|sued|"
         r"jailed|challenged|punished|face)\w",
         unless=r"\b(?!says\b)(?:what|\w+s)\s+(?:it|they|he|she|we)\s+can still\b",
         examples=("Under-15s will still be able to watch videos and read public posts without logging in.",
                   "Drivers will no longer be able to park on the quay.",
                   "From March, children under 16 will not be able to sign up to social media platforms.",
                   "Fans will not be able to buy alcohol inside the stadium.",
                   "Residents can still use tap water to flush toilets and shower.",
                   "Tap water can still be used for flushing toilets, the company said."),
         counter=("The team will still be able to win the league.", "He said he would not be able to attend.",
                  "Families will no longer be able to afford the rent, she said.",
                  "Striker Leo Dahl will not be able to take part in the World Cup.",
                  "Staff would not be able to pay their rent until they received their wages.",
                  "Rovers can still win the title.", "Smoke can still be seen from the motorway.",
                  "Acme was working to maximize the benefits it can still access before the law takes effect.",
                  "The company can still be fined by the regulator if it failed to protect the works.")),
    # Someone entitled to let others do what a measure forbids: "teachers can allow pupils to use their phones", "a
    # teacher may authorise phones for a lesson". Not a guess ("the deal may allow Acme to cut costs").
    rule("may-allow", Family.PERMISSION,
         r"\b(?:teachers?|staff|officials?|police|officers?|councils?|schools?|heads?|doctors?|parents?|employers?|"
         r"landlords?|judges?|courts?|regulators?|ministers?|rules?|laws?|orders?|regulations?|"
         r"the (?:council|court|ministry|agency|regulator|school))\s+"
         r"(?:can|may|will be able to)\s+(?:also\s+)?(?:allow|permit|authori[sz]e|let)\b",
         examples=("Teachers can allow pupils to use their devices for schoolwork.",
                   "A teacher may authorise phones for a particular lesson."),
         counter=("The deal may allow Acme to cut costs.", "We cannot allow this to happen again, she said.",
                  "A software update can allow the battery to cut power.")),
    # A guarantee a deal gives: "no compulsory redundancies linked to the new cranes", "the authority agreed there would
    # be no job cuts". Not a forecast ("there will be no rain").
    rule("guarantees-none", Family.PROHIBITION,
         r"\bno (?:compulsory|forced) (?:redundancies|layoffs|job cuts|relocations)\b"
         r"|\b(?:agreed|agrees|promised|promises|pledged|pledges|guaranteed|guarantees|undertook)\b[^.;]{0,40}?"
         r"\bthere (?:will|would|shall) be no (?:[\w-]+ )?(?:job cuts|redundancies|layoffs|closures|rises|increases|"
         r"cuts|charges|strikes|industrial action|relocations|evictions)\b",
         examples=("It has promised that there will be no compulsory redundancies linked to the new cranes.",
                   "The authority agreed there would be no job cuts while the deal runs."),
         counter=("There will be no rain tomorrow, forecasters said.", "Officials said there would be no comment.",
                  "Forecasters promised there would be no repeat of last year's floods.",
                  "Police confirmed there would be no further action against the officer.")),
    # Who a medicine, a vaccine or a product may be given to: "can be prescribed to adults with a body mass index of 35
    # or more", "may be given to children aged five months to three years". Not what money or a thing may be used for
    # ("could be used to build schools").
    rule("given-to", Family.PERMISSION,
         r"\b(?:can|could|may|will) (?:only |now |also )?be "
         r"(?:given|prescribed|administered|offered|supplied|dispensed|sold) (?:to|for) "
         r"(?:[\w'\u2019-]+ ){0,3}?"
         r"(?:adults?|children|patients?|people|women|men|anyone|those|users?|pupils?|students?|teenagers?|infants?|"
         r"babies|girls?|boys?|over-\w+|under-\w+)\b",
         examples=("The agency said the drug can be prescribed to adults with a body mass index of at least 35.",
                   "The vaccine may be given to children aged five months to three years.",
                   "The injection can be prescribed for adults with a body mass index of 35 or more.",
                   "The morning-after pill can now be sold to women of any age without a prescription."),
         counter=("The money could be used to build schools.", "The hall can be used for concerts.",
                  "Aid will be given to the town's mayor.",
                  "Doctors warned the jab could be used by people seeking to lose a few pounds.")),
    rule("authorised", Family.PERMISSION, r"\bauthori[sz]ed to\b|\bhas authori[sz]ed\b",
         examples=("The agency has authorised the test.", "Officers are authorized to search cars."),
         counter=("An authorised biography appeared.",)),
    rule("licence", Family.PERMISSION, r"(?<!driver's )(?<!drivers )(?<!driving )\blicen[cs]e\w*",
         examples=("Only licensed traders may export the metal.", "The licence runs for a year."),
         counter=("The lichen spread.", "Names and driver's license numbers were stolen.")),
    # A right of appeal left to a party, often with its deadline: "the club can appeal within 10 days", "has 30 days to
    # lodge an appeal". A right, not a possibility ("could challenge for the title", "may appeal to first-time buyers").
    rule("may-appeal", Family.PERMISSION,
         r"\b(?:can|will be able to|has the right to|have the right to|is entitled to|are entitled to) "
         r"(?:still |also |now )?appeal "
         r"(?:against|within|the (?:decision|ruling|ban|sanction|sentence|verdict|fine))\b"
         # ... or the ruling's: "The verdict can be appealed", "the sentence cannot be appealed".
         r"|\b(?:decision|ruling|ban|sanction|sentence|verdict|fine|judgment|judgement)s? "
         r"(?:can|may|cannot|can't|can not) (?:still |also |now |not )?be appealed\b",
         examples=("The club can appeal within 10 days.", "The club has the right to appeal against the ban.",
                   "The verdict can be appealed.", "The sentence cannot be appealed."),
         # Not asked ("whether the ban can be appealed") nor hoped ("can be appealed successfully").
         unless=r"\b(?:whether|if)\b[^.;]{0,80}?\bbe appealed\b|\bbe appealed successfully\b",
         counter=("Aveiro could challenge for the title.", "The cheaper model may appeal to first-time buyers.",
                  "Lessby Rovers said they may appeal against the decision.",
                  "He said he will appeal.", "The verdict was appealed in May.",
                  "His lawyer said the ruling would be appealed.",
                  "It was not clear whether the ban can be appealed to the sports court.",
                  "Tom Reyes said he did not know if the ban can be appealed.",
                  "Club officials believe the decision can be appealed successfully.")),
    # A deadline a measure sets: what must happen within a span ("must stop sharing the data within 30 days", "talks
    # are due to open within 60 days"); a span after what already happened ("arrested within hours") sets none.
    rule("within-span", Family.LIMIT,
         rf"\b(?:must|shall|has to|have to|will have to|(?:is|are) due to|(?:is|are) required to|(?:is|are) to|"
         rf"ordered|orders)\b[^.;]{{0,100}}?\bwithin (?:the next )?"
         rf"(?:{_NUMBER}|thirty|sixty|ninety|a|an)\s+"
         r"(?:hours?|days?|weeks?|months?|years?)\b",
         examples=("The regulator ordered the firm to stop sharing the data within 30 days.",
                   "Political talks are due to open in Port Sorel within 60 days of the ceasefire.",
                   "The app must stop sharing the data within a month."),
         counter=("Police arrested two men within hours of the attack.",
                  "The ferry sank within minutes, survivors said.",
                  "The jury, which was given the case on Tuesday, returned its verdicts within six hours.",
                  "Engineers had to repair 40 leaking mains within a week of the last warning.",
                  "The company agreed to buy the plant within a year of the listing.",
                  "The two leaders agreed to meet again within a month.")),
    rule("days-to", Family.LIMIT,
         r"\b(?:has|have|gets?|was given|were given|is given|are given) (?:only |just )?"
         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty|ninety) "
         r"(?:more |further )?(?:hours?|days?|weeks?|months?) (?:from \w+(?: of \w+)? )?(?:to|in which to) "
         rf"{_DEADLINE_ACTS}\b",
         examples=("The club has 10 days to lodge an appeal.", "Aveiro has 10 days from notification to appeal.",
                   "Platforms were given 14 days to take down listings.",
                   "The app now has just 30 days to stop storing the numbers of people not on it.",
                   "The bank has six months to sell its insurance arm."),
         counter=("He has 10 days left in office.", "They have had 14 years to fix the health service.",
                  "He was given two years to live.", "He was given three months to turn the club around.",
                  "Lessby Rovers have three days to respond before the cup tie.",
                  "Mira Sol has just 14 days to change voters' minds.", "She has 14 days to close a nine-point gap.")),
    # A deadline told by its day: "owners have until March 31 to register their pets", "will have until December 31
    # to have them neutered". The same acts as ``days-to``, or having a thing done.
    rule("until-to", Family.LIMIT,
         rf"\b(?:has|have|had|gets?|was given|were given|is given|are given) (?:only |just )?until\b[^.;]{{1,40}}? "
         rf"to (?:{_DEADLINE_ACTS}|have (?:it|them|their \w+|the \w+) \w+ed|apply|claim|hand in)\b",
         needs=("until",),
         examples=("Owners have until March 31 to register their pets.",
                   "Owners of puppies will have until December 31 to have them neutered.",
                   "Firms were given until the end of June to comply."),
         counter=("He has until Friday to turn the club around.", "She had until dawn to finish the climb.")),
    # What a medicine or product is not approved for is outside the approval.
    rule("not-approved-for", Family.EXCEPTION,
         r"\bnot (?:approved|authori[sz]ed|licensed|indicated) (?:for (?:use|sale|people|patients|children|adults|"
         r"women|men|anyone|those|pregnant)|in (?:people|patients|children|adults|pregnan\w*|severe))\b",
         examples=("The drug is not approved for people with severe liver disease.",
                   "It is not indicated in severe hepatic impairment."),
         counter=("The drug was approved for adults.", "The pilot was not cleared for landing.",
                  "The trail is not recommended for beginners.",
                  "A helicopter not approved for night flights crashed near Lessby.")),
    rule("except", Family.EXCEPTION,
         r"\bexcept\b|\bexceptions?\s+(?:to|for)\b|\bwith the exception of\b|\b(?:one|the only|no) exceptions?\b"
         r"|\bexempt\w*|(?<!\bnot )(?<!n't )\bexclud\w*",
         examples=("Hospitals are exempt from the cuts.", "All lines close except the airport link.",
                   "There is an exception to the ban: if Acme is the only supplier, the agency can still buy from it.",
                   "Vessels are barred from entering it, with one exception: the island ferry may pass."),
         counter=("The exceptional storm hit the coast.", "He did not exclude a bid for the rest.",
                  "The exceptions took up most of the committee's time.")),
    # Who a charge leaves out: "children under 16 will not pay", "day-trippers won't pay a cent", "pensioners do not
    # pay". Not who refuses ("he said he would not pay the fine"), what a firm holds back ("Acme will not pay a
    # dividend") nor a condition ("guests who do not pay will be fined").
    rule("will-not-pay", Family.EXCEPTION,
         r"\b(?:children|under-?\d+s?|(?:day-?)?trippers|passengers|pensioners|residents|students|pupils|visitors|"
         r"guests|patients|people|those|anyone|drivers|households|families|motorists|tenants|owners|workers|"
         r"employees|veterans|teenagers|babies|infants)\b[^.;]{0,60}?(?<!\bwho )(?<!\bthat )"
         r"\b(?:will not|won['\u2019]t|do not|don['\u2019]t|need not|shall not|will no longer) (?:have to )?pay\b",
         examples=("Children under 16 will not pay, nor will hospital patients.",
                   "Day-trippers and cruise passengers won't pay a cent.",
                   "People who visit for the day, including cruise passengers, will not pay.",
                   "Pensioners do not pay the charge."),
         counter=("He said he would not pay the fine.", "Acme will not pay a dividend this year.",
                  "Guests who do not pay will be fined.", "Owners that do not pay the levy face fines.")),
    # Who may stay out of what a measure sets up: "doctors can opt out on grounds of conscience", "no pharmacist can be
    # compelled to take part". Not a choice someone made ("she opted out of the scheme last year") nor a shopper's
    # setting ("customers can opt out of marketing emails" is no term of a law).
    rule("opt-out", Family.EXCEPTION,
         r"\b(?:can|may|will be able to|are free to|are entitled to|have the right to|has the right to)\s+"
         r"(?:also\s+)?opt out\b(?!\s+of\s+(?:\w+\s+)?(?:emails?|marketing|newsletters?|cookies|messages|calls))"
         r"|\bno (?:[\w-]+,?\s+){1,5}(?:can|will|may|shall) be (?:compelled|forced|obliged|required) to\b"
         r"|\bright (?:of|to) conscientious objection\b",
         examples=("Doctors, nurses and pharmacists can opt out on grounds of conscience.",
                   "Doctors who object on grounds of conscience will be able to opt out of any part of the process.",
                   "No doctor, nurse or pharmacist can be compelled to take part."),
         counter=("She opted out of the pension scheme last year.", "Customers can opt out of marketing emails.",
                  "Residents could be forced to leave their homes.",
                  "The association said no doctor could be compelled to hand over records without consent.")),
    rule("not-covered", Family.EXCEPTION,
         r"\bnot covered\b|\bunaffected\b|\bnot (?:be )?affected\b|\bwon['\u2019]t be affected\b|\bnot part of\b"
         r"|\b(?:ruling|ban|rule|order|orders|law|recall|decision|measure|sanctions?|deal|agreement|policy|exemption|"
         r"restrictions?|curbs?|tariffs?|warning|scheme|programme|program|directive|regulations?|ceasefire|truce|"
         r"armistice|accord|charge|fine|zone)\s+(?:also\s+)?"
         r"(?:(?:does|do|did|will|would) not|(?:doesn|don|didn|won|wouldn)['\u2019]t) "
         r"(?:cover|apply to|apply (?:where|when|if)|extend to)\b"
         r"|^(?:it|they) (?:(?:does|do|will) not|(?:doesn|don|won)['\u2019]t) "
         r"(?:apply to|cover (?!it\b|them\b))"
         r"|^nor (?:does|do) (?:it|they|the (?:ruling|ban|order|law|injunction|measure|rules?|decision)) "
         r"(?:affect|cover|apply to)\b"
         r"|^nor will (?:it|they|the (?:ruling|ban|order|law|injunction|measure|rules?|decision)) apply to\b",
         examples=("Older models are not covered by the recall.", "Freight trains were unaffected.",
                   "Freight trains will not be affected by the strike.", "Hospitals won't be affected.",
                   "The ruling does not cover the ring road.", "The ban won't apply to taxis.",
                   "The ban also does not apply where Acme is the sole supplier of a critical medicine.",
                   "The ceasefire does not cover the Vesk Brigade, a splinter faction.",
                   "It does not apply to scooters bought abroad.",
                   "Nor does it affect a national demonstration planned for Saturday.",
                   "Nor will the rules apply to owners who rent out a room in the home they live in."),
         counter=("The cost was covered by insurers.", "The ban will apply to taxis.",
                  "Russia's economy has not been affected by the sanctions, a spokesman said.",
                  "The company did not apply to the council for a permit.",
                  "Local newspapers did not cover the council vote.", "Their insurance did not cover the damage.",
                  "Nor did the rain affect the turnout.", "Nor will the ban affect prices in the short term.",
                  "Nor will they cover shifts for striking colleagues.")),
    # What a measure leaves standing from before it: "job offers made before March 1 will be honoured", "tickets
    # already sold remain valid". Not a promise kept in the past ("the contract was honoured") nor a person honoured.
    rule("still-honoured", Family.EXCEPTION,
         r"\b(?:offers?|contracts?|tickets?|bookings?|reservations?|vouchers?|orders?|permits?|licen[cs]es?|"
         r"applications?|passes|subscriptions?|agreements?)\b[^.;]{0,60}?\b(?:(?:will|would|shall|are to|is to)\s+"
         r"(?:still\s+|all\s+|also\s+)?be\s+(?:honou?red|respected)|(?:will |would )?(?:remain valid|stay valid|"
         r"are still valid|will still be valid))\b",
         examples=("Job offers made before March 1 will be honoured, the ministry said.",
                   "Tickets already sold for the summer remain valid."),
         counter=("The contract was honoured in full last year.", "The singer will be honoured at the gala.",
                  "His offer still stands, the manager said of the striker, who was honoured by the club.",
                  "Rival bidder Castell Partners said its two earlier offers still stand.")),
    # Options said to be "limited" are few, as in "his options were limited": a judgement, no limit set on anything.
    rule("limit", Family.LIMIT,
         r"\blimit(?:ed|s)?\b|\brestrict(?:ed|s|ing)?\b|\bcapped\b(?! (?:\d+|once|twice|\w+ times))|\bquotas?\b",
         unless=r"\b(?:options|choices|alternatives) (?:\w+ )?(?:are|were|is|was|remain\w*|seem\w*|look\w*) "
                r"(?:\w+ )?limited\b(?! to\b)|" + _SPEED_LIMIT
                + r"|\b(?:exceeded|breached|broke|gone over|went over|was over|were over)\s+(?:the |its |their |a )?"
                  r"(?:[\w-]+ )?limits?\b",
         examples=("Sales are limited to two per customer.", "The rule restricts night flights.",
                   "Tourists' choices are limited to the two crossings.",
                   "Imports of crude were capped.", "The decree sets a quota of 500 tonnes."),
         counter=("The limitless sky.", "Restrictions eased.", "He wore a cap on the bench.",
                  "She was capped 40 times for Wales.", "Officials said the mayor's options were very limited.",
                  "The club's losses exceeded the permitted limit by 4.8 million.",
                  "The panel said the club had knowingly gone over the limit.")),
    # Prices, pay or hiring a measure holds where they are for a while: "bus fares are frozen until the end of the
    # year", "a rebate in exchange for freezing fares until December 31". Not what froze ("the lake was frozen"), nor
    # money seized ("accounts were frozen"), nor a freeze in the past ("rents were frozen in 2020").
    rule("frozen-until", Family.LIMIT,
         r"\b(?:prices?|fares?|rents?|fees?|wages?|salar(?:y|ies)|pay|tariffs?|charges?|rates?|pensions?|benefits?|"
         r"tolls?|hiring|recruitment|tax(?:es)?|levy|duty|duties|bills?)\b(?:\s+\w+){0,2}?\s+(?:are|is|will be|"
         r"would be|remains?|stays?|will (?:stay|remain)|to be)\s+frozen\s+(?:until|till|at|for|from)\b"
         r"|\bfreez(?:e|es|ing)\s+(?:\w+\s+){0,2}?(?:prices?|fares?|rents?|fees?|wages?|salar(?:y|ies)|pay|tariffs?|"
         r"charges?|pensions?|benefits?|tolls?)\b[^.;]{0,40}?\b(?:until|till|at|for)\b",
         examples=("Bus fares are frozen until the end of the year.",
                   "Bus operators will receive a rebate in exchange for freezing fares until December 31.",
                   "Council rents will stay frozen at this year's level."),
         counter=("The lake was frozen solid.", "Rents were frozen in 2020 during the pandemic.",
                  "The exchange's accounts are frozen, the regulator said.", "Frozen food prices rose 4%.",
                  "Unions said wages are frozen while pump prices have doubled.")),
    # A road's or a track's speed limit: a measure's term where the measure sets it ("the speed limit will be cut to
    # 20mph"), but no scope of an incident on that road ("the bend, where the limit is 80km/h"): a rule of its own,
    # not one of the scope rules.
    rule("speed-limit", Family.LIMIT, _SPEED_LIMIT,
         examples=("The speed limit on the coast road will be cut to 30mph.",
                   "Witnesses said the train was going too fast into the bend, where the limit is 80km/h."),
         counter=("Sales are limited to two per customer.",)),
    rule("prevent-from", Family.LIMIT, r"\bprevent\w*\b.{0,60}\bfrom\b",
         examples=("The order prevents the firm from selling the plant.",),
         counter=("Nothing could prevent the flood.",)),
    # "provided" opens a condition after a comma and what it permits ("may still recruit, provided the minister signs
    # off each one"), not what was given ("The figures, provided by the ministry, show ...") nor a forecast's proviso.
    rule("condition", Family.LIMIT,
         r"\bas long as\b|\bprovided that\b|\bunless\b|\bon condition that\b"
         r"|\b(?:may|can|could|allowed|permitted|able|lawful|unlawful|legal|eligible|entitled)\b[^.;]{0,120}?"
         r",\s+provided\s+(?:the|they|he|she|it|we|you|their|his|her|its|each|every|all|no|owners?|users?)\b"
         r"(?:\s+[\w'-]+){0,4}?\s+(?:is|are|has|have|can|will|do|does|meets?|signs?|pays?|keeps?|stays?|holds?|"
         r"agrees?|remains?|registers?)\b",
         needs=("as long as", "provided that", "unless", "on condition that", ", provided"),
         examples=("The deal stands unless regulators object.", "Visits resume as long as cases fall.",
                   "Departments may still recruit to critical posts, provided the minister signs off each one."),
         counter=("It was a long day.", "The figures, provided by the ministry, show a rise.",
                  "Blankets, provided free by the council, ran out.",
                  "Parliament is expected to approve the transfers next week, provided the coalition holds together.",
                  "Lenz would start on Saturday, provided he is fit.")),
    # What a measure pays those it covers, and how often: "the poorest households will receive 45 dinars a month
    # for two years". Not what someone earned ("earned 300 dinars a month") nor a payment without a period.
    rule("will-receive", Family.PERMISSION,
         r"\b(?:will|would|are to|is to|shall)\s+(?:each\s+|also\s+|now\s+|still\s+)?(?:receive|get|be given)"
         r"\s+(?:an?\s+)?(?:(?:one-?off|monthly|weekly|annual|yearly|new|cash|extra)\s+)*(?:[$\u00a3\u20ac]\s?)?\d[\d,.]*"
         r"\s*(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+(?:month|week|year|day|fortnight)\b",
         needs=tuple(f"{each} {period}" for each in ("a", "per", "each")
                     for period in ("month", "week", "year", "day", "fortnight")),
         examples=("The poorest households will receive 45 dinars a month for two years.",
                   "Poor families on the social registry will get 54 dinars a month in cash."),
         counter=("Drivers earned 300 dinars a month last year.", "The winner will receive 10,000 dinars.",
                  "The forward will be paid 180,000 a week.")),
    # What people are told to do unless something holds: advice that bounds an incident as a measure's condition
    # bounds the measure ("keep your appointment unless the hospital contacts you"). Not a threat ("threatened to kill
    # the hostages unless a ransom was paid", "will not free anyone unless they receive $2 million"), a prognosis
    # ("told them he would never walk unless ...") nor a shopping tip ("should compare prices unless ...").
    rule("advised-unless", Family.LIMIT,
         r"(?:\b(?:asked|advised|urged|told)(?: \w+){0,2} (?:not )?to|(?:^\W*|\b(?:should|must)\s+(?:still\s+)?)"
         r"(?:keep|attend|stay|avoid))\b[^.;]{0,80}?\bunless\b",
         examples=("Patients should still attend appointments unless they are contacted.",
                   "Keep your appointment unless the hospital contacts you.",
                   "Drivers were told not to travel unless their journey was essential.",
                   "Residents were urged to stay indoors unless their journey was essential."),
         counter=("The kidnappers threatened to kill the hostages unless a ransom was paid.",
                  "The abductors said they will not free anyone unless they receive $2 million.",
                  "The fire could burn for as long as a week.",
                  "Doctors had told them Luca would never walk unless he had an operation.",
                  "Shoppers should compare unit prices unless they are buying in bulk.",
                  "The storm was likely to keep gaining strength unless it hit the mountains.",
                  "The kidnappers said they would keep the children unless a ransom was paid.",
                  "The men would stay in captivity unless Veldam withdrew its troops.")),
    # A term a deal sets aside for review, or undoes, if something happens: "the third instalment will be reviewed if
    # inflation rises above 4%". Not what happens to someone if ("he will be jailed if convicted").
    rule("reviewed-if", Family.LIMIT,
         r"\b(?:will|would|can|could|may|is to|are to) be (?:reviewed|revisited|reopened|renegotiated|lifted|scrapped|"
         r"extended|tightened|reimposed|re-imposed)\b[^.;]{0,40}?\b(?:if|should)\b",
         examples=("The third instalment will be reviewed if annual inflation rises above 4%.",
                   "The curfew will be lifted if the violence subsides, the governor said."),
         counter=("He will be jailed if convicted.", "The plan was reviewed last year.",
                  "She asked if the ban would be lifted.", "The match will be cancelled if it rains.",
                  "The Freedom Party said it would scrap the law if it won the next election.",
                  "The opposition leader said his party would review the ban if it won next year's election.")),
    # What a deal does with what is owed or paid: deducted but spread over months, backdated to a day.
    rule("deducted-spread", Family.LIMIT,
         r"\b(?:will|is to|are to) (?:still )?be (?:deducted|docked|withheld|clawed back)\b"
         r"|\b(?:deductions?|repayments?|payments?|costs?|rises?|increases?) (?:will |would )?be spread "
         r"(?:over|across)\b",
         examples=("Pay for the days teachers were on strike will be deducted.",
                   "The deductions will be spread over six months, the ministry said.",
                   "Strike days will still be docked from pay, spread over six months."),
         counter=("The fire spread across the hills.", "The virus spread over three weeks.",
                  "Taxes were deducted from her salary last year.",
                  "The founder said the company's loans would be repaid by the sale of its aircraft.")),
    rule("backdated", Family.START, r"\bbackdated to\b|\bretroactive(?:ly)? (?:to|from)\b",
         examples=("Teachers will receive a 5% rise backdated to January 1.",
                   "The increase applies retroactively from March."),
         counter=("The backdrop was the harbour.",)),
    # "once" opening a clause that says what must happen first: the condition of what the sentence says will
    # follow. Not "once" as a number of times or a former state ("once a week", "once the largest").
    rule("once-done", Family.LIMIT,
         r"(?:^|[,;:\"]\s*|\b(?:will|would|can|could|may|only)\b[^,.;:]{0,60}\s)"
         r"once\s+(?!(?:again|more|a|an|this|that|every|upon|in)\b)"
         r"(?:(?!(?:and|that|which|who)\b)[\w'-]+\s+){1,4}?(?:is|are|has|have|had|gets?|receives?|completes?|passes)\b",
         examples=("Once the new locks are fitted, we expect the quay to reopen to ferries.",
                   "Flights will resume once the runway is repaired.",
                   "The plant can reopen only once the inspectors have signed it off."),
         counter=("The firm was once the largest maker of ferries in the region.",
                  "The ferry stops once a week, and the quay is shut on Sundays.",
                  "He had once been a pilot who has flown every route.",
                  "The ferry will once again have to stop at Lessby.",
                  "The ferry will run once a day and is full every morning.",
                  "The harbour, once a busy hub that is now a car park, closed.",
                  "The ferry stopped only once this year and has been late ever since.")),
    rule("premised-on", Family.LIMIT,
         r"\b(?:premised on|hinges? on|conditional (?:on|upon)|contingent (?:on|upon)"
         r"|subject to(?! an? (?:[\w-]+ )?(?:complaint|lawsuit|attack|criticism)s?\b))\b"
         r"|\bif\b.{0,80}\b(?:block\w*|reject\w*|fail\w*|terminat\w*|approv\w*|withdr[ae]w\w*|veto\w*|scuttle\w*|"
         r"not (?:completed|consummated|closed|approved)|within)\b",
         examples=("The grant is conditional on council approval.", "The sale is subject to the board's approval.",
                   "Cash held abroad would be subject to a 15.5 percent rate.",
                   "The loan is cancelled if the council rejects the plan.",
                   "Buyers get a refund if the flat is not completed within two years."),
         counter=("The board met on Monday to approve the budget.",
                  # "subject to a complaint" is the object of one, not a condition ("subject to a 15 percent rate", "to
                  # a campaign spending cap", "to an antitrust investigation" of a merger are).
                  "Subject to a cybersquatting complaint, the domains were bought by a Lessby firm.")),
    rule("withdraw-after", Family.LIMIT,
         r"\bwithdr[ae]w\w*\b.{0,60}\b(?:after|if|unless|by|before)\b",
         examples=("The union said it would withdraw the strike notice if talks resume.",),
         counter=("Acme withdrew from the talks.",)),
    # What ends an action on a condition, said of the future: "the union will suspend all action if employers commit
    # by 31 March". Not a suspension that happened ("flights were suspended after the storm").
    rule("suspended-if", Family.LIMIT,
         r"\b(?:will|would|could|is to|are to|has offered to|have offered to|promised to)\s+"
         r"(?:suspend|call off|halt|pause|be called off|be halted|be paused)\b[^.;]{0,60}?\b(?:if|unless|once)\b",
         needs=("suspend", "call", "halt", "paus"),
         examples=("The union said it would suspend all action if the employers committed by March 31.",
                   "The strike will be called off if the company improves its offer."),
         counter=("Flights were suspended after the storm.", "He will be jailed if convicted.",
                  "The airline suspended flights if storms hit, the report said.",
                  "The player would be suspended for three matches if he accepts the charge.")),
    rule("only-if", Family.LIMIT, r"\bonly\b.{0,60}\b(?:allow\w*|permit\w*|licen[cs]\w*|near|if|under)\b",
         examples=("Drones may fly only if they stay under 120 metres.", "It sells only to licensed dealers."),
         counter=("Only three people came.",)),
    rule("still-held", Family.UNCHANGED,
         r"\b(?:still|remain(?:s|ed)?|continue(?:s|d)? to be) (?:captive|held|in captivity|detained|captives?)\b",
         examples=("Some 197 girls remain captives.", "Three aid workers are still held by the gunmen."),
         counter=("The team remains confident.", "He is still the mayor.")),
    rule("still-in-place", Family.UNCHANGED,
         r"\b(?:still|remain(?:s|ed)?|continue(?:s|d)? to be) (?:available|on sale|closed|shut|open|in place|"
         r"in effect)\b",
         examples=("The old bridge is still open to cyclists.", "The curfew remains in effect."),
         counter=("The team remains confident.", "He is still the mayor.")),
    # Those still missing, where no one is counted dead or rescued beside them: a disaster's missing are part of its
    # toll, no limit of it.
    rule("still-missing", Family.UNCHANGED,
         r"\b(?:still|remain(?:s|ed)?|continue(?:s|d)? to be) (?:missing|unaccounted for)\b",
         unless=r"^(?!.*\b(?:hostages?|kidnap\w*|abduct\w*|captiv\w*|seized|gunmen)\b)"
                r"(?=.*\b(?:kill\w*|died|dies|dead|deaths?|bodies|drown\w*|rescu\w*|survivors?|toll|alive)\b)",
         examples=("Two of the crew remain missing after the storm.",
                   "Most of the girls remain missing three years on."),
         counter=("Officials said 112 people were rescued alive but 24 are still missing.",
                  "At least 38 people were killed and 24 remain missing.")),
    # (Hostages are no toll: "one hostage was rescued, but three aid workers are still missing" states what remains.)
    # A finding ("found no evidence", "not implicated") bounds an incident; a measure's terms never are findings
    # (``INCIDENT_BOUNDS``): "The tribunal found no evidence that her coach was involved" is no term of her ban.
    rule("found-no-evidence", Family.EXCEPTION,
         rf"{_NO_EVIDENCE_FOUND}|\bnot (?:in itself |itself |necessarily |directly )?implicated\b",
         examples=("There is no evidence the water was contaminated.", "The driver was not implicated.",
                   "The tribunal found no evidence that her coach was involved.",
                   "The commission had no evidence of any irregularity in the count.",
                   'The authority said there was "no evidence at this stage" of a fault.'),
         counter=("The company was named in the report.", "The victim, who was not named, died in hospital.",
                  "Cars with no evidence of a booking will be turned away.")),
    # "No evidence" as a condition: "Cars with no evidence of a booking will be turned away".
    rule("no-evidence", Family.EXCEPTION, r"\bno evidence\b", unless=_NO_EVIDENCE_FOUND,
         examples=("Cars with no evidence of a booking will be turned away.",),
         counter=("There is no evidence the water was contaminated.", "Police found no evidence of foul play.")),
    # What a measure's terms or an incident's bounds leave out: "the payment is not linked to income".
    # What a measure makes a crime, from when it binds: "from February 1 it will be illegal to breed, sell or give
    # away the dogs". Not what was illegal ("the strike was illegal, the court ruled"), nor "not illegal".
    rule("made-illegal", Family.PROHIBITION,
         r"(?<!\bnot )\b(?:will be|would be|will become|becomes?|is to become|to be made|will be made|is now|are now)"
         r"\s+(?:an?\s+)?(?:illegal|unlawful|(?:criminal\s+)?offen[cs]es?|a crime)\b",
         needs=("illegal", "unlawful", "offence", "offense", "crime"),
         examples=("From February 1 it will be illegal to breed, sell or give away a Tolgar bulldog.",
                   "Breeding or selling one will be a criminal offence from February 1."),
         counter=("The strike was illegal, the court ruled.", "Owning one will not be illegal.")),
    rule("not-illegal", Family.EXCEPTION,
         r"\bnot (?:in itself |itself |necessarily |directly )?(?:illegal|unlawful|linked)\b"
         r"|\bis not (?:itself )?a crime\b",
         examples=("Selling the seeds is not illegal in most states.", "Owning one is not itself a crime.",
                   "The new payment is not linked to income.", "Police said the fire was not linked to the protest."),
         counter=("Selling the seeds is illegal in most states.", "The raid was unlawful, the court ruled.")),
    rule("denied", Family.DENIAL,
         r"\b(?:denied|denies|deny|dismissed|rejected) (?:\w+ ){0,3}?(?:reports?|rumou?rs?|claims?|allegations?|"
         r"suggestions?|speculation)\b|\bdeni(?:ed|es) (?:doing|having|making|striking|paying)\b"
         r"|\bfalse (?:reports?|rumou?rs?|claims?|alarm)\b|\brul(?:ed|es|ing) out\b"
         r"|\bcontrary to (?:\w+ ){0,2}reports?\b"
         r"|\bas (?:some |earlier |previous |media )*reports? (?:had )?(?:claimed|suggested)\b",
         # Every branch holds one of these (its verb, "false ", "contrary to ", the claiming verb); the nouns
         # read from the pattern ("report", "claim") are in four times as many sentences as these are.
         needs=("denie", "deny", "dismissed", "rejected", "false ", "ruled out", "rules out", "ruling out",
                "contrary to ", "claimed", "suggested"),
         examples=("The ministry denied reports that a ransom was paid.",
                   "Police dismissed rumours of a second gunman.", "Officials ruled out sabotage.",
                   "A false report of a fire spread online.", "The army denied striking a deal with the rebels.",
                   "The square will stay open, not closed as some media reports claimed."),
         counter=("He denied himself a holiday.", "The court rejected the appeal.", "She denied the charges.",
                  "The firm denied any wrongdoing.")),
    rule("not-closed", Family.EXCEPTION,
         r"(?:\bnot|n't|\bnever) be (?:fenced|cordoned|sealed|closed|shut|locked)(?: off| down)?\b",
         examples=("The square will not be fenced off.", "The road won't be closed during the march."),
         counter=("The road was closed after the crash.",)),
    rule("not-named", Family.DENIAL,
         r"(?:\bnot|n't) (?:\w+ ){0,2}?(?:named|mentioned|identified|listed|cited)(?: by name)? (?:in|on|among)\b",
         examples=("The minister is not named in the files.", "She isn't herself mentioned by name in the report."),
         counter=("The victim, who was not named, died in hospital.", "The files named the minister.")),
    # What goes on as before: talks or a search that continue, exams that "will go ahead as planned" despite a strike.
    # Not a plan carried out ("will go ahead with the plan"), nor a claim events overtook ("had insisted ... would go
    # ahead as planned").
    rule("continues", Family.UNCHANGED,
         r"\b(?:talks|negotiations|search(?:es)?|investigations?|inquir(?:y|ies)|efforts|operations|rescue|strike)\b"
         r"(?: \w+){0,3}? (?:will |would |are to |is to |could )?(?:still )?continues?\b"
         r"|\b(?:talks|negotiations|search(?:es)?|investigations?|inquir(?:y|ies)|probe)\b(?: \w+){0,3}? "
         r"(?:is|are|remains?) (?:still )?ongoing\b"
         r"|\b(?:will|would|are to|is to|shall)\s+(?:still\s+)?go ahead\s+(?:as (?:planned|normal|usual|scheduled)|"
         r"unaffected)\b|\bgo(?:ing)? ahead as (?:planned|normal|usual|scheduled)\b",
         unless=r"\bhad (?:insisted|said|promised|claimed|hoped|expected|vowed|announced)\b",
         examples=("Negotiations will continue next week.", "The search for the missing continues.",
                   "The sheriff said no charges had been filed, but the inquiry is ongoing.",
                   "Exams will go ahead as planned, the union said.", "Exams: going ahead as normal"),
         counter=("Talks ended on Friday.", "Prices continue to rise.",
                  "The council will go ahead with the plan.",
                  "The match went ahead despite the rain.",
                  "Organisers had insisted on Wednesday that the festival would go ahead as planned.")),
    # An inquiry not yet finished: "The investigation is still pending". Not another incident's ("An inquiry into that
    # leak is still pending", "A probe launched in 2019 is still pending"), nor an appeal.
    rule("inquiry-pending", Family.UNCHANGED,
         r"\b(?:investigations?|inquir(?:y|ies)|probe)\b(?: \w+){0,3}? (?:is|are|was|were|remains?|remained) "
         r"(?:still )?pending\b",
         unless=rf"{_ANOTHER_TIME}|\binto (?:that|the earlier|the previous|an earlier|a previous)\b"
                r"|\b(?:launched|opened|begun) (?:in|after|following)\b"
                r"|\b(?:separate|another|other|parallel) (?:\w+ )?(?:investigations?|inquir(?:y|ies)|probe)\b",
         needs=("pending",),
         examples=("The investigation is still pending, the sheriff's office said.",
                   "Police said their investigation was still pending."),
         counter=("Her appeal is still pending.", "An inquiry into that leak is still pending.",
                  "A probe launched after the 2019 fire is still pending.",
                  "A separate bribery inquiry into his deputy is still pending.")),
    # Who a measure orders to do something: "factories have been ordered to cut their consumption by 40 per cent",
    # "industrial users were told to cut use". Not a request ("asked to"), nor an order to leave or shelter, which
    # ``told-to`` reads as an incident's scope too.
    rule("ordered-to", Family.OBLIGATION,
         r"\b(?:factories|companies|firms|users|residents|households|businesses|platforms|airlines|operators|shops|"
         r"retailers|employers|landlords|banks|lenders|schools|drivers|owners|producers|importers|exporters|industry|"
         r"suppliers|carriers|providers|manufacturers|broadcasters|clubs)\b[^.;]{0,60}?"
         r"\b(?:(?:have|has|had) been (?:ordered|told|instructed|required|directed)|(?:are|is|were|was) (?:ordered|"
         r"instructed|directed|required)) to (?!stay|remain|leave|evacuate|shelter|avoid|boil)\w",
         examples=("Factories and other large users have been ordered to cut their consumption by 40 per cent.",
                   "Industrial users have been told to cut consumption by 40 per cent.",
                   "Airlines were ordered to refund passengers within a week."),
         counter=("Residents have been told to stay indoors.", "Staff were asked to work from home.",
                  "He was ordered to leave the building.", "Troops were ordered to open fire.",
                  "Jurors heard that planning officers were ordered to approve a tower block.")),
    # What a court orders one it sentences or fines to do: "He was also ordered to pay Reyl 4,500 florins in
    # compensation", "ordered to carry out 200 hours of unpaid work". Not an order of a moment ("He was ordered to leave
    # the building", "Troops were ordered to open fire").
    rule("ordered-to-pay", Family.OBLIGATION,
         r"\b(?:was|were|has been|have been|is|are|had been)\s+(?:also\s+)?ordered\s+to\s+(?:(?:pay|repay|surrender|"
         r"forfeit|hand over)\b|(?:do|carry out|complete|perform|attend|undergo)\s+(?:[\w-]+\s+){0,3}?(?:hours|"
         r"community|unpaid|course|courses|programme|program|treatment|counselling|rehabilitation|sessions|classes|"
         r"training)\b)",
         needs=("ordered",),
         examples=("He was also ordered to pay Reyl 4,500 florins in compensation.",
                   "Vellacourt was ordered to carry out 200 hours of unpaid work.",
                   "He was ordered to carry out community service.",
                   "He was also ordered to attend anger management sessions.",
                   "Weiss was also ordered to attend classes on managing his temper.",
                   "The company has been ordered to repay 3 million crowns to customers."),
         counter=("He was ordered to leave the building.", "Troops were ordered to open fire.",
                  "Staff were ordered to attend an emergency meeting on Monday.",
                  "Volunteers were ordered to carry out checks on elderly residents.")),
    # What a sentence turns into if its terms are broken: "If he offends again during the two years, he could be
    # jailed". Not what a trial may bring ("He will be jailed if convicted").
    rule("jailed-if-breached", Family.LIMIT,
         r"\bif\b[^.;]{0,120}?\b(?:breach\w*|break\w*|broke|offend\w*|reoffend\w*|another offence|violat\w*|"
         r"fails? to)\b[^.;]{0,120}?\b(?:be jailed|be imprisoned|be sent to (?:prison|jail)|go to (?:prison|jail)|"
         r"face (?:prison|jail)|serve (?:the|his|her|their) sentence|be recalled)\b",
         needs=("jail", "prison", "serve", "recalled"),
         examples=("If he offends again during the two years, he could be jailed.",
                   "If he breaks the order or commits another offence in the next two years, he can be jailed.",
                   "The judge warned that if she breached the order she could be sent to prison."),
         counter=("He will be jailed if convicted.", "If the jury finds him guilty, he could be jailed for life.")),
    # How long a measure runs: "the three-zone timetable will last at least ten days", "the curfew is to run for two
    # weeks". Not what an event lasted ("the storm lasted three days").
    rule("lasts-for", Family.LIMIT,
         r"(?:\b(?:ban|curfew|rules?|restrictions?|measures?|orders?|rationing|closures?|suspension|lockdown|scheme|"
         r"timetable|schedule|limits?|cap|policy|programme|exemption|moratorium|embargo|ceasefire|truce|it)\b"
         r"(?: [\w-]+){0,6}? (?:will|would|is to|are to|is expected to|are expected to) (?:last|run)"
         r"|\b(?:will|would|is to|are to|is expected to|are expected to) (?:remain in force|stay in force|"
         r"remain in place|stay in place|be in force))\b(?: for)?(?: at least| up to| about)? "
         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty) "
         r"(?:days?|weeks?|months?|years?)\b",
         examples=("The three-zone timetable starts on Wednesday and will last at least ten days.",
                   "It will remain in force for at least ten days, the council said.",
                   "The curfew is to run for two weeks."),
         counter=("The storm lasted three days.", "The meeting will last an hour.",
                  "The trial at Velbrook crown court will last about six weeks.",
                  "A heatwave that is expected to last at least ten days hit the south.",
                  "The tournament will run for three weeks.")),
    rule("told-to", Family.OBLIGATION,
         r"\b(?:told|warned|advised|urged|asked|ordered|instructed|called on)\b (?:\w+ ){0,4}?"
         r"(?:to (?:stay|remain|keep|avoid|evacuate|shelter|boil|prepare to leave|be ready to leave"
         r"|leave (?:(?:their|your) (?:homes?|houses?|flats?|apartments?|properties|villages?|towns?)"
         r"|the (?:area|town|city|village|island|building|tower)))"
         r"|not to(?! be (?:named|identified)))\b"
         r"|\bstay (?:indoors|inside|at home|away from)\b|\bshelter in place\b",
         examples=("Police urged residents to stay indoors.", "People were advised not to travel.",
                   "Residents of Kilbride were told to prepare to leave at short notice.",
                   "Residents must shelter in place."),
         counter=("He told reporters to expect a decision.", "She stayed at the hotel.",
                  "The official, who asked not to be named, confirmed the talks.",
                  "The passengers were asked to leave the plane.")),
    rule("not-yet", Family.UNCHANGED,
         r"(?:\bnot yet|\b(?:has|have) yet to)\b"
         r"(?! (?:respond|repl|comment|return|be reached|been reached|confirm|been identified"
         r"|(?:been |be )?named\b(?! (?:a|an|the|which|what|who)\b)))"
         r"|\bnot\b.{0,50}\bat this stage\b",
         examples=("The court has yet to set a date.", "He was not asked to plead at this stage.",
                   "The cause is not yet known.", "The agency has not yet identified which batches are affected.",
                   "The government has not yet named a date for lifting the restrictions."),
         counter=("Yet the crowd stayed.", "At this stage the leader pitted.",
                  "The firm has not yet responded to a request for comment.",
                  "The driver, who has not yet been identified, was arrested.",
                  "The driver was not yet named, and it is unclear why he was arrested.")),
    rule("extended-by", Family.LIMIT,
         rf"\bextend(?:ed|s|ing)?\b.{{0,80}}?\b(?:by |for )?(?:another |a further |further |an additional )?{_NUMBER}"
         r"(?: more| further| additional)? (?:days?|weeks?|months?|years?)\b",
         examples=("The curfew was extended by two weeks.", "The judge extended his detention for 8 days.",
                   "The state of emergency will be extended for three further months."),
         counter=("The bridge was extended to the island.", "He extended his lead to 12 points.")),
    rule("window", Family.LIMIT,
         rf"\bbetween (?:early |mid-?|late )?{MONTH}\b(?: \d{{1,2}})? and (?:early |mid-?|late )?{MONTH}\b"
         rf"|\bbetween {_CLOCK} and {_CLOCK}|\bwindow\b.{{0,40}}?\b(?:from|between|open\w*|clos\w*) (?:at )?\d",
         examples=("The park is closed between October and March.", "The road is shut between 9:00 and 11:30.",
                   "The launch window opens at 6 p.m.", "The voting window is from 8 to 10."),
         counter=("Between you and me, it failed.", "She looked out the window from her room.",
                  "He heard between 30 and 40 shots.")),
    # After "can", the phrase tells what a thing is able to do (a missile's range): no bound of what happened.
    rule("extent", Family.LIMIT,
         r"(?<!\bcan )(?<!\bcould )"
         r"\b(?:reach\w*|extend\w*|swing\w*|stretch\w*|spread\w*|go|goes|went|travel\w*|take \w+) (?:\w+ ){0,2}?"
         r"as far (?:out |away |north |south |east |west |inland |afield )?as\b",
         examples=("The flooding reached as far inland as the old mill.", "The orbit swings out as far as Mars.",
                   "The water did not reach as far as the old town centre.",
                   "The ash cloud spread as far east as the border."),
         counter=("As far as I know, nobody was hurt.", "She went on to win the title.",
                  "The rockets, which can travel as far as 800 miles, were shown in a parade.")),
    rule("capacity", Family.LIMIT,
         r"\b(?:throttled?|run|running|runs|operat\w*|capped|limited|held)(?: back| down)? (?:\w+ ){0,2}?(?:at|to) "
         r"\d+(?:\.\d+)? ?(?:percent|per cent|%)",
         needs=("percent", "per cent", "%"),  # what every match ends with: rarer than the verbs read from the pattern
         unless=r"\b(?:polls?|polling|ratings?)\b",
         examples=("The plant will run at 60 percent capacity.", "The mill was throttled back to 75 per cent."),
         counter=("Turnout rose to 75 percent of voters.",
                  "Polls show the Greens running at close to 30% among under-25s.")),
    rule("may-differ", Family.LIMIT,
         r"\b(?:could|may|might|would) (?:\w+ )?(?:differ|vary|be revised)\b|\bsubject to change\b",
         examples=("The final charge could differ from the estimate.", "Times are subject to change."),
         counter=("Opinions differ on the plan.",)),
    # A crowd's estimated size is no limit ("up to 100 people marched to the spot"); a limit beside it still is.
    # The most a measure's breach costs: "The maximum prison sentence for endangering an aircraft will rise to five
    # years", "Offenders face a maximum fine of 20,000 dinars". Not a sentence a court handed down ("the judge imposed
    # the maximum sentence of 14 years").
    rule("maximum-penalty", Family.LIMIT,
         r"\bfac(?:e|es|ed|ing) (?:a )?maximum (?:[\w-]+ )?(?:fines?|penalt(?:y|ies)|sentences?|terms?|prison|jail)\b"
         r"|\bmaximum (?:[\d][\w-]* )?(?:prison |jail |custodial )?(?:sentences?|penalt(?:y|ies)|fines?|terms?) "
         r"(?:for|is|are|will|would|rises|rose|has risen|has been)\b",
         unless=r"\b(?:handed|sentenced|imposed|gave|given|received|jailed|seek|seeks|sought|seeking|ask|asked|demand"
                r"|demanded)\b.{0,40}\bmaximum\b|\bmaximum\b.{0,60}\bat the time\b",
         examples=("The maximum prison sentence for recklessly endangering an aircraft will rise to five years.",
                   "Offenders face a maximum fine of 20,000 dinars.", "The maximum penalty is two years in jail.",
                   "Under the law, the maximum prison sentence for flying a drone rises to five years.",
                   "The law also raises the maximum fine for flying without registration to 20,000 euros.",
                   "Drone users who endanger aircraft now face a maximum 5-year sentence.",
                   "Yobs flying near runways face maximum fines of 20,000 euros."),
         counter=("The judge imposed the maximum sentence of 14 years.", "He received the maximum penalty.",
                  "Prosecutors may seek the maximum penalty for other counts.",
                  "He was sentenced to the maximum term for the offence.",
                  "Judge Helen Marsh handed Breck the maximum sentence for causing death by dangerous driving.",
                  "Commuters face a maximum delay of 40 minutes.",
                  "The maximum sentence for the offence at the time was two years.")),
    rule("at-most", Family.LIMIT,
         r"\b(?:up to(?! [\d,]+ (?:\w+ ){0,2}?(?:people|protesters|demonstrators|supporters|mourners|fans|marchers)"
         r"(?: \w+){0,4}? (?:marched|gathered|rallied|attended|turned out|protested|joined|took part)\b)"
         rf"|a maximum of|at most|no more than|fewer than|capped at) {_NUMBER}"
         rf"|\bonly (?:be )?(?:charged|pay|paid|payable|levied|applies|apply) for the first {_NUMBER}\b",
         # Nature measured reaching a figure ("winds gusting at up to 45 knots", "lava fountains up to 150 metres high",
         # "embers up to two kilometres ahead") limits nothing; a speed a measure names ("caught at up to 30mph") does.
         unless=r"\b(?:winds?|gusts?|gusting|waves?|swells?|rain|rainfall|snow|snowfall|temperatures?|lava|fountains?|"
                r"floodwaters?|embers|ash|flames)\b[^.;]{0,40}?\b(?:up to|at most)\b",
         examples=("Drivers face up to 3 months without a licence.", "Fewer than 50 homes lost power.",
                   "Savers will only be able to withdraw up to 60 euros a day.",
                   "Up to 200 people rallied as the rule limiting gatherings to a maximum of 30 people came in.",
                   "The tax will be charged for a maximum of seven consecutive nights.",
                   "The tax is only charged for the first seven nights of any stay."),
         counter=("Up to now, nobody has spoken.",
                  "A group of up to 100 people on Saturday marched down the road to the spot.",
                  "The coastguard said winds were gusting at up to 45 knots at the time.",
                  "The fire was throwing embers up to two kilometres ahead of the front.")),
    # What has not changed is a rule, not someone's stance: "China's position is clear and has not changed" states a
    # view, as a reaction does.
    rule("unchanged", Family.UNCHANGED,
         r"\bhas not changed\b|\bremains? (?:in place|banned|prohibited)\b|\bcontinues? to (?:prohibit|ban|bar)",
         unless=r"\b(?:stance|position|view|views|attitude|opinion|mind|feelings|commitment|friendship)\b"
                r"(?:\s+\S+){0,10}?\s+has not changed\b",
         examples=("The curfew remains in place.", "The old law has not changed.",
                   "The policy prohibiting long-range strikes has not changed, an official said."),
         counter=("The team remains in first place.",
                  "Ren said China's stance on the peninsula is clear and has not changed.")),
    # A limit a measure leaves where it was, with its figure: "the age of candidacy remains 18", "the voting age for
    # referendums stays at 18". Not a reading of the weather or a count ("temperatures stay at 30 degrees").
    rule("stays-at", Family.UNCHANGED,
         r"\b(?:age|limit|cap|ceiling|threshold|minimum|maximum|allowance|quota)\b[^.;]{0,60}?\b(?:remains?|stays?|"
         r"will (?:remain|stay)|(?:is|are|will be) kept) (?:at )?\d",
         unless=r"\btemperatures?\b|\bdegrees\b|\u00b0|\baverage\b|\bmedian\b|\blife expectancy\b",
         needs=('remain', 'stay', 'kept'),
         examples=("The minimum age to stand as a candidate in any election also stays at 18.",
                   "Nor will 16-year-olds be able to stand for a council seat: the age of candidacy remains 18.",
                   "The speed limit on the bridge will stay at 40mph."),
         counter=("The death toll remains at 14.", "Interest rates stay at 4.5%.",
                  "The maximum temperature will stay at 31 degrees.", "The age of the victims remains unknown.",
                  "The average age of retirement in Lessby remains 63, below the state pension age.")),
    # An age from which a measure will let people do something: "will be able to pre-register to vote from the age of
    # 15". Not a life told ("Sorel, who has raced from the age of 15, won", "abused from the age of 11").
    rule("from-age", Family.LIMIT,
         r"\b(?:will|can|could|may|shall)\b[^.;]{0,60}\bfrom the age of (?:\d+|[a-z]+teen)\b",
         unless=r"\bwho\b[^,.;]{0,50}\bfrom the age of\b",
         needs=('from the age of',),
         examples=("Young people will be able to pre-register to vote from the age of 15.",
                   "Girls will be offered the vaccine from the age of 12."),
         counter=("Sorel, who has raced from the age of 15, won the title.", "From the age of six she sang.",
                  "The court heard one victim had been abused from the age of 11.",
                  "Striker Ana Vik joined Rovers from the age of 14 and scored 30 goals.")),
    # What a measure leaves as it was: "the youth rate, which is unchanged", "fees remain unchanged". Not a market's
    # day ("shares were unchanged in early trading").
    rule("left-unchanged", Family.UNCHANGED,
         r"\b(?:rates?|fees?|rules?|laws?|limits?|thresholds?|allowances?|exemptions?|bans?|polic(?:y|ies)|tariffs?|"
         r"tax|taxes|levy|duty|duties|age|hours|times|terms|conditions|rents?|fares?|charges|pensions?|benefits?|"
         r"wages?|salar(?:y|ies))\b(?:[^.;]|\.\d){0,60}?\b(?:is|are|remains?|stays?|(?:is|are|was|were) left|"
         r"(?:is|are) kept|will be|will stay|will remain) unchanged\b",
         unless=r"\b(?:shares?|stocks?|index|indices|markets?|trading|futures|yields?|bonds?|prices? of)\b",
         examples=("Workers aged 16 and 17 remain on the youth rate of 6.90 ducats, which is unchanged.",
                   "Fees for residents will stay unchanged.", "Rents will remain unchanged while residents are away."),
         counter=("Shares of Acme were unchanged in early trading.", "The ferry changed course.",
                  "The company's dividend, which shareholders approved last week, is unchanged.",
                  "Reservoir levels remained unchanged over the weekend.",
                  "Rovers' starting line-up was unchanged for the fourth game running.",
                  "Real wages in Lessby were unchanged last year, official figures show.")),
    # A part of a sentence or a ban lifted on conditions: "Two years of the sentence were suspended."
    rule("suspended-part", Family.LIMIT,
         r"\bof (?:the|his|her|their|its) (?:\w+ )?(?:sentence|term|ban|suspension)s?\s+(?:was|were|is|are|has been|"
         r"have been|will be) suspended\b|\bsuspended on condition\b",
         examples=("Two years of the sentence were suspended.", "Half of her ban was suspended on condition she "
                   "trains no one."),
         counter=("The sentence was handed down on Friday.", "Flights were suspended after the storm.",
                  "Trading in Acme shares was suspended for two hours.", "Mills was suspended for three matches.")),
    # Only some of what a measure names is affected: "Only the seven listed batches of the 80 mg strength are
    # affected."
    # The reach of an order around a place: "everyone within 500 metres of the river had been ordered to leave". Not a
    # distance told of where something happened ("the boat sank within 200 metres of the shore").
    rule("within-distance", Family.LIMIT,
         r"^(?=[^;]*\b(?:evacuat\w*|ordered to leave|told to leave|banned|prohibited|cordon\w*|exclusion|"
         r"must|not allowed|(?<!that )(?<!which )(?:were|was|are|is|have been|has been|will be|remain|remained) "
         r"(?:closed|shut))\b)[^;]*?\bwithin (?:a )?\d[\d,.]* ?(?:-| )?"
         r"(?:metres?|meters?|m|km|kilometres?|kilometers?|miles?|feet|yards?)\b(?: radius)?(?: of)?\b",
         needs=('within',),
         examples=("Homes within 500 metres of the River Sallow have been evacuated.",
                   "Everyone living within 500 metres of the river had been ordered to leave their homes.",
                   "Drones are banned within 5km of the airport.",
                   "Streets within 300 metres of a leaking gas main in Tarrow were closed on Wednesday."),
         counter=("The boat sank within 200 metres of the shore.",
                  "Police closed the road; the car stopped within 50 metres of the school.",
                  "The fire started within 200 metres of a reservoir that was closed to visitors last week.",
                  "A man drowned within 300 metres of the closed footbridge on Friday night.")),
    # What an incident left running or untouched: services it did not stop, those who were not aboard. Not a view of
    # what a measure did ("The sanctions had no impact on the economy").
    rule("no-impact", Family.EXCEPTION,
         r"\b(?:had|has|have|having|with|caused|causing) no (?:impact|effect|disruption) on (?:\w+ ){0,3}?"
         r"(?:services?|traffic|flights|trains|operations|deliveries|supplies|schedules?|commute|timetables?)\b"
         r"|\bdid not (?:affect|disrupt|delay) (?:\w+ ){0,3}?(?:services?|traffic|flights|trains|operations|deliveries|"
         r"supplies|schedules?|commute)\b",
         unless=r"\b(?:critics?|claim|claims|claimed|argue|argues|argued|insist|insists|insisted)\b",
         needs=("no ", "did not"),
         examples=("There were no passengers on the trains, and officials say the accident is having no impact on "
                   "subway service during the morning commute.",
                   "The fire had no effect on flights at the airport.",
                   "The outage did not affect emergency services."),
         counter=("The sanctions had no impact on the economy, the minister said.",
                  "The warnings had little effect on drivers.", "The strike did not affect him.",
                  "Critics say the policy has had no impact on traffic.",
                  "The tax rise had no impact on travel demand, the minister claimed.")),
    rule("none-aboard", Family.EXCEPTION,
         r"\b(?:there (?:were|was) no|carrying no) (?:passengers|riders|customers|guests|pupils|children)"
         r" (?:on board|aboard|on|in)\b"
         r"|\bno (?:passengers|riders|customers|guests|pupils|children) (?:were|was) "
         r"(?:on board|aboard|on (?:the|either|both))\b",
         needs=("no ",),
         examples=("There were no passengers on the trains.", "No passengers were on board at the time.",
                   "The ferry was carrying no passengers on either crossing."),
         counter=("No passengers were hurt.", "There were no passengers left to rescue.",
                  "The train was packed with passengers on the way home.",
                  "No passengers on the flight were Almarian citizens.",
                  "No guests in the hotel reported feeling unwell.")),
    # How far an incident's harm went: no one hurt, staff unharmed, injuries minor or not life-threatening, no debris
    # fallen. An incident's bound only (``INCIDENT_BOUNDS``). Not harm at another time (``_ANOTHER_TIME``: "a smaller
    # fire at the same hall in March ... no one was hurt"), a purpose or a hope ("to make sure no one was hurt"), harm
    # done ("life-threatening injuries"), nor a speaker's aside ("Rinaldo, who was unhurt in the crash, said ...").
    rule("no-one-hurt", Family.EXCEPTION,
         r"\b(?:no one|no-?one|nobody|none of (?:them|those \w+|the \w+)|no (?:other )?(?:passengers?|crew|staff|"
         r"employees|workers|residents|visitors|spectators|pupils|students|children|guests|people)"
         r"(?: (?:or|and) \w+)?) (?:else )?(?:was|were|had been|has been|have been) "
         r"(?:seriously |badly |critically |physically )?(?:hurt|injured|harmed|killed)\b"
         r"|\b(?:was|were)(?: not|n't) (?:seriously |badly )?(?:hurt|injured|harmed)\b"
         r"|\b(?:unhurt|unharmed|uninjured|unscathed)\b|\bescaped (?:serious |without )?injur"
         r"|\bnon[- ]?life[- ]?threatening\b|\bnon[- ]?threatening injur"
         r"|(?:\bnot|n't) (?:believed to be |thought to be |considered )?life[- ]?threatening\b"
         r"|\b(?:minor|light|superficial) injuries\b"
         r"|\bnone of (?:the|their|his|her) (?:\w+ )?injuries (?:\w+ ){0,4}?(?:fatal|life[- ]?threatening|serious)\b"
         r"|\bno (?:immediate )?(?:reports? of )?(?:injuries|casualties|fatalities|deaths|damage) (?:\w+ )?"
         r"(?:was |were |has been |have been )?(?:reported|caused)\b"
         r"|\bthere (?:were|was|have been|has been) no (?:immediate )?(?:reports? of )?"
         r"(?:injuries|casualties|fatalities|deaths|damage)\b"
         r"|\bno debris (?:had |has |was )?(?:fallen|fell|found|landed|reached)\b",
         unless=rf"{_ANOTHER_TIME}|, who (?:was|were|had been)\b"
                r"|\b(?:make sure|ensure|ensuring|hope|hoped|hoping|pray\w*|if|unless|whether)\b",
         needs=("hurt", "injur", "harm", "killed", "unscathed", "threatening", "casualt", "fatalit", "deaths", "damage",
                "debris"),
         examples=("All staff at the embassy were unharmed, according to the foreign ministry.",
                   "The boy was treated for serious, but non-life threatening injuries.",
                   "The boy was taken to hospital with non-threatening injuries, a local channel reported.",
                   "Two men suffered minor injuries when the barge caught fire.",
                   'It added that "no one was injured".', "No passengers were hurt, the operator said.",
                   "No visitors or staff were hurt.",
                   "Her injuries aren't believed to be life-threatening.", "The driver wasn't hurt.",
                   "The chief spokesman said no debris had fallen.",
                   "There were no immediate reports of injuries.", "The driver was not seriously hurt.",
                   "Doctors said none of the injuries were serious.",
                   "None of their injuries were thought to be life-threatening."),
         counter=("There have been no deaths on board a Lessby ferry since 1974.",
                  "Eight people had serious or life-threatening injuries.",
                  "Staff checked every room to make sure no one was hurt.",
                  "Nobody was hurt in last year's fire at the depot.",
                  "A smaller fire at the same hall in March was put out within minutes and no one was hurt.",
                  "No one was hurt in the 2019 crash on the same bend.",
                  "Rinaldo, who was unhurt in the crash, said he had pushed too much on cold tyres.",
                  "The debris field stretched for two miles.",
                  "The mayor's tone was calm and non-threatening.",
                  "Doctors could not yet say whether any of the injuries were life-threatening.",
                  "None of the injuries she suffered in the 2019 fall was serious.")),
    # What an incident was said not to threaten: "the missile did not pose a threat to the US mainland", "posing no
    # real threat to commercial air traffic", "no threat to the public", "no safety threat": to people, traffic or
    # ground, or to no one named. Not a view ("Critics say the plan poses no threat to farmers", "insisted its members
    # posed no threat"), a condition ("if parents acted now"), a danger argued for bail ("did not pose a danger to
    # anyone"), nor a threat to a lead.
    rule("no-threat", Family.EXCEPTION,
         r"(?:\bpos(?:e|es|ed|ing) (?:no|little) (?:real |immediate |direct |significant |further )?|(?:\bnot|n't) "
         r"pose[sd]? (?:a |any )?(?:\w+ )?(?:(?:or|and) \w+ )?|\b(?:there is|there was|there's|with) no "
         r"(?:immediate |further |ongoing )?)threat(?:\b(?! to\b)| to [^.;,]{0,40}?\b(?:public|people|residents|"
         r"population|communit(?:y|ies)|earth|ground|area|region|air traffic|aviation|shipping|ships|aircraft|flights|"
         r"mainland|territory|territories|coast|islands?|homeland)\b)",
         unless=r"\b(?:critics?|claim|claims|claimed|argue|argues|argued|insist\w*|if|unless)\b",
         needs=("threat",),
         examples=("The missile did not pose a threat to the US mainland.",
                   "The meteor was posing no real threat to commercial air traffic.",
                   "The engineer said the station poses no threat to the Earth below.",
                   "Pacific Command says the missile didn't posed a threat to its territory.",
                   "Police said there was no threat to the public.",
                   "The engineer said the station did not pose a safety or environmental threat."),
         counter=("Critics say the plan poses no threat to farmers.",
                  "The leader insisted its members posed no threat to the public.",
                  "She said the virus posed no threat to the wider community if parents acted now.",
                  "Defence lawyer Ruth Fenwick said Hale did not pose a danger to anyone.",
                  "The retirement poses no threat to his lead before the summer break.",
                  "The group posed a threat to the city.", "He threatened to post the pictures.")),
    # Who an incident's inquiry has not (yet) arrested or charged: "no arrests have been made", "the men who sent the
    # emails have not been charged". Not another time's (``_ANOTHER_TIME``: "no one was charged after the 2015 sting",
    # "after an earlier crash"), nor a question.
    rule("not-charged", Family.EXCEPTION,
         r"\bno (?:one|arrests?|charges?)(?: \w+){0,2}? (?:has |have |had |was |were )?(?:yet )?(?:been )?"
         r"(?:made|filed|brought|laid|arrested|charged)\b|\bmade no arrests?\b"
         r"|\b(?:has|have|had|was|were)(?: not|n't) (?:yet )?(?:been )?(?:arrested|charged)\b",
         unless=rf"{_ANOTHER_TIME}|\b(?:if|unless|whether)\b",
         needs=("arrest", "charge"),
         examples=("The agency conducted interviews on Tuesday night but made no arrest.",
                   "She said no charges were filed.", "No arrests have been made.",
                   "The drivers who ran the red light have not been charged.", "The parents hadn't been charged."),
         counter=("Two men were arrested and charged with fraud.", "He has been charged with murder.",
                  "No one was charged after the sting in 2015.", "Police will decide whether the men are charged.",
                  "Police said Hale had not been charged after an earlier crash on the same road.",
                  "The charger had not been tested.")),
    # What an incident did not do: two trains that "bumped into each other but didn't derail". Only what vehicles and
    # devices do: a coalition that "did not collapse" and shares that "did not sink" are no incident's bound.
    rule("did-not-happen", Family.EXCEPTION,
         r"\b(?:did not|didn't|did n't) (?:derail|capsize|explode|detonate|catch fire)\b",
         needs=("did",),
         examples=("The trains bumped into each other but didn't derail.", "The second device did not explode."),
         counter=("The train derailed at 5am.", "He did not explain why the bridge collapsed.",
                  "The coalition did not collapse despite the abstentions.")),
    # How long a place an incident shut stays shut, or why: "The reptile house will be closed until further notice",
    # "the bridge was closed for checks". Not talks put off ("suspended indefinitely"), nor a closure for repairs that
    # was there before the incident ("busier than usual because the bridge is closed for repairs").
    rule("closed-until", Family.SCOPE,
         r"\b(?:closed|shut|suspended|halted|cancell?ed)(?: off)? (?:\w+ ){0,3}?\"?until further notice\b"
         r"|\b(?:closed|shut)(?: off)? (?:\w+ ){0,3}?"
         r"(?:indefinitely|for (?:safety |structural )?(?:checks|inspections?))\b",
         needs=("notice", "indefinitely", "checks", "inspection"),
         examples=("The reptile house will be closed until further notice.", "The exhibit was expected to be closed "
                   "indefinitely.", 'The exhibit would remain closed "until further notice," the zoo said.',
                   "The bridge was closed for checks after the ship struck one of its pillars."),
         counter=("The zoo is open as usual.", "The case was adjourned indefinitely.",
                  "The road was closed for seven hours while investigators examined the scene.",
                  "Budget talks with the opposition were suspended indefinitely after the vote.",
                  "The crossing is busier than usual because the bridge is closed for repairs until the summer.")),
    # Shut as a precaution while the harm is checked: "The viaduct was closed as a precaution until engineers had
    # inspected it". Not another time's closure ("Schools were closed as a precaution during the 2019 floods").
    rule("closed-as-precaution", Family.SCOPE,
         r"\b(?:closed|shut|evacuated|suspended|halted|grounded|cordoned off|sealed off)(?: off)? (?:\w+ ){0,4}?"
         r"as a (?:precaution|precautionary measure)\b",
         unless=rf"{_ANOTHER_TIME}|\b(?:\w+|a) (?:years?|months?|weeks?|days?) (?:earlier|before|previously)\b"
                r"|\bkeep \w+ (?:\w+ )?closed\b"
                r"|\b(?:play|the (?:match|game|race))\b[^.;]{0,20}\b(?:suspended|halted)\b"
                r"|\b(?:not|never|should(?: not)? have|ought to have|could have|would have|why)\b(?: \w+){0,3} "
                r"(?:been )?[\"'\u2018\u201c]?(?:closed|shut|evacuated|suspended|halted|grounded|cordoned|sealed)\b"
                r"|\broof\b[^.;]{0,30}\b(?:closed|shut)\b",
         needs=("precaution",),
         examples=("The viaduct was closed as a precaution until engineers had inspected it.",
                   "The school was evacuated as a precaution, the fire service said.",
                   "Flights were suspended for several hours as a precautionary measure."),
         counter=("Schools were closed as a precaution during the 2019 floods.",
                  "Residents were told to boil water as a precaution.",
                  "The plant was closed as a precaution last year after a similar leak.",
                  "After a leak at the depot the school was evacuated as a precaution two years earlier.",
                  "Play was suspended as a precaution in the second half.",
                  "Residents were told to keep windows closed as a precaution.",
                  "Parents asked why the school had not been closed as a precaution.",
                  "The union said the plant should have been 'shut as a precaution'.",
                  "The stadium roof was closed as a precaution before the final.")),
    # What an inquiry into an incident has still to settle: "Police are investigating whether the driver had been
    # using a phone". Not what was asked ("Reporters asked whether police were investigating"), nor another time's
    # inquiry.
    rule("investigating-whether", Family.UNCHANGED,
         r"\b(?:investigat(?:ing|es?|ed)|looking into|examining|trying to (?:determine|establish)|"
         r"working to (?:determine|establish)) (?:whether|if)\b(?! to\b)(?![^.;]{0,40}\bshould\b)",
         unless=rf"{_ANOTHER_TIME}|\basked (?:whether|if)\b"
                r"|\b(?:called on|calls? (?:on|for)|urged|urging|wants?|wanted|demand(?:s|ed|ing)?)\b[^.;]{0,40}"
                r"\bto investigate\b|\bshould (?:be )?(?:investigat\w*|looking into|examining)\b"
                r"|\b(?:not|no longer|never|stopped) (?:\w+ )?(?:investigat\w*|looking into)\b",
         needs=("investigat", "looking into", "examining", "to determine", "to establish"),
         examples=("Police were investigating whether the driver had been using a phone.",
                   "Police said they were looking into whether the driver had fallen asleep.",
                   "Investigators are trying to determine if the valve was faulty."),
         counter=("Reporters asked whether police were investigating.", "Police are investigating the crash.",
                  "Investigators examined whether the valve was faulty after the 2016 leak.",
                  "It is unclear whether the valve was faulty.",
                  "The council said it was looking into whether to ban night crossings in winter.",
                  "The council was looking into whether night crossings should be stopped.",
                  "Asked whether the coastguard was investigating whether the ferry was overloaded, he declined.",
                  "Critics called on police to investigate whether the minister had lied.",
                  "He said regulators should be investigating whether the deal broke the law.",
                  "Police said they were no longer investigating whether the fire was started deliberately.")),
    # A date or plan not yet fixed: "the date is not set in stone", "the opening date could still change", "No date has
    # been set for the trial". Not a date fixed ("The launch date was set for 3 March"), nor a change a date makes.
    rule("not-fixed", Family.UNCHANGED,
         r"\b(?:dates?|timetables?|timing|schedules?|deadlines?|plans?)\b[^.;]{0,40}?\b(?:(?:is|are|was|were|has|have|"
         r"had)(?: not|n't) (?:yet )?(?:been )?(?:set|fixed|finali[sz]ed)\b|not (?:yet )?set in stone\b|"
         r"(?:could|may|might|can) still change\b|(?:is|are|remains?) subject to change\b)"
         r"|\bno (?:new |firm |fixed |exact |official )?(?:release |launch |trial |start |opening )?date "
         r"(?:has |had )?(?:yet )?"
         r"(?:been |is |was )?(?:set|fixed|given|announced|confirmed)\b",
         unless=r"\b(?:funerals?|burials?|memorial|inquest|album|single|tour|concert|gig|(?:by-?)?elections?|wedding)\b"
                r"|\b(?:successor|follow-? ?up|next|future) (?:\w+ )?(?:mission|telescope|model|season)\b"
                r"|\b(?:set|fixed|finali[sz]ed) until\b",
         needs=("date", "timetable", "timing", "schedule", "deadline", "plan"),
         examples=("The opening is planned for the spring, but the date is not set in stone.",
                   "The company said the opening date could still change.",
                   "No date has been set for the trial.", "The schedule is subject to change.",
                   "No new launch date has been set for the pickup."),
         counter=("The launch date was set for 3 March.", "The new date could change the outcome of the vote.",
                  "Plans to set a date were dropped in 2019.", "No date was ever too soon for her.",
                  "No date has been set for the funerals of the three men.",
                  "No release date has been set for her new album.",
                  "The timing of a new mayoral election has not been fixed.",
                  "No launch date has been set for the telescope's successor mission.")),
    # A physical bound on reaching, entering or seeing something: "The shaft is too narrow for a grown man to enter",
    # "too faint to be seen with the naked eye". Not a judgement or a cause ("too dangerous for him to return to
    # Ostria" from his lawyer, "losses too heavy for the unit to absorb", "too far away to stop the shot").
    rule("too-to", Family.LIMIT,
         r"\btoo (?:narrow|shallow|steep|far(?: away)?|distant|faint|dim|badly damaged|damaged|unstable|unsafe|"
         r"dangerous|remote|thick|deep) (?:for (?:\w+ ){1,3}?)?to (?:be )?(?:enter|reach|"
         r"go (?:back )?(?:in|inside|down)|get (?:in|through|to)|retrieve|rescue|recover|access|approach|search|"
         r"observed?|seen?|detect(?:ed)?|identif(?:y|ied)|land|dive|fly|drill|dig|pass|cross|used?)\b",
         unless=r"\b(?:his|her|their) lawyers?\b|\banalysts?\b|\bcritics?\b|\b(?:unions?|campaigners?|activists?)\b"
                r"|\buntil now\b|\b(?:for )?(?:much|most) of the (?:year|winter|summer)\b|\ball year\b"
                r"|\b(?:usually|normally|often|always)\b|\b(?:had been told|had (?:been )?warned|warned that)\b",
         needs=("too ",),
         examples=("The shaft is too narrow for a grown man to enter.",
                   "The comet was too faint to be seen with the naked eye.",
                   "The mine was too unstable for rescuers to go back in."),
         counter=("The fine is too small to matter.", "It is too early to say what caused the crash.",
                  "The risk was too dangerous to ignore.", "He went too far.",
                  "His lawyer said it was too dangerous for him to return to Ostria.",
                  "The losses were too heavy for the property unit to absorb.",
                  "The defender was too far away to stop the shot.",
                  "Analysts said the field was too remote to drill profitably.",
                  "Until now such planets were too faint to be detected.",
                  "The valley is too remote to reach by road for much of the winter.",
                  "The union said it had been told the valve was too badly damaged to be used.")),
    # How early or late something will happen at the most, a time beside it: "The tram will be removed tomorrow at the
    # earliest", "must be paid by Friday at the latest". Not the newest thing ("at the latest count", "balked at the
    # latest in a string of profit warnings").
    rule("at-the-earliest", Family.LIMIT,
         rf"\b{_WHEN},? at the (?:very )?(?:earliest|latest)\b"
         rf"|\bat the (?:very )?(?:earliest|latest),? (?:on |in |by |from |until )?{_WHEN}",
         unless=r"\b(?:analysts?|economists?|forecasts?|unlikely to|(?:do|does|did) not expect|"
                r"return to (?:profit|growth|play|action|training)|play again|funerals?|burials?|memorial)\b",
         needs=("earliest", "latest"),
         examples=("The wreck will be removed tomorrow at the earliest, police said.",
                   "The money must be paid by Friday at the latest.",
                   "The line will reopen at the earliest on Monday.",
                   "The line stays shut until Saturday at the earliest while the track is repaired.",
                   "Most homes should be reconnected by Wednesday evening at the latest."),
         counter=("At the latest count, 40 people had died.", "At the latest meeting, no deal was reached.",
                  "The latest figures show a rise.", "Critics pointed at the latest in a series of scandals.",
                  "Shares fell as investors balked at the latest in a string of profit warnings.",
                  "Analysts said the group was unlikely to return to profit until 2027 at the earliest.",
                  "He will not play again until March at the earliest.",
                  "The funeral will be held on Friday at the earliest.")),
    # Where an incident stopped a line: "no services are operating between Reeves Corner and Addington". Not a line
    # that has long not run ("no bus service between the two villages for decades", "since the line closed").
    rule("no-service-between", Family.SCOPE,
         r"\bno (?:\w+ )?services? (?:\w+ ){0,3}?between\b"
         r"|\bno (?:\w+ )?services? (?:\w+ ){0,8}?for the rest of the (?:day|night|evening|weekend)\b"
         r"|\b(?:(?:ferry|train|rail|bus|tram|metro|subway|coach|boat|air|shuttle) (?:services?|sailings|crossings)"
         r"|flights|trains|ferries|buses|trams|sailings|crossings)\b(?: [\w'-]+){0,6}? (?:were|was|have been|has been|"
         r"had been|are|is|will be|remain(?:ed)?) (?:suspended|cancell?ed|halted|grounded|called off) (?:\w+ ){0,3}?"
         r"for the rest of the (?:day|night|evening|weekend)\b",
         unless=rf"\bfor (?:decades|years|months)\b|{_ANOTHER_TIME}|\bif\b|\bunless\b|\bwarn\w*|\bthreat\w*"
                r"|\bnot for the rest\b",
         needs=("between", "rest of the"),
         examples=("The operator confirmed no services are running between Mercer Square and Halden Park.",
                   "Ferry crossings to the Orrin islands were suspended for the rest of the day.",
                   "Trains on the Halden and Corby lines had been cancelled for the rest of the day.",
                   "There is currently no service on the tram between the two stations.",
                   "No train services will run between Harwick and Dell until Monday.",
                   "No ferry services are expected to sail from the harbour for the rest of the day."),
         counter=("There has been no service since the storm.",
                  "The no-frills service between the two cities is popular.",
                  "There has been no bus service between the two villages for decades.",
                  "There has been no direct service between Lessby and Harwick since the line closed.",
                  "There was no bus service for the rest of the day after the 2019 crash.",
                  "Flights were suspended for the rest of the day during the 2019 storm.",
                  "The match was suspended for the rest of the day.",
                  "If the strike goes ahead, trains will be cancelled for the rest of the day.",
                  "Card payment services were halted briefly but not for the rest of the day.",
                  "Church services were cancelled for the rest of the day.")),
    rule("only-affected", Family.SCOPE,
         r"\bonly\b[^.;,]{0,80}?\b(?:is|are|was|were|will be) (?:affected|covered|included|recalled)\b",
         examples=("Only the seven listed batches of the 80 mg strength are affected, the agency said.",),
         counter=("Only three people came, and the ferry was affected by fog.",)),
    # When a measure starts to bind is one of its terms (``Family.START``: a term of a story about a measure, never
    # what makes a story one); "in force" and "effective" alone say only that it binds; a start long past
    # ("before the rates came into effect") is background.
    rule("takes-effect", Family.START,
         r"\b(?:takes?|will take) effect\b|\b(?:comes?|will come) into (?:force|effect)\b"
         r"|\b(?:will apply|applies) from (?:the start|next|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)"
         r"|\bkicks? in (?:on|from|at|next|this|in|today|tomorrow|once|when|after)\b",
         examples=("The ban takes effect on Monday.", "The rules come into force in May.",
                   "The deal kicks in from 6am on Saturday.",
                   "The ban will apply from the start of the new school year on Sept. 1."),
         counter=("The drug was slow to work.", "The firm made a similar move before new tax rates came into effect.",
                  "The same logic applies from the other direction.",
                  "When the adrenaline kicks in, the pain goes.")),
    # A later step of a measure, and when it comes: "a second increase will follow on November 1", "the final phase
    # is due to start in March". Not a step taken ("a second phase opened in May") nor one without a day.
    rule("later-step", Family.START,
         rf"\b(?:second|third|fourth|final|last|next|further)\s+(?:(?:price|tax|pay|fare|rate)\s+)?(?:increase|rise|"
         rf"hike|cut|reduction|phase|stage|step|tranche|instal?ment)s?\b[^.;]{{0,40}}?\b(?:will|is due to|are due to|"
         rf"is set to|are set to|is to|are to)\s+(?:follow|come|take effect|apply|begin|start|kick in|take place)"
         rf"[^.;]{{0,12}}?\b(?:on|from|in|by)\s+(?:\d{{1,2}}\s+)?{MONTH}\b(?!['\u2019])",
         needs=("increase", "rise", "hike", "cut", "reduction", "phase", "stage", "step", "tranche", "instalment",
                "installment"),
         examples=("A second increase will follow on November 1.",
                   "The final phase, covering vans, is due to start in March 2026."),
         counter=("A second phase of the park opened in May.",
                  "A further rise will follow if inflation stays high.")),
    # When a measure ends or what it ends, by a day: "the subsidies will be scrapped entirely by April 1, 2026",
    # "before the subsidies are abolished altogether in April 2026". Not an end in the past ("the ban was lifted in
    # March") nor a manner ("removed by crane").
    rule("ended-by", Family.LIMIT,
         rf"(?:\b(?:will|would|are to|is to|(?:is|are) due to|(?:is|are) set to)\s+(?:be\s+)?(?:scrapped|abolished|"
         rf"phased out|removed|ended|lifted|withdrawn|eliminated|end|expire)"
         rf"|\b(?:are|is)\s+(?:scrapped|abolished|phased out|removed|ended|withdrawn|eliminated))"
         rf"(?:\s+(?:entirely|completely|altogether|fully))?\s+(?:by|on|in|from|at the end of)\s+(?:the end of\s+)?"
         rf"(?:\d{{1,2}}\s+)?(?:{MONTH}\b(?!['\u2019])|{YEAR}\b)",
         unless=r"\b(?:current|existing|present)\b[^.;]{0,40}?\b(?:is|are|was|were|would|will)\b|\bcontracts?\b",
         needs=("scrapped", "abolished", "phased out", "removed", "ended", "lifted", "withdrawn", "eliminated", "end",
                "expire"),
         examples=("The subsidies will be scrapped entirely by April 1, 2026.",
                   "Pump prices will rise before the subsidies are abolished altogether in April 2026."),
         counter=("The ban was lifted in March.", "The old bridge will be removed by crane.",
                  "The curfew was lifted on 4 May.", "The current ban is due to expire on June 30.",
                  "Orr's contract would end on 31 December.")),
    rule("in-force", Family.TIMING, r"\bin force\b|\beffective\b",
         examples=("The ban is in force until May.", "The rules are effective immediately."),
         counter=("The drug was not effectual.",)),
    rule("until", Family.TIMING, r"\buntil\b|\bdeadline\b|\bstarting\b",
         examples=("Schools stay shut until March.", "The deadline is Friday."),
         counter=("He waited, then left.",)),
    rule("from-date", Family.TIMING, r"\bfrom \d{1,2} [^\W\d_]+|\bfrom [^\W\d_]+ \d{1,2}\b",
         examples=("The ban applies from 1 June.", "Tolls rise from March 3."),
         counter=("Prices rose from 30% to 50%.",)),
    # Who a scheme, a policy or a guarantee protects: "package holidays are protected by the FlyProtect scheme",
    # "deposits are covered by the guarantee". Not a report's coverage in the past ("the hearing was covered by").
    rule("covered-by", Family.SCOPE,
         r"\b(?:are|is|will be|remain|remains)\s+(?:still\s+|fully\s+|also\s+)?(?:covered|protected)\s+by\s+"
         r"(?:[\w'\u2019-]+\s+){0,3}?(?:scheme|insurance|guarantee|law|rules|policy|deal|agreement|fund|plan|order|"
         r"protection|cover|compensation|warranty|ban|act|treaty|exemption|trust|wage)s?\b",
         examples=("Customers who bought a package holiday are protected by the FlyProtect scheme.",
                   "Deposits of up to 100,000 euros will be covered by the guarantee."),
         counter=("The hearing was covered by the local press.", "Flight-only passengers are not protected.",
                  "Much of Lessby is still covered by floodwater.", "The embassy is protected by armed guards.")),
    # What a measure makes worthless: "vouchers issued by the airline are no longer valid", "the permits are void".
    rule("no-longer-valid", Family.LIMIT,
         r"\bno longer (?:be )?(?:valid|accepted|honou?red|recogni[sz]ed)\b"
         r"|\b(?:are|is|will be) (?:now )?(?:void|worthless|null and void)\b",
         examples=("Vouchers issued by the airline are no longer valid, the administrators said.",
                   "AeroLess vouchers are now WORTHLESS."),
         counter=("The old stadium is no longer standing.", "Critics called the vote invalid.",
                  "The election result is invalid, the opposition said.")),
    # What a measure gives at no cost: "the authority will fly passengers home free of charge until 28 October".
    rule("free-of-charge", Family.PERMISSION, r"\b(?:free of charge|at no (?:extra )?cost)\b",
         examples=("The authority will fly passengers home free of charge until 28 October.",
                   "It will charter aircraft to bring them home at no cost."),
         counter=("The drug costs 400 crowns a dose.",)),
    rule("applies-to", Family.SCOPE,
         r"\bcovers\b|\bapplies to\b|\bappl(?:y|ies) only to\b|\bonly appl(?:y|ies) to\b|\bserial numbers?\b"
         r"|\b(?:orders|rules|bans|restrictions|measures|zones|exemptions|curbs|sanctions)\s+(?:will\s+)?cover\b",
         examples=("The recall covers kettles made in 2020.", "The rule applies to all drivers.",
                   "Evacuation orders cover the towns of Brenholt and Merrivale.",
                   "The ban will apply only to cars that fail the Euro 6 standard."),
         counter=("The singer covered the song.", "Residents can apply to the council for a permit.")),
    rule("both-removed", Family.SCOPE,
         r"\bboth\b.{0,80}\b(?:were|was|are|have been|had been) (?:removed|banned|pulled|suspended|recalled|blocked|"
         r"withdrawn|taken (?:off|down))"
         r"|\b(?:removed|banned|pulled|suspended|recalled|blocked|took down|taken down) both\b",
         examples=("Both the old and the new model were recalled.", "The store pulled both apps on Thursday."),
         counter=("Both teams were pleased with the draw.",)),
    rule("stop-selling", Family.SCOPE,
         r"\bstop (?:selling|using|charging|sales)|\boff sale\b|\bordered\b.{0,40}\bto stop\b",
         examples=("Shops must stop selling the toy.", "The judge ordered the plant to stop work."),
         counter=("The bus made a stop.",)),
), Overlap.ALL, asked_as=FOLDED)

_FROZEN = (r"(?:fares?|prices?|rents?|pay|wages?|salar(?:y|ies)|hiring|recruitment|assets?|accounts?|fees?|tuition|"
           r"benefits?|pensions?|bills?|tax(?:es)?|duty|duties|tariffs?|levy)")
"""What a measure freezes ("a fare freeze", "freezes regulated rail fares", "assets frozen until"), read by
``MEASURE_WORDS`` before and after the freezing word."""

_LEGAL_AGE = r"(?:voting|retirement|pension|drinking|driving|smoking|minimum|legal|school-?leaving|leaving|marriage|"\
             r"consent|candidacy)"
"""Ages a law sets: "lowers voting age to 16", "pension age raised to 68". Not a team's "average age"."""
MEASURE_WORDS: RuleTable[Measure] = RuleTable("measure words", (
    rule("measure", Measure.MEASURE,
         r"\b(?:ban|bans|banned|banning|recall\w*|allow\w*|permit\w*|restrict\w*|limit\w*|prohibit\w*|order\w*|"
         r"licen[cs]\w*|rules?(?! out\b)(?! \w+ out\b)|law|laws|sanction\w*|curfew|lockdown|embargo\w*|tariff\w*|"
         r"decree|polic(?:y|ies)|"
         r"exempt\w*|halt\w*|suspend\w*|requir\w*|mandat\w*|quota\w*|cap|caps|moratorium|offers?|bids?|takeover|"
         r"(?:safe|safety|no-?fly|exclusion|buffer|no-?go) (?:zones?|areas?)|"
         r"merger|deal(?! with\b)|(?<!\bto )deal|indict\w*|court|ruling|sentenc\w*|fines|fined|"
         r"(?:jailed|imprisoned|caged) for (?:\w+ )?(?:years?|months?|weeks?|days?|life)"
         r"(?!.*\b(?:dies|found dead|dead in|dead at)\b)|"
         r"fine (?:of|over|against)|(?:\d\S*|record|data|heavy|hefty|huge|massive) fine(?! print)|"
         r"(?:\d+-point|points?|financial|record|heavy) penalty|"
         r"approv\w* (?:[\w'\u2019-]+ ){0,3}(?:vaccines?|drugs?|medicines?|treatments?|jabs?|pills?|therap(?:y|ies))|"
         r"ceasefire|truce|armistice|ration(?:ed|ing)|rations? (?:water|fuel|power|electricity|gas|food|petrol|bread)|"
         rf"(?:lower\w*|rais\w*|cut|cuts|increas\w*|reduc\w*) (?:the )?{_LEGAL_AGE} age (?:to|from|limit)\b|"
         rf"{_LEGAL_AGE} age (?:limit )?(?:is |was |will be )?(?:lowered|raised|cut|increased|reduced) to\b|"
         r"(?:into|enters?|entered|entering|placed in|calls? in|called in) administration|"
         r"(?:files?|filed|filing|goes|went|gone|declared|declares) (?:for )?bankrupt(?:cy)?|bankruptcy protection|"
         r"insolven\w*|liquidation|receivership|chapter 11|"
         rf"{_FROZEN} (?:(?!(?:of|for|on|in|and|or)\b)\w+ )?(?:freeze|frozen (?:until|till|at|under)\b)|"
         r"freez(?:es|ing) (?!(?:rain|weather|temperatures?|fog|cold|conditions|snow|drizzle|winds?)\b)"
         rf"(?:(?!(?:to|and|as|sends?)\b)\w+ ){{0,2}}?{_FROZEN})\b",
         examples=("City bans fireworks on New Year's Eve", "Maker recalls 60,000 kettles",
                   "Acme raises its takeover offer for Borel", "Court indicts the former mayor",
                   "City sets up a safe zone for cyclists", "Acme and Borel close to deal",
                   "Unions agree to deal ending ferry strike", "Regulator fines app maker €62m over health data",
                   "App maker's €62m fine tests the regulator", "Rovers hit with 12-point penalty",
                   "Lessby approves new malaria vaccine for young children",
                   "Regulator approves Acme's Alzheimer's drug after delay",
                   "Rebels and government agree ceasefire and prisoner swap",
                   "AeroLess collapses into administration, grounding all flights",
                   "Retailer Brenco files for bankruptcy", "Lessby rations water after pipeline burst",
                   "Skyvel placed in receivership", "Brenco seeks bankruptcy protection",
                   "Former Acme boss jailed for nine years for fraud",
                   "Nurse jailed for life after three patients died",
                   "Valderra freezes regulated rail fares until March 2027", "Train fares FROZEN until 2027",
                   "Lessby lowers voting age to 16", "Voting age cut to 16 after Assembly vote",
                   "Lessby to raise the pension age to 68 from 2030",
                   "Fare freeze for Tessby commuters", "Oligarch's assets frozen under new sanctions"),
         counter=("Earthquake hits the coast, dozens dead", "Lessby split over how to deal with the floods",
                  "Weather stays fine for the weekend", "Rovers beat Reading on penalties to reach the final",
                  "Data fine print: what the terms say", "Administration officials tour flood zone",
                  "Fire guts factory of bankrupt biscuit maker", "Broken leg rules Dahl out of World Cup",
                  "Quake survivors queue for food rations in Marrow", "Jailed activist freed after 40 days",
                  "Ex-striker jailed for match-fixing dies", "Lessby cuts the age gap in the final minute",
                  "Voters aged 16 to 18 back the mayor", "Rovers lower average age to 24 with youth signings",
                  "Climber jailed for six months over tower stunt dies in fall",
                  "Gang leader jailed for life found dead in prison",
                  "Freezing weather grips the north", "Lake frozen solid as cold snap bites",
                  "Climbers found frozen on the mountain", "Frozen food prices soar",
                  "Thousands brave freezing rain to pay tribute to Ana Sorel",
                  "Big freeze sends energy prices soaring", "Freezing weather sends energy bills soaring",
                  "Prices of frozen food soar", "House prices frozen as buyers wait",
                  "Benefit payments frozen for thousands after IT failure")),
), asked_as=FOLDED)

class Emergency(enum.Enum):
    MEASURE = "an emergency measure"


# What the authorities impose in a disaster or an attack: its terms bound the incident as a measure's terms bound the
# measure ("a curfew from 6pm to 6am", "alcohol sales are banned", "a boil-water advisory", "evacuation orders remain in
# place"). Not a curfew or lockdown of another time ("the lockdown in 2020").
EMERGENCY_MEASURES: RuleTable[Emergency] = RuleTable("emergency measures", (
    rule("emergency", Emergency.MEASURE,
         _EMERGENCY, unless=_NOT_IN_FORCE,
         examples=("A curfew from 6pm to 6am will stay in force until Friday.",
                   "Alcohol sales have been banned until further notice.",
                   "A boil-water advisory is in place for the capital.",
                   "Mandatory evacuation orders remain in place for coastal zones.",
                   "The government imposed a nationwide curfew from 6 p.m. to 6 a.m.",
                   "The jail has been placed on lockdown.", "The city has declared a snow emergency.",
                   "The exclusion zone covers 400 metres around the site.",
                   "The coastguard has set up a 30-nautical-mile exclusion zone off the cape.",
                   "The coastguard has closed a 30-nautical-mile exclusion zone seaward of the cape until Sunday.",
                   "The ban on the sale of alcohol will stay for as long as the curfew does.",
                   "Residents of the hill districts were given the all-clear on Tuesday, but authorities declared a "
                   "state of emergency in the port district."),
         counter=("The storm knocked out power to 180,000 homes.", "Memories of the lockdown in 2020 linger.",
                  "The curfew imposed in 2019 was widely ignored.",
                  "The group issued a travel advisory warning travellers of discrimination.",
                  "It was the worst flooding since 2007, when a state of emergency was declared.",
                  "Last year's derby ended in riots that led to a week-long curfew in the city centre.",
                  "The home was at the centre of a row during the first Covid lockdown.",
                  "A curfew has not been ruled out if the violence continues.",
                  "Evacuation orders for the lower districts were lifted on Sunday morning.",
                  "The flight was allowed to land despite the airport's curfew on night flights.",
                  "The sale of fireworks is banned to under-18s.",
                  "The cabinet will meet to decide whether to declare a state of emergency.",
                  "Union leaders urged the government to impose a lockdown on the province.",
                  "The council should introduce a curfew for under-16s.",
                  "Emergency departments were in a permanent state of emergency.",
                  "The town was last under a curfew in the 1970s.",
                  "Nearby schools were placed on lockdown before being given the all-clear an hour later.",
                  "The set was cut short by the park's 11pm curfew.",
                  "The vessel was inside a naval exclusion zone declared for firing exercises.",
                  "The evacuation orders issued for the lakeshore last Monday were rescinded on Sunday.",
                  "The exclusion zone around the plant was closed at 8pm and residents were allowed home.",
                  "The state of emergency declared after the storm ended at midnight on Sunday.",
                  "The union has requested that a state of disaster be declared for the region.",
                  "Her parents had imposed a 10pm curfew, which she had never broken.",
                  "The film, directed by Aoife Burke, is set during a curfew imposed by the army.",
                  "Their lockdown defence has conceded just four goals and remains the best in the division.",
                  "Older residents recalled the curfew imposed on the Falls Road during the Troubles.",
                  "Some compared the scenes to the riots of the 1990s, when a dusk-to-dawn curfew was imposed.",
                  "A curfew imposed after the riots in May stayed in force for five months.",
                  "Students knew what to do because of the lockdown drills ordered by the district.",
                  "The chief constable said there was no need at this stage for a curfew to be imposed.",
                  "Officials said mandatory evacuation orders could be issued as early as Wednesday.")),
), asked_as=FOLDED)

class Remembrance(enum.Enum):
    EVENT = "a story remembering an event"


# A core event that remembers another ("mark ten years since the riots", "the tenth anniversary of the floods"): the
# emergency measures its sentences name are history, not terms of the story (``EMERGENCY_MEASURES``).
REMEMBERED: RuleTable[Remembrance] = RuleTable("remembered events", (
    rule("years-since", Remembrance.EVENT,
         r"\b(?:anniversary|years (?:since|after|ago)|decades? (?:since|after|ago))\b",
         examples=("Hundreds gathered on Saturday to mark ten years since the riots.",
                   "Crowds marked the tenth anniversary of the floods."),
         counter=("The storm killed 14 people on Monday.", "Prices have risen for three years in a row.")),
), asked_as=FOLDED)

class Result(enum.Enum):
    SCORE = "a story telling a match's result"


# A core event that tells a match's result ("beat Teo Arvela 6-4 3-6 7-5", "a 2-1 win"): a sports result states no
# scope, however its sentences speak of a roof closed or a player out "until March at the earliest" (GUIDE: none for a
# sports result). A vote's tally is no score ("The bill passed 52-48").
RESULTS: RuleTable[Result] = RuleTable("sports results", (
    rule("score", Result.SCORE,
         r"\b(?:beat|beats|defeated|defeats|edged|edges|thrashed|thrashes|drew|draws|won|wins)\b[^.;]{0,60}?"
         r"(?<![\d-])\d{1,3}-\d{1,3}\b(?!\s*(?:votes?|vote margin)\b)"
         r"|(?<![\d-])\d{1,3}-\d{1,3}\s+(?:\w+\s+)?(?:win|victory|defeat|draw|loss)\b",
         examples=("Ana Ruiz beat Teo Arvela 6-4 3-6 7-5 to win the Lessby Open on Sunday.",
                   "Harbor City secured a 2-1 win over Dunmore on Saturday.",
                   "The Steelers defeated the Texans 34-6 on Monday night."),
         counter=("The bill passed 52-48 in the Senate.", "The council won approval for the plan by 31 votes to 27.",
                  "The storm killed 14 people on Monday.")),
), asked_as=FOLDED)

# A rule's language inside someone's argument is their view of the measure, a reaction: "critics say the code
# should not bar leggings", "one site argues the code sets limits that mostly affect women". Saying ("said",
# "told") is not arguing: "Acme said the offer must be accepted by May" states a term.
_OWN_CLAUSE = r"^(?:(?!\b(?:which|who|whom|that|what|where)\b)[^,;(])*?"
"""The sentence's words before any relative clause or aside: a view is the sentence's own verb, so in "The law,
which critics argue is too broad, bans ..." the law bans."""

_OWN_SENTENCE = r"^(?:(?!\b(?:which|who|whom|that|what|where)\b)[^;(])*?"
"""``_OWN_CLAUSE`` past an appositive's commas ("Ana Ruiz, head of the charity HomeSafe, described the ban as ..."): a
verb judging a measure by name is not read inside the measure's terms."""

VIEWS: RuleTable[View] = RuleTable("views of a rule", (
    rule("argues", View.OPINION,
         _OWN_CLAUSE + r"\b(?:argues?|argued|contends?|contended|complain(?:s|ed))\b"
         r"|,\s+(?:arguing|contending|complaining)\b",
         examples=("One travel site argues that the dress code is sexist because it sets limits on women.",
                   "Shop owners complained that the ban must be lifted.",
                   "Shareholders have piled into the stock, arguing the $110-a-share offer must be improved."),
         counter=("The airline said passengers must cover their legs.",
                  "The law, which critics argue is too broad, bans any gathering of more than five people.",
                  "Residents who wish to complain must file a form at the town hall.",
                  "The judge, rejecting what defence lawyers argued, ordered that the men must remain in custody.",
                  "Lawyers arguing the case said the ban must stay in force until May.")),
    # Someone judging the measure names it without stating it: 'She described the ban as "welcome"'.
    rule("judges", View.OPINION,
         _OWN_SENTENCE + r"\b(?:described|called|branded|labell?ed|dubbed|hailed|welcomed|critici[sz]ed|condemned|"
         r"slammed|praised|blasted) (?:the|this|that|a) (?:[\w-]+ ){0,2}?(?:ban|rules?|order|ruling|decision|law|"
         r"measure|restrictions?|curbs?|cap|deal|policy|sanctions?)(?= as\b| [\"\u201c])"
         r"(?!.*\b(?:but|and) (?:said|says|added|adds|warned|noted|stressed|insisted)\b)(?!.*\badding\b)",
         examples=('Dr Ana Ruiz described the ban as "welcome, but years overdue".',
                   'Ana Ruiz, head of the charity HomeSafe, called the ban "overdue".'),
         counter=("The council welcomed the ban on lorries, which takes effect on Monday.",
                  "Ana Ruiz, who called the ban unfair, must leave by May.",
                  "Carmakers welcomed the deal, under which tariffs on cars will be capped at 10 percent from July.",
                  "Critics called the law unfair because it bans protests within 100 metres of parliament.",
                  "The EU called the measure, which bans imports of the metal, overdue.",
                  'Ana Ruiz welcomed the ban as "long overdue" but said drivers who break it will face fines.',
                  'The council called the restrictions "necessary" and said they would stay until the end of 2027.')),
    # Someone accusing another over the measure gives a view of it: "Ana Ruiz, leader of the Union, accused the
    # government of electoral engineering". Not one accused of a crime ("the man accused of the attack must ...").
    rule("accuses", View.OPINION,
         _OWN_SENTENCE + r"\baccus(?:es|ed) (?:the |its |his |her |their )?[\w-]+(?: [\w-]+){0,2} of\b",
         needs=('accus',),
         examples=("Ana Ruiz, leader of the National Union, accused the government of electoral engineering.",
                   "Shopkeepers accused ministers of punishing small businesses for the ban."),
         counter=("The man accused of the attack must appear in court on Monday.",
                  "Anyone accused of breaking the curfew will be fined.")),
    rule("some-say", View.OPINION,
         _OWN_CLAUSE + r"\b(?:some people|critics|opponents|campaigners|many people) (?:have |had )?"
         r"(?:say|said|says)\b",
         examples=("It has not satisfied everybody: some people have said that even a strict dress code should not bar "
                   "girls from flying.", "Critics say the cap must go."),
         counter=("Police have said the road must stay shut.",
                  "The cap, which critics say is too low, limits fuel imports to 500 tonnes.")),
), asked_as=FOLDED)
