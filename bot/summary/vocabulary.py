"""Word lists that hold for news in English generally: roles, speech verbs, organisation words.

No story's names are here: these are the words reporters use around any name.
"""

from __future__ import annotations

from bot.rules.words import CALENDAR as CALENDAR  # shared with the rule tables
from bot.rules.words import word_set as word_set

# Who someone is to someone else, by family or by life: a role ("her cousin, Ana Ruiz", "said a neighbour, Tom Reyes")
# that gives way to a job or position the articles also give (``bot.summary.actors.Person.role``). Kinship: "husband
# and wife Tom Reyes" names a couple, not Tom Reyes's role (``bot.summary.actors.title_before``).
KIN = word_set("""
father mother son daughter brother sister wife husband cousin uncle aunt widow widower grandfather grandmother
grandson granddaughter nephew niece stepfather stepmother stepson stepdaughter
""")
RELATIONS = KIN | word_set("""
friend neighbour neighbor colleague classmate roommate flatmate boyfriend girlfriend fiance fiancee fiancé fiancée
""")

ROLE_HEADS = KIN | word_set("""
president vice-president minister premier chancellor secretary secretary-general director
director-general chief head leader chair chairman chairwoman chairperson governor mayor spokesman
spokeswoman spokesperson official officer commander general ambassador envoy senator representative
lawmaker legislator deputy adviser advisor analyst economist expert professor researcher scientist
seismologist fellow manager executive ceo cfo coo founder co-founder owner king queen prince
princess pope judge prosecutor attorney lawyer coordinator campaigner activist candidate councillor
councilor commissioner inspector farmer resident doctor nurse captain maker manufacturer producer
regulator monarch emir sheikh treasurer superintendent sheriff marshal colonel sergeant lieutenant
admiral pastor bishop cardinal imam rabbi coach boss dean principal rector engineer pilot witness
survivor operator trader strategist diplomat negotiator mediator observer investigator organiser
organizer partner president-elect prime chair-elect head-of-state premier-elect secretary-of-state
chiefs driver rider winner champion runner-up player striker goalkeeper batsman bowler teammate team-mate
star gunman attacker assailant suspect perpetrator father mother son daughter brother sister wife husband
cousin uncle aunt widow firm agency bureau detective trooper agent constable councilman councilwoman congressman
congresswoman alderman alderwoman reverend corporal ayatollah administrator
actor actress singer songwriter singer-songwriter rapper musician guitarist drummer bassist pianist violinist cellist
vocalist frontman frontwoman artist painter sculptor comedian presenter broadcaster filmmaker screenwriter novelist
poet playwright dancer ballerina composer conductor choreographer designer chef influencer youtuber celebrity
midfielder defender winger fullback full-back wicketkeeper goalie quarterback pitcher linebacker shortstop outfielder
receiver cornerback baseman fielder leftfielder rightfielder centerfielder catcher reliever kicker punter rookie
referee umpire jockey cyclist swimmer sprinter golfer boxer skier snowboarder skater gymnast wrestler footballer
cricketer athlete olympian marathoner trainer
astronaut cosmonaut astronomer astrophysicist physicist chemist biologist geologist climatologist ecologist
epidemiologist virologist psychologist psychiatrist sociologist historian archaeologist anthropologist mathematician
surgeon physician pharmacist dentist veterinarian paramedic scholar lecturer
soldier firefighter policeman policewoman aide staffer lobbyist consultant contractor entrepreneur businessman
businesswoman billionaire millionaire tycoon magnate investor banker financier programmer hacker blogger protester
demonstrator volunteer priest cleric preacher missionary teacher student pupil worker employee clerk accountant
architect mechanic electrician miner fisherman landlord shopkeeper archbishop headteacher headmaster headmistress
veteran refugee sailor bartender waiter waitress lifeguard nun vicar leaker whistleblower
cashier receptionist caretaker cleaner janitor plumber builder labourer hairdresser
claimant plaintiff appellant petitioner complainant counsel barrister magistrate solicitor
""")

COMMENTATOR_ROLES = word_set("""
analyst economist strategist expert professor lecturer researcher scientist fellow scholar academic consultant
""")
"""Role heads of those the news asks to comment (``ROLE_HEADS`` all): their employer is only where they work ("an
economist at the Lessby Institute"), where a director or a spokesman speaks for the body."""

# Words that tell whether "he" or "she" stands for someone (``bot.summary.actors.Cast.pronoun_of``): an honorific
# before the name, a title or kin word of theirs, or the pronoun that follows their name and a verb ("Ruiz said she").
SHE_WORDS = word_set("""
she her hers herself mrs ms miss madam dame lady spokeswoman chairwoman businesswoman congresswoman councilwoman
alderwoman policewoman actress waitress wife mother daughter sister aunt niece grandmother granddaughter widow
girlfriend queen princess duchess countess baroness empress stepmother stepdaughter
""")
HE_WORDS = word_set("""
he him his himself mr sir lord spokesman chairman businessman congressman councilman alderman policeman
husband father son brother uncle nephew grandfather grandson widower boyfriend king prince duke count baron
emperor stepfather stepson
""")

# Pronouns, which tell nothing of the name after them ("told her Tom Reyes").
PERSONAL_PRONOUNS = word_set("he him his himself she her hers herself")
# Roles that are roles only written in lower case, as a reporter describes someone met ("said Rovers fan Ana Ruiz, 24",
# "said commuter Tom Reyes", "model Ana Ruiz", "said a neighbour, Tom Reyes", "her friend Ana Ruiz"); with a capital,
# names ("Fan Bingbing", "Lena Voter", "Passenger Focus", "Model S", "Hugh Friend"). Not "personality": "The model and
# TV personality tweeted ..." names back someone the story names, and read as an unnamed speaker it lists her twice.
LOWER_ROLE_HEADS = (RELATIONS - KIN) | word_set("""
fan supporter voter passenger commuter model
""")
# Who someone is to the story, not their job: a job the articles also give goes before it ("Passenger Ana Ruiz" and
# "Ana Ruiz, a nurse": a nurse).
DESCRIPTIONS = RELATIONS | word_set("""
fan supporter voter passenger commuter
""")
# A team's positions that are also verbs, adverbs or places ("to guard Ana Ruiz", "put forward Tom Reyes", "the
# community center Ana Ruiz runs"): a role before a name only after a team's name ("Rovers center Ana Ruiz"), a word of
# the position (``POSITION_QUALIFIERS``: "point guard", "left tackle"), a season ("fourth-year center") or another
# position ("guard Marquis Teague and forward Trahson Burrell"). With a capital they name bodies ("Coast Guard").
TEAM_POSITIONS = word_set("""
center centre forward guard tackle
""")
POSITION_QUALIFIERS = word_set("""
point shooting left right nose defensive offensive power small starting reserve backup veteran rookie star prison
security border running tight
""")
# Pasts in no -ed (``IRREGULAR_PAST``) that stand inside titles before their head, after a name of their own ("Kestovan
# shot put champion", "Harbour Theatre set designer", "Rovers left back", "Lessby Opera cast member", "Rovers cut
# man"); other such pasts after a name are its verb ("Hollin sold striker Tom Reyes", "Ruiz beat world champion Lena
# Park").
PASTS_IN_TITLES = word_set("""
left set shot put cast cut
""")
# Role words that are verbs after people in the plural or a pronoun, their subject: "experts suspect Acme is ...",
# "detectives suspect Tom Reyes", "they judge Ana Ruiz"; roles after a singular ("murder suspect Tom Reyes", "High
# Court judge Ana Ruiz", "a key witness, Tom Reyes", "Nurse witness Ana Ruiz").
VERB_ROLE_HEADS = word_set("""
suspect judge witness
""")
# Subjects such a verb follows that are no plural in -s. Not "police": "police witness Ana Ruiz" is a role.
PLURAL_SUBJECTS = word_set("""
people they we i you
""")
# A team's positions that are a position only after a word of it (``POSITION_QUALIFIERS``): "running back Tom Reyes",
# "tight end Ana Ruiz", "defensive end Tom Reyes"; not after a team's name, where they are a verb ("Republicans back Ana
# Ruiz for speaker") or a noun of their own ("the season's end").
QUALIFIED_POSITIONS = word_set("""
back end
""")
# Roles that are roles only written with a capital ("House Speaker Ana Ruiz", "the Speaker said", "the Social Democrat
# MP"); in lower case, words of their own ("one speaker at the rally", "a Bluetooth speaker", "mp3").
CAPITAL_ROLE_HEADS = word_set("""
speaker mp mps mep meps msp msps mla mlas
""")
# Titles a Roman numeral after the name goes with ("King Charles III", "Pope Leo XIV", "Tsar Nicholas II"): a numeral
# after other names is a phase's, a title's, a war's or a game's ("Phase III", "Title IX", "World War II", "Grand Theft
# Auto VI").
REGNAL_TITLES = word_set("""
king queen pope emperor empress prince princess tsar czar tsarina sultan shah kaiser duke duchess
""")
# Honorifics and ranks that tell who someone is only written as such, with a capital: "We will miss Tom Reyes" is
# no "Miss".
CAPITALISED_TITLES = word_set("""
mr mrs ms miss sir madam dame lady lord count countess baron baroness duke duchess king queen prince princess
emperor empress
""")
# Words ending like a verb's participle that stand inside a title before its head ("managing director", "acting chief
# executive", "presiding judge", "housing minister", "registered nurse"): other such words end a role read backwards
# from a name ("after meeting Foreign Minister Ana Ruiz" is no "meeting Foreign Minister"), and so do participles that
# are mostly verbs before a title ("police investigating former minister Ana Ruiz", "reporters visiting ...").
TITLE_PARTICIPLES = word_set("""
managing acting presiding founding outgoing incoming commanding coordinating operating governing ruling reigning sitting
serving contributing marketing engineering housing banking planning nursing policing publishing broadcasting
advertising programming lending mining shipping manufacturing accounting licensing polling fundraising elected
designated chartered registered certified running
""")
# The head of a role stands before its first preposition: "widow of a policeman" is a widow.
ROLE_PREPOSITIONS = word_set("of for to at with from in on by")

# Papers their authors speak through: "according to a complaint filed by the Lessby Harbour Board, ...".
DOCUMENT_NOUNS = word_set("""
complaint report lawsuit suit filing statement study survey memo letter document indictment analysis audit poll
ruling petition
""")

# People described by what they are to a story rather than by a role: an unnamed subject that speaks ("The victim,
# whom the channel named only as Michelle, said ..."), whom a "he" or "she" after it goes on meaning.
PEOPLE_NOUNS = word_set("""
victim victims survivor survivors friend friends neighbour neighbours neighbor neighbors teacher teachers student
students girl girls boy boys child children parent parents patient patients nurse nurses bystander bystanders
member members
""")

# Verbs with which a short sentence brings in the speaker of the quotation after it, besides those of saying: "Tom
# Reyes disagreed.", "Reyes shook his head.", "Moss hit back." ("Ana Ruiz won easily." or "Ada Moss declined to
# comment." bring no one in).
SPEAKER_CUES = word_set("""
disagreed agreed objected protested interjected shook shrugged smiled laughed sighed nodded paused frowned
grimaced hit pushed went fired stood remained rolled winced bristled seemed appeared sounded
""")

# Kinds of place a name set after them is ("the worst-hit town, Lessby, said"): where, not who.
PLACE_NOUNS = word_set("""
town towns village villages city cities capital country countries state states region regions district districts
province provinces county counties island islands area areas suburb suburbs neighbourhood neighborhood port
harbour harbor municipality valley coast border street square hamlet settlement township camp
""")

# US states as news agencies abbreviate them after a city ("Erie, Pa.", "Austin, Tex."), without their dots: the
# gazetteer holds the states' full names.
STATE_ABBREVIATIONS = word_set("""
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn
tex vt va wash wis wyo
""")

# Prepositions that open a sentence with a phrase a comma closes: "In an interview with Acme Radio, the director
# said ...", "After talks with Ana Ruiz, the minister said ...": what follows the comma is the clause's subject.
OPENING_PREPOSITIONS = word_set("""
in on at after before during with from following despite amid since under over throughout beside near outside
inside behind among alongside
""")

# Months that are also given names ("Jan Brabec", "June Sarpong", "August Wilson"), read as a name before one
# uncommon capitalised word where a name stands (``bot.summary.names``). Not "May", a verb's too ("May Lessby get the
# leader it deserves").
GIVEN_NAME_MONTHS = word_set("jan april june august")
# Words never part of a name (``NOT_NAMES``) but given names too, read as one where a month is but at a sentence's
# start: "Fire chief Per Vik said", "said Per Holm"; not "Per the agreement, ..." nor "Per Bloomberg, ...".
GIVEN_NAME_WORDS = word_set("per")
# Words after which a name stands, and a month before a capitalised word is a given name: "said Jan Brabec", "member
# June Ellis" (a role word or the sentence's start too); not "in June Lessby", "the April Brexit deadline", "a fresh
# June Gallup survey", "Between April and June Ryanair's profit fell".
GIVEN_NAME_LEADS = word_set("""
said says told according by with member ,
""")

# Words making a two-word name a natural feature, opening it ("Lake Naivasha", "Mount Kenya") or ending it ("Red Sea",
# "Atacama Desert"): a place where things happen, never one who acts unless it speaks ("Mount Sinai said" is the
# hospital). Not words ending family names ("Emma Lake", "Ana Rivers", "Tom Mountain").
FEATURE_OPENERS = word_set("lake mount mt river")
FEATURE_ENDS = word_set("""
ocean sea gulf strait desert peninsula mountains volcano glacier
""")

# Buildings and grounds where things happen ("bottled water at Kelling Leisure Centre", "the fire at Dunmore Community
# Hall"): a place, never one who acts unless it speaks ("City Hall said") or has people in roles. A family name may be
# such a word ("Ana Hall", "Tom Park"): a two-word name counts only where it is written as a place.
VENUE_ENDS = word_set("""
hall stadium arena park airport station terminal hospital square street road bridge quay pier estate church mosque
cathedral temple museum library theatre theater tower
""")
# Venues no one works for: "Port Selwyn at Foundry Stadium", "Ana Ruiz at Harbor Square" say where, not whose. A
# hospital, an airport, a museum, a theatre or a park "at" which someone works employs them ("a surgeon at Lessby
# General Hospital", "head keeper Tom Hale at Brevan Safari Park"; a football club's "Park" is left to read so).
GROUNDS_ENDS = word_set("""
stadium arena square street road bridge quay pier
""")
# A centre is a place after these ("Kelling Leisure Centre"), a body otherwise ("the National Cyber Security Centre").
VENUE_CENTRE_KINDS = word_set("""
leisure community shopping sports arts conference exhibition visitor civic garden fitness cultural convention
evacuation vaccination testing test youth day health medical
""")

ARTICLES = word_set("the a an")

# Prepositions before whom someone works for or speaks for: "a lawyer for Acme", "the head of sales at Acme", "a
# spokesman from the Lessby Harbour Authority".
EMPLOYER_PREPOSITIONS = word_set("for of at from with")

# Words opening a clause or phrase set before the sentence's subject ("When Ana Ruiz left, Tom Reyes took over", "In
# an interview with Ruiz, Reyes said"): the name after its comma is who the sentence is about.
SUBORDINATORS = OPENING_PREPOSITIONS | word_set("""
when while although though because if once unless until whereas as
""")

# Words of ``ROLE_HEADS`` that are also common family names: "Howard Dean", "Charlie King", "Ana Bishop" end a
# name with one (``bot.summary.names.Lexicon.role_as_family_name``). Other role words ending a run of capitals
# are titles: "German Chancellor", "Kremlin Spokesman", "Acme Chief".
FAMILY_NAME_ROLES = word_set("""
king dean bishop judge singer painter priest farmer boxer winger miner banker pitcher hacker clerk dancer drummer
trainer driver rider pope constable prince speaker
""")

# Words that make a person a writer of the page rather than an actor in the story.
BYLINE_ROLES = word_set("""
correspondent reporter writer editor columnist photographer contributor journalist author
""")

# The last word of an organisation's name.
ORG_SUFFIXES = word_set("""
agency authority ministry office service services council institute institution association company
corporation corp inc ltd llc plc group party union commission committee court survey bank fund
research relief works department administration government parliament assembly congress senate
police army navy university college foundation federation organisation organization alliance board
bureau centre center club league network society trust coalition movement front forces command academy
directorate secretariat consortium regulator inspectorate watchdog confederation forum
railways railway airlines airways holdings industries motors mining shipping pharmaceuticals
coastguard guard rescue patrol constabulary tribunal subcommittee
""")

# Kinds of body that are a part of another or stand beside it, named after it ("Likud Central Committee", "Fifa Ethics
# Committee", "Senate Foreign Relations Committee", "Ford Foundation"): the first word alone ("Likud said", "Fifa",
# "the Senate") is the whole party, federation or chamber, not its part. Not a company's group or a party's name
# ("Acme Group", "Labour Party", "Cato Institute": "Acme", "Labour" and "Cato" are those bodies), nor a town's council
# ("Marenburg has banned holiday lets": the town acting is its council).
PART_BODY_ENDS = word_set("""
committee subcommittee commission board foundation tribunal
""")

# Words ending a body's name only after three capitalised words or more ("Rail Accident Investigation Branch", "Air
# Accidents Investigation Branch", "Dangerous Animal Response Team", "Serious Crime Task Unit"): after fewer they end a
# family's or a town's name, or a phrase in title case ("Debra Branch", "Long Branch", "Dream Team", "Bomb Squad").
LONG_BODY_ENDS = word_set("""
branch team unit squad taskforce
""")

# Words ending a body's name after its members or their trade ("Screen Actors Guild", "Press Photographers' Guild",
# "Pharmacy Guild of Varnland"): after a given name they end a family's ("Rachel Guild").
MEMBERS_BODY_ENDS = word_set("""
guild
""")

# Kinds of body joining "of" only where no title opens the run ("Chamber of Commerce", "Confederation of British
# Industry", "General Confederation of Labour"): after "President of the Chamber of Deputies" or "Secretary-General of
# the Confederation of ..." the run ends in the title's holder, whom the body's name must not swallow. "the Council
# Chamber" is a room: a chamber is a body only before "of".
BODIES_BEFORE_OF = word_set("""
chamber confederation
""")

# The trades companies are named after ("Norland Tobacco", "Norcell Energy", "Sabria National Oil"): the last word of a
# company's name after a name of its own, though the story writes the trade in lower case too ("the sale of tobacco").
# Not the trades that are also family names or lakes ("Helen Power", "Tom Steel", "Kelder Water"), and after words that
# are all common or titles it is no company ("National Insurance" is a tax). Not a kind of body (``ORG_SUFFIXES``):
# "Grovely and Penmark Foods" is two companies, where "Dale Port and Harbour Board" is one board.
COMPANY_TRADES = word_set("""
tobacco energy foods oil gas telecom telecoms chemicals logistics freight insurance electric poultry dairy dairies
meats seafood brewery breweries brewing bakeries air
""")

BODY_KINDS_NAMED_BACK = word_set("""
agency authority ministry council commission committee court department administration parliament assembly senate
board bureau league federation tribunal inspectorate regulator watchdog
""")
"""Kinds of body the news names again by the kind alone, lower case after "the" ("Lessby City Council voted ...",
then "the council said"): where the story names one body of that kind, "the council" is it. Not the kinds that
stand for many things ("the group", "the party", "the company", "the government", "the union", "the police": a
story naming the military police says "the police" of the civilian force)."""

# Verbs that introduce what someone said (not "recalled", "cited", "asked": they more often do not). Present
# forms that are also plural nouns ("claims", "notes", "promises", "vows") are left out: "Republican claims"
# is no speech.
SPEECH_VERBS = word_set("""
said says say told tells added adds warned warns wrote writes stated announced announces noted
stressed urged argued explained insisted claimed accused emphasized emphasised declared confirmed
acknowledged admitted complained replied saying adding tweeted cautioned predicted suggested vowed
pledged promised conceded repeated
argues insists explains admits confirms acknowledges complains predicts suggests concedes declares
asserted asserts reiterated reiterates exhorted proclaimed bragged admitting acknowledging conceding
""")

# Words that may stand between a speaker and the verb of saying or reacting ("Ana Ruiz also warned that ...", "the
# Palace has flatly dismissed ...", "Reyes later told reporters"): the speaker is still the verb's subject. Not "have":
# a name it follows is most often a people or a party ("African Americans have complained", "Democrats have said").
BEFORE_THE_VERB = word_set("""
has had also flatly strongly swiftly quickly promptly angrily immediately publicly later then previously earlier
again further separately repeatedly
""")

# Verbs of reacting: a statement made by rejecting, welcoming or condemning something ("the ministry denied
# the report", "the Palace has dismissed the claims as “nonsense”", "with its chief executive arguing that ...").
REACTION_VERBS = word_set("""
denied denies denying dismissed dismisses dismissing rejected rejects rejecting welcomed welcomes welcoming
criticised criticized criticises criticizes criticising criticizing condemned condemns condemning
defended defends defending disputed disputes disputing refuted refutes denounced denounces decried
praised praises hailed hails slammed slams blasted blasts arguing insisting warning accusing urging
responded responds countered counters retorted lamented apologised apologized lauded lauds mocked mocks ridiculed
ridicules derided derides lambasted lambastes scoffed touted touts
""")

# Verbs that put words on someone or something: "Ruiz called the ruling a “huge win”", "Reyes described
# the mayor as “a lifetime politician”", "Sorel likened the plan to a “leaking boat”". With a quotation
# in the sentence the quoted words are the subject's, but only where the verb follows its subject: in "a show
# called “Harbour Lives”" it names a title (``bot.summary.quotes``). Present forms that are also plural nouns
# ("calls", "terms", "labels", "brands") are left out, as for ``SPEECH_VERBS``.
CHARACTERIZING_VERBS = word_set("""
called calling described describes describing likened likens compared compares branded branding labeled labelled
labeling labelling termed dubbed
""")

# Nouns of what someone said: the words a quotation gives after "Ruiz's claim that ..." or "Reyes's remark
# about ..." are the owner's ("a fact-check of Ana Ruiz's claim that the quay had “thousands of visitors”").
SAYING_NOUNS = word_set("""
claim claims statement statements remark remarks comment comments assertion assertions promise promises pledge
pledges warning warnings vow vows words description accusation accusations insistence argument arguments
suggestion suggestions tweet tweets
""")

# Words of the frame around reported speech ("in a statement", "told a news conference", "according to a
# spokesman"): two reports sharing only these and the speech verb share no content.
REPORTING_FRAME = word_set("""
statement statements interview conference briefing spokesman spokeswoman spokesperson according tweet
twitter post release
""")

# Words that open or join a clause ("a topic that is sensitive while Reyes urges"): a name after one of them
# stands in the reporter's sentence, not in a signature after a quote ('"...," the harbor master, Ana Ruiz').
# "as" is not one: '"...," as Ana Ruiz put it' signs the quote.
CLAUSE_WORDS = word_set("""
that which who whom whose while because when where if so but and or although though since until unless
whether
""")

HONORIFICS = word_set("""
mr mrs ms miss dr prof sir dame lord lady
""")

# Lower-case words that may sit inside a capitalised name ("Charles de Gaulle", "Ludwig van Beethoven").
NAME_PARTICLES = word_set("""
de da di del della der den van von bin ibn al el la le du dos das
""")
# The Arabic article written before a name word with a hyphen ("Bashar al-Assad", "Abdel Fattah el-Sisi", "the leader
# of al-Shabab"), in some assimilated forms too ("ash-Sharaa", "Salah ad-Din", "Zia ul-Haq"): the word is a name word
# though it opens in lower case, and a family name is the word after the article ("Assad said"). Not "ex-President",
# "anti-Trump", nor the English words the rarer forms would take ("at-Large", "as-Yet", "an-Other").
ARTICLE_PARTICLES = word_set("""
al el ad ar ash az ul
""")
# Words that may join capitalised words into one organisation or title ("Minister of Foreign Affairs").
CONNECTORS = word_set("""
of for and the
""")
# Small words inside a body's name that the story also writes as its acronym: "People for the Ethical Treatment of
# Animals" beside "PETA", "Committee to Protect Journalists" beside "CPJ", "Council on Foreign Relations" beside
# "CFR", "Organization for Security and Co-operation in Europe" beside "OSCE". Such a run is one body; without the
# acronym in the story it is not ("Ana Ruiz of Acme and Tom Berg" stays two names and a firm).
SPELLED_OUT_JOINS = word_set("""
of for and the to on against in
""")
# The people a body spelt out beside its acronym is of, its first word ("People for the Ethical Treatment of
# Animals", PETA; "Citizens for Responsibility and Ethics in Washington", CREW); a role's plural does as well
# ("Physicians for Human Rights"). A technique spelt out is no body ("Rapid and Accurate Image Super Resolution").
MEMBERS_OPENINGS = word_set("""
people citizens parents families residents voters taxpayers
""")

DETERMINERS = word_set("""
the a an its his her their our your this that these those
""")

# Capitalised at a sentence start but never part of a name.
NOT_NAMES = word_set("""
the a an this that these those it its he she they we i you his her their our my some many several
most more all both each every no not one two three four five first second third last next new other
such according after before during since while when where what which who why how if as at by in on
of to for from with without under over about amid among against between into through despite also
but and or so yet then there here however meanwhile speaking asked under following
please hi hello dear others authorities unlike like beyond beside besides toward towards upon via per regarding
concerning including except behind near around across along inside outside alongside ahead
neighbouring neighboring nearby
""")

# Words of ``NOT_NAMES`` that open a body's name when written with a capital past a lower-case word: "the All Nippon
# Airways flight", "at First Republic Bank", "the Second Circuit Court of Appeals", "the ruling All Progressives
# Congress". Only a name ending in a body's word (``ORG_SUFFIXES``) keeps one; at a sentence's start the word is read
# as the sentence's ("All Acme Group staff", "First Republic Bank said": a sentence may open on "First").
NAME_OPENING_QUANTIFIERS = word_set("""
all both each every no one two three four five first second third last next other most
""")

# Written in capitals like a body's acronym but a measure, a time zone, a market term or an illness: "GDP grew
# 2 percent", "at 14:00 GMT", "its IPO" never name someone who acts or speaks ("NASA said" does).
MEASURE_ACRONYMS = word_set("""
gdp gnp gni cpi ppi pmi vat gst gmt utc est edt cst cdt pst pdt bst cet cest ipo etf covid covid-19 hiv aids
sars mers dna rna ai ev evs suv suvs atm atms pdf
""")

# Capitalised inside titles ("Minister of Foreign Affairs", "Interior Minister"), never a name.
TITLE_WORDS = word_set("""
affairs foreign interior home defence defense justice finance treasury health education trade
commerce economy economic energy environment transport labour labor agriculture culture state
general deputy acting former senior junior vice first prime federal national regional provincial
state-owned emergency response public security intelligence consumer protection civil relations
development industry
""")

# The fields a ministry is named by, written in lower case before "ministry" by much of the press ("the health
# ministry said", "Norvania's foreign ministry"; AP and most broadsheets capitalise it, the wires often do not): a
# body as "the Health Ministry" is. Not the words of a title's rank ("the deputy ministry"), nor "state" (a "state
# ministry" is a rank in some governments, no body of its own).
MINISTRY_FIELDS = word_set("""
foreign interior home defence defense justice finance treasury health education trade commerce economy energy
environment transport labour labor agriculture culture
""")

# Before "the" and a ministry, these make it the building, not the body: "protesters outside the health ministry", "a
# tram derailed near the finance ministry", "marched to the interior ministry". Not "from" ("a letter from the health
# ministry" is the body's) nor "of" ("a spokesman of the health ministry").
BUILDING_PREPOSITIONS = word_set("""
outside near beside at to into onto opposite behind past toward towards on
""")

# Photo credits and caption labels ("Getty Images", "Image caption", "Image Unavailable Click"): never
# part of a name or a role.
CREDIT_WORDS = word_set("""
getty images image photo photos photograph picture pictures caption copyright reuters afp shutterstock
alamy istock click
""")

# Capitalised words that end a run yet never end a person's or acting body's name: credits, party
# descriptors ("a New York Democrat" is a role), events ("Grand Prix", "World Series"), venues
# ("Maple Heights", "Harbour Tower") and laws ("the Fair Billing Act").
INSTITUTION_NOUNS = word_set("""
zoo museum hospital school library observatory garden gardens aquarium prison jail cathedral church mosque
synagogue temple theatre theater gallery clinic academy laboratory lab
""")
"""Places that act as bodies, named by a place or a person and the kind of place ("the Cincinnati Zoo", "Lessby
Hospital"): the name is both words, though the story writes the noun in lower case too."""

NOT_NAME_ENDS = CREDIT_WORDS | word_set("""
democrat democrats democratic republican republicans prix series cup championship championships
olympics tournament festival awards derby marathon tower towers heights stadium arena airport act
""")

# Words between a subject and its verb ("the council also said", "a spokesman repeatedly said", "Reyes openly
# admires"), with any other lower-case word in -ly but a noun (``LY_NOUNS``): ``bot.summary.names.adverb``.
ADVERBS = word_set("""
also later then again previously earlier separately still further too meanwhile repeatedly unanimously publicly
openly privately quickly immediately initially recently reportedly subsequently originally officially formally firmly
strongly flatly swiftly angrily simply only once often never always already since
""")

# Adverbs that open a sentence before its subject ("Now Ana Ruiz says", "Later Tom Reyes left"): there, never the first
# word of a name, whatever the story writes in lower case. Elsewhere they may be ("Lessby Now", the outlet).
OPENING_ADVERBS = word_set("""
now instead later earlier thus hence already again meanwhile only even once
""")

# Words in -ly that are no adverb, nouns and adjectives: "the national assembly said", "the dead man's family said",
# "Lessby County elderly care Director".
LY_NOUNS = word_set("""
assembly family families ally allies daily weekly monthly quarterly rally supply monopoly anomaly reply italy july
early elderly likely unlikely friendly lovely lonely costly deadly orderly holy timely
""")

# How the words end that describe how someone looked or felt, between "a" and their surname ("a tired Reyes", "a
# beaming Ruiz", "a tearful Lenz", "a nervous Moss", "a pensive Tan", "a sheepish Ward", "a visibly shaken Ruiz"; a
# compound, "a grim-faced Reyes", is one too): that surname is the person's. Prepositions never end so ("a restaurant
# near Wrigley", "a screen behind Timberlake", "a representative for Thurman").
DESCRIPTIVE_ENDS = ("ed", "ing", "ful", "ous", "ive", "ish", "ly")

# Auxiliary and modal verbs in lower case: after a name they make it a clause's subject ("Acme has ..."), and a clause
# opening on one has left its subject before a comma ("The gang behind the attack, BlackQuill, is demanding ...").
AUXILIARIES = word_set("is are was were has have had will would can could may might must should does did do")
MODALS = word_set("will would can could may might must should shall")
"""What may be, not what was: "Passengers can claim a refund", "The car witnesses say can be seen ..."."""
