package extract

import (
	_ "embed"
	"fmt"
	"strings"

	kg "github.com/cnplan/kg"
)

// The extractor's rules read word lists that are data, in lexicon.txt
// (embedded; its header describes the format). They describe the language
// of planning documents in general (heads of names, trigger verbs,
// function words), not the names in any one document: names come from the
// gazetteer and from the patterns that use these lists. New parses the
// file once into a lexicon; a malformed file is an error naming its line.

// head is the last word of a name, which gives the entity its type.
type head struct {
	word string
	typ  kg.EntityType
	// weak heads are also common nouns (港, 园区, 中心): the name before
	// them must contain a place name.
	weak bool
	// rule is what else the name needs (see headRule).
	rule headRule
}

// headRule says what a name needs besides its head to be a proper name.
type headRule uint8

const (
	// ruleNone: a modifier that is not only generic words.
	ruleNone headRule = iota
	// ruleDoc: a titled document (规划, 纲要, 方案): issued by or about a
	// body or an area (a place or group in the name, 国家, 中共, 国务院), or
	// with a quoted or numbered period (“十四五”规划, 十五五规划), or in 《》.
	ruleDoc
	// ruleList: a list, pilot or designation (名录, 试点): a 国家/全国/
	// 省级 qualifier, or the object of 纳入, 列入, 入选, 获批.
	ruleList
	// ruleQuoted: a programme (行动, 计划): only with a quoted proper
	// name (“百团千企”行动计划); a programme only described is not named.
	ruleQuoted
	// ruleClosed: the head must end the word (战略, not 战略性 or 战略部署).
	ruleClosed
	// ruleNumbered: a number names it (18号线), with its place or not
	// (轨道15号线).
	ruleNumbered
	// ruleCoded: a line's code of letters and digits names it (市域铁路S1线,
	// 轨道交通M102线); the word is read as a head only right after one
	// (findLexicon), for it ends many words (全线, 复线, 生产线).
	ruleCoded
	// ruleTitled: only a whole title in 《》 (《…关于…的决定》, 《…若干措施》):
	// the word is a common noun or verb elsewhere (决定, 措施, 安排).
	ruleTitled
)

// ruleNames are the names of the rules in the lexicon file.
func ruleNames() map[string]headRule {
	return map[string]headRule{"doc": ruleDoc, "list": ruleList, "quoted": ruleQuoted, "closed": ruleClosed, "numbered": ruleNumbered, "coded": ruleCoded, "titled": ruleTitled}
}

// triggerDef is a trigger word, the relation it states and the shape of
// its arguments where the relation's own does not say it.
type triggerDef struct {
	word  string
	typ   kg.RelationType
	shape triggerShape
}

// triggerShape is how a trigger takes its arguments, beyond what its
// relation implies (peers before a mutual trigger, subject and object).
type triggerShape uint8

const (
	// shapeRelation: the relation's own shape.
	shapeRelation triggerShape = iota
	// shapeDirected: one party aids or pairs with the object named after
	// the trigger (对口支援定日县, 结对帮扶): subject -> object, not peers.
	shapeDirected
)

// triggerShapeNamed returns the shape a line of [triggers] marks (RELATION
// shape: words).
func triggerShapeNamed(name string) (triggerShape, bool) {
	switch name {
	case "directed":
		return shapeDirected, true
	}
	return shapeRelation, false
}

// nationalRoute is a line of a national network named by its ends, one
// character each, with the codes of the regions it joins.
type nationalRoute struct {
	code, name string
	ends       []string
}

// kindClass is a class noun that closes a list of things named without
// their head (沿江、西十等4条高铁): its items are of type typ and, when head
// is set, are named with that head added (西十高铁), as a shared head is.
type kindClass struct {
	word string
	typ  kg.EntityType
	head string
}

// maxField bounds the field that names a designation ([field-level-heads]).
const maxField = 16

// lexiconFile is the name of the embedded lexicon, for errors.
const lexiconFile = "lexicon.txt"

// lexiconText is the lexicon: the word lists of the rules, as data a
// linguist can edit (its header describes the format). Read-only.
//
//go:embed lexicon.txt
var lexiconText string

// lexicon is the parsed lexicon.txt, one field per section (the section
// [run-followers] is runFollowers). It is built once by New and only read
// after: per-document code uses these slices as they are.
type lexicon struct {
	heads                                    []head
	triggers                                 []triggerDef
	stopWords                                []string // with the resultative compounds added
	resultResults                            string   // the results of resultative compounds (建|强 after a verb of any kind)
	reachVerbs                               string   // verbs of reaching a place that pair in four characters (通冀达陕)
	frameClosers                             []string // what closes a frame 在 opens around a clause (框架下, 背景下)
	genericWords, levelWords, categoryWords  []string
	carrierWords, clusterWords, trainWords   []string
	importanceWords, roleWords, networkHeads []string
	// levelAttachments and levelRanks keep 省/市 from opening an
	// institution of its own (ownLevelInstitution): 省级, 省属, 省内 …
	// are levels or scopes, 省重点…, 省示范… ranks (a kind)
	levelAttachments, levelRanks                []string
	kindOnlyHeads, fieldLevelHeads              []string
	subjectPronouns, leadVerbs, milestoneEvents []string
	// basisOpeners open a clause of grounds before a sentence's topic;
	// peerProcesses after listed places make them its topic.
	basisOpeners, peerProcesses []string
	// centreRoles make the place of 以…为… the actor of later clauses.
	centreRoles                               []string
	strategyVerbs, rankWords, experienceNouns []string
	eventNouns, phaseWords, worksWords        []string
	innerWords                                []string
	unitLabels                                []unitLabel
	docVerbs, fieldWords, notProjectItems     []string
	// docVerbComplements complete a verb of documents (编制|完成): no
	// part of the title after them
	docVerbComplements []string
	// roleFollowers after a role head that only places qualify make it a
	// role (南京枢纽|地位); roleHeads are those heads
	roleFollowers, roleHeads                     []string
	transferGoods                                []rune // compared with each character of a text
	transferDirections, transferVerbs            []rune
	directionalGoods                             []rune
	sendWords, framePrepositions, listVerbs      []string
	toponymFinals, countryAbbrevs, terrainFinals string
	// countedLevels are the levels of place a count names places by
	// (四市, 两省): a count alone refers back to a list counted so.
	countedLevels                             []rune
	worksCues, companionVerbs                 []string
	groupBuildingWords, govLevels             []string
	nationalExpressways                       []nationalRoute
	zoneManners, nationalNewAreas, stateFirms []string
	// nationalProgrammes name programmes of works by no works word (三北工程)
	nationalProgrammes []string
	// jointActionWords after partners say they act together (共同, 携手)
	jointActionWords []string
	// mutualAnaphors stand for the two parties named before (双方, 两地)
	mutualAnaphors []string
	// jointBuildVerbs build a thing; with both parties of a pair as their
	// subject (双方…建设X) the building is joint
	jointBuildVerbs []string
	// agentMarks open the parties of a passive clause (由A和B共同建设)
	agentMarks []string
	// composeVerbs say that the parties after 由 make up a body (组成, 发起)
	composeVerbs []string
	// modalVerbs after places listed at a sentence's start make them its subject (A、B要…)
	modalVerbs []string
	// outletWords after a place name a newspaper or broadcaster (河北日报), no place
	outletWords []string
	// branchHeads end the name of an institution's branch (校区, 分院)
	branchHeads []string
	// zoneHeadForms pair a form of a zone's head with its canonical form (经济技术开发区=经开区)
	zoneHeadForms []string
	// parentFinals end a parent institution's name inside a branch's
	// (…大学|广州研究院): a place after them is the branch's
	parentFinals []string
	// zoneKindHeads are the heads of kinds of zone that a place's full
	// name before them only qualifies (四川省开发区, 苏州市产业园区)
	zoneKindHeads []string
	// pairManners stand between a list of pairs and their cooperation word
	// (…与通化市开展结对合作)
	pairManners []string
	// partnerMarks open a partner of the subject (与醴陵, 联动醴陵)
	partnerMarks []string
	// firmFinals end the names of firms (集团, 公司)
	firmFinals []string
	// designatedHeads are heads the state gives one place each (国家公园)
	designatedHeads []string
	// placeClasses are classes of places a head may qualify (湾区城市)
	placeClasses []string
	// fixedPhrases are long phrases of the state's that open a head (山水林田湖草沙一体化保护和修复工程)
	fixedPhrases []string
	// culturalParks name the state's national cultural parks (长城, 长征)
	culturalParks []string
	// lineWorks are the kinds of line a project between places builds (管道)
	lineWorks []string
	// stateIssuers are the state's bodies that issue documents (国务院)
	stateIssuers []string
	// cityFinals end many cities' names; areaProcesses are processes an
	// area's name may end in (广佛全域同城化)
	cityFinals string
	// officeFinals end the names of a place's offices (深圳市国资委).
	officeFinals  string
	areaProcesses []string
	// bypassWords name a route around a place after it and a side (延安东绕城,
	// 贵港西外环)
	bypassWords []string
	// homelandWords name the whole country (祖国): a frontier after them
	// is the country's (祖国北疆), not an area of Xinjiang
	homelandWords []string
	// notPlacePhrases hold a place's name and name no place (真金白银)
	notPlacePhrases []string
	// featureSides are the sides of a feature (北岸, 东麓: 岸, 麓);
	// amountUnits follow a figure (亿元: 元)
	featureSides, amountUnits []string
	// placeListClosers follow 等 after a list of places (等地, 等县)
	placeListClosers []string
	// kindQuantifiers count things of a kind (一批); distributives make a
	// modifier every place of a class (各乡镇)
	kindQuantifiers []string
	distributives   string
	// pairingParticiples after a place make a head its partners' kind (签约)
	pairingParticiples []string
	// scaleQualifiers rank facilities between 等 and their head (世界级)
	scaleQualifiers []string
	// landforms after a run of abbreviations name a landform (云贵高原)
	landforms []string
	// honourWords after a quotation make it a title awarded (称号)
	honourWords []string
	// fieldFollowers after a weak head make it a field of work (领域)
	fieldFollowers []string
	// memberTitles after an institution make it a person's title (院士)
	memberTitles []string
	// includedWorks follow a thing put into a plan before 纳入 or 列入:
	// its building, which is the thing's own (…经济圈建设列入…)
	includedWorks []string
	// reliedQualities are what a thing relied on lends (政策优势, 政策红利)
	reliedQualities                          []string
	runFollowers, featureFollowers           []string
	featureClasses, planInnerVerbs           []string
	closedFollowers, objectQualifiers        []string
	platformNouns, modifiedNouns             []string
	countMeasures                            string
	capacityUnits, approximations            []string
	batchPrefixes, seekVerbs, kindQualifiers []string
	// stationVerbs before 站 make a verb and its object (设站, 并站), no station's name
	stationVerbs []string
	// centreWords after a place's side say a centre lies there (南部|副中心城市)
	centreWords []string
	// governmentWords after a place name its government, acting for it (特区政府)
	governmentWords []string
	// sizeWords rank a facility by size (大型水库): shared by a list's items
	sizeWords []string
	// routeGrades grade a road before its head (一级公路): shared by a list's items
	routeGrades []string
	// issueVerbs follow a document's title as its issue or approval (获批)
	issueVerbs []string
	// venueVerbs after 在 and a place make it a meeting's venue (在昆明召开)
	venueVerbs []string
	// nationalStrategies are the state's named strategies (乡村振兴战略)
	nationalStrategies []string
	// planningWorks make a plan's head an activity after a thing's name (规划建设)
	planningWorks                               []string
	kindClasses                                 []kindClass
	focusClosers                                []string
	unitRoles                                   []unitLabel
	bodyEndings                                 []string
	anchors, namePrefixes, zoneWords, leadMarks []string
	// ownProcessWords are zone words that after one place are its own process.
	ownProcessWords []string
	// lists once written in code: pairs of strict abbreviations that stand
	// alone, route heads after a run, qualifiers of a route's line, heads
	// of crossings, macro-regions, extensions of a line
	strictPairs, runRouteHeads, routeQualifiers []string
	// routeClasses class routes between a list's 等 and their head (国省干线)
	routeClasses []string
	// levelChars are the jurisdictions' levels written as one character
	levelChars                                  string
	crossingHeads, macroRegions, lineExtensions []string
	programmeHeads, planBatches, planIssuers    []string
	eraWords                                    []string // the era a zone is set in, before its places (新时代)
	lineVariants, topicEnds                     []string
	planObjectVerbs, pluralCategories           []string
	ordinalScopes, designationQualifiers        []string
	// classLevels between a count and a head rank the things counted
	// (等4个省级|山海协作产业园): no part of each one's name
	classLevels []string
	// requestMarks and requestHeads make a title a suggestion answered
	// (您提出的《关于…的建议》收悉), no plan
	requestMarks, requestHeads []string
	// distributiveLeads may stand before a distributive adverb (也分别)
	distributiveLeads string
	// zoneSections end a zone's section a place names after the zone (片区)
	zoneSections []string
	// thingAnaphors stand for the works named last before them (该项目)
	thingAnaphors                         []string
	growthVerbs, jointWords, airportHeads []string
	// asideOpeners open a bracket that is no part of the name before it
	// (赣江新区(图1)); aliasOpeners one that declares a short form of it.
	asideOpeners, aliasOpeners []string
	// officeWords follow a region's suffix to name its body or office.
	officeWords []string
	// goalVerbs say what a place is to become.
	goalVerbs []string
	// agreementVerbs sign or reach an agreement between parties;
	// agreementNouns name one after a cooperation word.
	agreementVerbs, agreementNouns []string
	// organisationFinals end the names of firms and bureaus a place opens.
	organisationFinals []string
	// organisationClasses close a list of organisations after 等 (…等企业).
	organisationClasses []string
	// eponymHeads are the heads of names taken from people, history or
	// areas, after which an ambiguous short name is no district.
	eponymHeads []string
	// officeTitles end the titles of a person's offices.
	officeTitles []string
	// pairPronouns name the two regions a title pairs.
	pairPronouns []string
	// itemisingWords open the list of the things a clause before counted
	// (共建3个园区，分别是…): the objects of that clause's trigger.
	itemisingWords []string
	// proposalVerbs before a verb of building propose it (提出共建…): no
	// builder is named.
	proposalVerbs []string
	// institutionForms pair the short form an institution of the state is
	// known by with its full name (中科院=中国科学院).
	institutionForms []string
	// negations right before a trigger, or before the agent or partner
	// phrase that ends at it, deny the relation (不再帮扶, 未纳入).
	negations []string
	// frameVerbs end a clause that frames what the next one says (记者获悉,
	// 总书记强调): the next clause opens the sentence's topic.
	frameVerbs []string
	// roleOpeners open the role a topic acts in (作为): before it the
	// topic, after it the role (作为…的上饶, 荣昌和内江作为毗邻地区).
	roleOpeners []string
	// meetingVerbs receive a guest (会见): in a title, the place right after
	// one is the guest's, not the host's who writes.
	meetingVerbs []string
	// significanceWords end a clause that weighs what a place after 对 does
	// (对赣州市加快融入…具有重要意义): the place is the doer.
	significanceWords []string
	// organWords close the name of a body set up for some work (领导小组,
	// 办公室): a trigger before them names the work, no relation.
	organWords []string
	// commonDistricts are districts whose full names are common nouns of a
	// city's parts (老城区).
	commonDistricts []string
	// wholeJoins join the whole of a place to a zone (全域和).
	wholeJoins []string
	// fairNouns are the events named by a field after a head (口岸经贸博览会).
	fairNouns []string
	// delegationWords name a party's visiting delegation (代表团): the
	// place before one and the place it visits are a pair (visitPair).
	delegationWords []string
	// visitVerbs take a delegation to the place it visits (赴, 前往).
	visitVerbs []string
	// comingVerbs are the visit-verbs that bring a delegation to the
	// writer's place (来, 莅临)
	comingVerbs []string
	// bylineWords open a news report's byline in brackets ((记者 黄艳梅)).
	bylineWords []string
	// publishVerbs publish a list (公布); publishedLists end the lists they
	// publish (名单).
	publishVerbs, publishedLists []string
	// areaClasses are classes of named areas that a list shares after 等
	// (大别山、川陕等革命老区): no head, the named ones are the gazetteer's.
	areaClasses []string
	// receiveVerbs take aid a helper gives (得到…的对口支援): the place
	// before one is the party aided.
	receiveVerbs []string
	// distributiveAdverbs make each item before them act apart (分别).
	distributiveAdverbs []string
	// chanceNouns close a list of the chances a place seizes (等机遇).
	chanceNouns []string
	// sideVerbs after a side say where what follows lies (北接, 南至).
	sideVerbs []rune
}

// sectionKind is how a section's lines are read (see the header of
// lexicon.txt).
type sectionKind uint8

const (
	wordsSection sectionKind = iota
	charsSection
	headsSection
	relationsSection
	expresswaysSection
	classesSection
)

// lexLine is a line of the file without its comment, and its number.
type lexLine struct {
	n    int
	text string
}

// rawSection is a section as written: its header's line and its lines.
type rawSection struct {
	line  int
	lines []lexLine
}

// lexSection binds a section of the file to the field that holds it.
type lexSection struct {
	name string
	kind sectionKind
	dst  any // *[]string, *string, *[]rune, *[]head, *[]triggerDef, *[]unitLabel, *[]nationalRoute or *[]kindClass
}

// sections are the sections the extractor reads, each with its field: a
// section in the file and not here is an error, as is one here and not in
// the file.
func (l *lexicon) sections(resultVerbs *string) []lexSection {
	w := func(name string, dst *[]string) lexSection { return lexSection{name, wordsSection, dst} }
	c := func(name string, dst any) lexSection { return lexSection{name, charsSection, dst} }
	return []lexSection{
		{"heads", headsSection, &l.heads}, {"triggers", relationsSection, &l.triggers},
		w("stop-words", &l.stopWords), c("resultative-verbs", resultVerbs), c("resultative-results", &l.resultResults),
		c("reach-verbs", &l.reachVerbs),
		w("generic-words", &l.genericWords), w("level-words", &l.levelWords), w("category-words", &l.categoryWords),
		w("carrier-words", &l.carrierWords), w("cluster-words", &l.clusterWords), w("train-words", &l.trainWords),
		w("importance-words", &l.importanceWords), w("level-attachments", &l.levelAttachments), w("level-ranks", &l.levelRanks), w("role-words", &l.roleWords), w("network-heads", &l.networkHeads),
		w("kind-only-heads", &l.kindOnlyHeads), w("field-level-heads", &l.fieldLevelHeads),
		w("subject-pronouns", &l.subjectPronouns), w("lead-verbs", &l.leadVerbs), w("basis-openers", &l.basisOpeners), w("peer-processes", &l.peerProcesses), w("centre-roles", &l.centreRoles), w("milestone-events", &l.milestoneEvents),
		w("strategy-verbs", &l.strategyVerbs), w("rank-words", &l.rankWords), w("experience-nouns", &l.experienceNouns),
		w("event-nouns", &l.eventNouns), w("phase-words", &l.phaseWords), w("works-words", &l.worksWords),
		w("inner-words", &l.innerWords), {"unit-labels", relationsSection, &l.unitLabels},
		w("doc-verbs", &l.docVerbs), w("doc-verb-complements", &l.docVerbComplements), w("role-followers", &l.roleFollowers), w("role-heads", &l.roleHeads), w("field-words", &l.fieldWords), w("not-project-items", &l.notProjectItems),
		c("transfer-goods", &l.transferGoods), w("send-words", &l.sendWords),
		c("transfer-directions", &l.transferDirections), c("transfer-verbs", &l.transferVerbs), c("directional-goods", &l.directionalGoods),
		w("frame-prepositions", &l.framePrepositions), w("list-verbs", &l.listVerbs),
		c("toponym-finals", &l.toponymFinals), c("country-abbrevs", &l.countryAbbrevs), c("terrain-finals", &l.terrainFinals), c("counted-levels", &l.countedLevels),
		w("works-cues", &l.worksCues), w("companion-verbs", &l.companionVerbs),
		w("group-building-words", &l.groupBuildingWords), w("gov-levels", &l.govLevels),
		{"national-expressways", expresswaysSection, &l.nationalExpressways},
		w("zone-manners", &l.zoneManners), w("pair-manners", &l.pairManners), w("partner-marks", &l.partnerMarks), w("fixed-phrases", &l.fixedPhrases), w("firm-finals", &l.firmFinals), w("designated-heads", &l.designatedHeads), w("place-classes", &l.placeClasses), w("zone-kind-heads", &l.zoneKindHeads), w("joint-action-words", &l.jointActionWords), w("frame-closers", &l.frameClosers), w("mutual-anaphors", &l.mutualAnaphors), w("joint-build-verbs", &l.jointBuildVerbs), w("modal-verbs", &l.modalVerbs), w("agent-marks", &l.agentMarks), w("compose-verbs", &l.composeVerbs), w("outlet-words", &l.outletWords), w("branch-heads", &l.branchHeads), w("zone-head-forms", &l.zoneHeadForms), w("parent-finals", &l.parentFinals), w("national-new-areas", &l.nationalNewAreas), w("national-programmes", &l.nationalProgrammes), w("national-cultural-parks", &l.culturalParks), w("line-works", &l.lineWorks), w("state-issuers", &l.stateIssuers),
		c("city-finals", &l.cityFinals), c("office-finals", &l.officeFinals), w("area-processes", &l.areaProcesses), w("included-works", &l.includedWorks), w("bypass-words", &l.bypassWords), w("homeland-words", &l.homelandWords), w("not-place-phrases", &l.notPlacePhrases), w("feature-sides", &l.featureSides), w("place-list-closers", &l.placeListClosers), w("kind-quantifiers", &l.kindQuantifiers), c("distributives", &l.distributives), w("pairing-participles", &l.pairingParticiples), w("scale-qualifiers", &l.scaleQualifiers), w("landforms", &l.landforms), w("honour-words", &l.honourWords), w("field-followers", &l.fieldFollowers), w("member-titles", &l.memberTitles), w("amount-units", &l.amountUnits), w("relied-qualities", &l.reliedQualities), w("state-firms", &l.stateFirms),
		w("run-followers", &l.runFollowers), w("feature-followers", &l.featureFollowers),
		w("feature-classes", &l.featureClasses), w("plan-inner-verbs", &l.planInnerVerbs),
		w("closed-followers", &l.closedFollowers), w("object-qualifiers", &l.objectQualifiers),
		w("platform-nouns", &l.platformNouns), w("modified-nouns", &l.modifiedNouns),
		c("count-measures", &l.countMeasures), w("capacity-units", &l.capacityUnits),
		w("approximations", &l.approximations), w("batch-prefixes", &l.batchPrefixes), w("seek-verbs", &l.seekVerbs), w("station-verbs", &l.stationVerbs), w("centre-words", &l.centreWords), w("government-words", &l.governmentWords),
		w("kind-qualifiers", &l.kindQualifiers), {"kind-classes", classesSection, &l.kindClasses}, w("size-words", &l.sizeWords), w("route-grades", &l.routeGrades), w("issue-verbs", &l.issueVerbs), w("venue-verbs", &l.venueVerbs), w("national-strategies", &l.nationalStrategies), w("planning-works", &l.planningWorks),
		w("focus-closers", &l.focusClosers), {"unit-roles", relationsSection, &l.unitRoles},
		w("body-endings", &l.bodyEndings),
		w("anchors", &l.anchors), w("name-prefixes", &l.namePrefixes), w("zone-words", &l.zoneWords), w("own-process-words", &l.ownProcessWords),
		w("lead-marks", &l.leadMarks),
		w("strict-pairs", &l.strictPairs), w("run-route-heads", &l.runRouteHeads), w("route-qualifiers", &l.routeQualifiers),
		w("route-classes", &l.routeClasses), c("level-chars", &l.levelChars),
		w("crossing-heads", &l.crossingHeads), w("macro-regions", &l.macroRegions), w("line-extensions", &l.lineExtensions),
		w("programme-heads", &l.programmeHeads), w("plan-batches", &l.planBatches), w("era-words", &l.eraWords), w("topic-ends", &l.topicEnds), w("plan-issuers", &l.planIssuers),
		w("plan-object-verbs", &l.planObjectVerbs), w("line-variants", &l.lineVariants), w("plural-categories", &l.pluralCategories),
		w("ordinal-scopes", &l.ordinalScopes), w("designation-qualifiers", &l.designationQualifiers), w("class-levels", &l.classLevels), w("thing-anaphors", &l.thingAnaphors), w("zone-sections", &l.zoneSections), c("distributive-leads", &l.distributiveLeads), w("request-marks", &l.requestMarks), w("request-heads", &l.requestHeads),
		w("growth-verbs", &l.growthVerbs), w("joint-words", &l.jointWords), w("airport-heads", &l.airportHeads),
		w("aside-openers", &l.asideOpeners), w("alias-openers", &l.aliasOpeners), w("office-words", &l.officeWords), w("goal-verbs", &l.goalVerbs), w("agreement-verbs", &l.agreementVerbs), w("agreement-nouns", &l.agreementNouns), w("office-titles", &l.officeTitles), w("organisation-finals", &l.organisationFinals), w("organisation-classes", &l.organisationClasses), w("eponym-heads", &l.eponymHeads), w("pair-pronouns", &l.pairPronouns), w("itemising-words", &l.itemisingWords), w("proposal-verbs", &l.proposalVerbs), w("institution-short-forms", &l.institutionForms), w("negations", &l.negations), w("frame-verbs", &l.frameVerbs), w("role-openers", &l.roleOpeners), w("meeting-verbs", &l.meetingVerbs), w("significance-words", &l.significanceWords),
		w("organ-words", &l.organWords), w("delegation-words", &l.delegationWords), w("fair-nouns", &l.fairNouns), w("whole-joins", &l.wholeJoins), w("common-district-names", &l.commonDistricts), w("visit-verbs", &l.visitVerbs), w("coming-verbs", &l.comingVerbs), w("byline-words", &l.bylineWords), w("publish-verbs", &l.publishVerbs), w("published-lists", &l.publishedLists), w("area-classes", &l.areaClasses), w("receive-verbs", &l.receiveVerbs), w("distributive-adverbs", &l.distributiveAdverbs), w("chance-nouns", &l.chanceNouns), c("side-verbs", &l.sideVerbs),
	}
}

// loadLexicon parses the embedded lexicon.
func loadLexicon() (*lexicon, error) { return parseLexicon(lexiconFile, lexiconText) }

// parseLexicon reads a lexicon in the format of lexicon.txt; file names
// it in errors, which give the line (file:line: what is wrong).
func parseLexicon(file, text string) (*lexicon, error) {
	errAt := func(n int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", file, n, fmt.Sprintf(format, args...))
	}
	l := &lexicon{}
	var resultVerbs string
	secs := l.sections(&resultVerbs)
	known := make(map[string]*lexSection, len(secs))
	for i := range secs {
		known[secs[i].name] = &secs[i]
	}
	// one array for the lines of all sections, and one for the sections
	// (each section once, each known: never more than secs)
	all := make([]lexLine, 0, strings.Count(text, "\n")+1)
	store := make([]rawSection, 0, len(secs))
	raw := make(map[string]*rawSection, len(secs))
	var cur *rawSection
	start := 0
	closeSection := func() {
		if cur != nil {
			cur.lines = all[start:len(all):len(all)]
		}
	}
	n := 0
	for line := range strings.Lines(text) {
		n++
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			name, ok := strings.CutSuffix(line[1:], "]")
			if !ok || name == "" || strings.ContainsAny(name, "[] \t") {
				return nil, errAt(n, "malformed section header %q (want [name])", line)
			}
			if known[name] == nil {
				return nil, errAt(n, "unknown section [%s]", name)
			}
			if prev := raw[name]; prev != nil {
				return nil, errAt(n, "section [%s] again (first at line %d)", name, prev.line)
			}
			closeSection()
			store = append(store, rawSection{line: n})
			cur, start = &store[len(store)-1], len(all)
			raw[name] = cur
			continue
		}
		if cur == nil {
			return nil, errAt(n, "%q before the first section", line)
		}
		all = append(all, lexLine{n, line})
	}
	closeSection()
	end := n + 1 // missing sections are reported at the end of the file
	for _, s := range secs {
		r := raw[s.name]
		if r == nil {
			return nil, errAt(end, "no section [%s] (end of file)", s.name)
		}
		if len(r.lines) == 0 {
			return nil, errAt(r.line, "section [%s] is empty", s.name)
		}
	}
	// Words sections first, so that references (@doc-verbs) find their
	// words; a referenced section may not refer to another.
	// A section with no reference and no mistake is taken as split here.
	words := map[string][]string{}
	plain := map[string]bool{}
	for _, s := range secs {
		if s.kind == wordsSection {
			n := 0
			for _, ln := range raw[s.name].lines {
				for range lexFields(ln.text) {
					n++
				}
			}
			ws, ok := make([]string, 0, n), true
			for _, ln := range raw[s.name].lines {
				for w := range lexFields(ln.text) {
					ws = append(ws, w)
					ok = ok && w[0] != '@' && !strings.ContainsAny(w, ":[]")
				}
			}
			words[s.name], plain[s.name] = ws, ok
		}
	}
	for _, s := range secs {
		r := raw[s.name]
		var err error
		switch s.kind {
		case wordsSection:
			if plain[s.name] {
				*s.dst.(*[]string) = words[s.name]
			} else {
				err = resolveWords(r, s.name, known, words, errAt, s.dst.(*[]string))
			}
		case charsSection:
			var b strings.Builder
			for _, ln := range r.lines {
				for f := range lexFields(ln.text) {
					b.WriteString(f)
				}
			}
			switch dst := s.dst.(type) {
			case *string:
				*dst = b.String()
			case *[]rune:
				*dst = []rune(b.String())
			}
		case headsSection:
			*s.dst.(*[]head), err = parseHeads(r, errAt)
		case relationsSection:
			switch dst := s.dst.(type) {
			case *[]unitLabel:
				var ls []relEntry
				ls, err = parseRelations(r, errAt, nil)
				for _, u := range ls {
					*dst = append(*dst, unitLabel{u.word, u.typ})
				}
			case *[]triggerDef:
				var ls []relEntry
				ls, err = parseRelations(r, errAt, triggerShapeNamed)
				for _, u := range ls {
					*dst = append(*dst, triggerDef{u.word, u.typ, u.shape})
				}
			}
		case expresswaysSection:
			*s.dst.(*[]nationalRoute), err = parseExpressways(r, errAt)
		case classesSection:
			*s.dst.(*[]kindClass), err = parseClasses(r, errAt)
		}
		if err != nil {
			return nil, err
		}
	}
	for _, p := range l.zoneHeadForms {
		if form, to, ok := strings.Cut(p, "="); !ok || form == "" || to == "" {
			return nil, errAt(raw["zone-head-forms"].line, "[zone-head-forms] entry %q is no form=canonical pair", p)
		}
	}
	for _, p := range l.institutionForms {
		if short, full, ok := strings.Cut(p, "="); !ok || short == "" || full == "" {
			return nil, errAt(raw["institution-short-forms"].line, "[institution-short-forms] entry %q is no short=full pair", p)
		}
	}
	// every verb of doing with every result (推深, 做实, 擦亮) stops a name
	for _, v := range resultVerbs {
		for _, r := range l.resultResults {
			l.stopWords = append(l.stopWords, string(v)+string(r))
		}
	}
	return l, nil
}

// resolveWords sets dst to a words section's words with each reference
// (@name) replaced by that section's words.
func resolveWords(r *rawSection, name string, known map[string]*lexSection, words map[string][]string,
	errAt func(int, string, ...any) error, dst *[]string) error {
	var out []string
	for _, ln := range r.lines {
		for _, w := range lexFieldList(ln.text) {
			if strings.ContainsAny(w, ":[]") {
				return errAt(ln.n, "%q in section [%s], a section of words (no ':' or brackets)", w, name)
			}
			ref, ok := strings.CutPrefix(w, "@")
			if !ok {
				out = append(out, w)
				continue
			}
			s := known[ref]
			switch {
			case s == nil:
				return errAt(ln.n, "%s refers to no section", w)
			case s.kind != wordsSection:
				return errAt(ln.n, "%s is not a section of words", w)
			case ref == name:
				return errAt(ln.n, "section [%s] refers to itself", name)
			}
			for _, x := range words[ref] {
				if strings.HasPrefix(x, "@") {
					return errAt(ln.n, "%s refers to another section (%s): one level only", w, x)
				}
			}
			out = append(out, words[ref]...)
		}
	}
	*dst = out
	return nil
}

// keyedLine splits "key: words" into its key's fields and its words.
func keyedLine(ln lexLine, errAt func(int, string, ...any) error, want string) (key []string, words []string, err error) {
	k, rest, ok := strings.Cut(ln.text, ":")
	key, words = lexFieldList(k), lexFieldList(rest)
	if !ok || len(key) == 0 {
		return nil, nil, errAt(ln.n, "malformed line %q (want %q)", ln.text, want)
	}
	if len(words) == 0 {
		return nil, nil, errAt(ln.n, "no words after %q", k+":")
	}
	return key, words, nil
}

// parseHeads reads lines "Type: words" and "Type mark: words".
func parseHeads(r *rawSection, errAt func(int, string, ...any) error) ([]head, error) {
	rules := ruleNames()
	var hs []head
	for _, ln := range r.lines {
		key, words, err := keyedLine(ln, errAt, "Type [weak|rule]: words")
		if err != nil {
			return nil, err
		}
		if len(key) > 2 {
			return nil, errAt(ln.n, "%q: one type and at most one mark before ':'", strings.Join(key, " "))
		}
		h := head{typ: kg.EntityType(key[0])}
		if key[0] == "none" {
			h.typ = ""
		} else if !h.typ.Valid() {
			return nil, errAt(ln.n, "unknown entity type %q", key[0])
		}
		if len(key) == 2 {
			if key[1] == "weak" {
				h.weak = true
			} else if h.rule = rules[key[1]]; h.rule == ruleNone {
				return nil, errAt(ln.n, "unknown rule %q (want weak, doc, list, quoted, closed or numbered)", key[1])
			}
		}
		for _, w := range words {
			h.word = w
			hs = append(hs, h)
		}
	}
	return hs, nil
}

// parseRelations reads lines "RELATION: words".
func parseRelations(r *rawSection, errAt func(int, string, ...any) error, shapes func(string) (triggerShape, bool)) ([]relEntry, error) {
	var ls []relEntry
	for _, ln := range r.lines {
		key, words, err := keyedLine(ln, errAt, "RELATION: words")
		if err != nil {
			return nil, err
		}
		t := kg.RelationType(key[0])
		if !t.Valid() || len(key) > 2 || (len(key) == 2 && shapes == nil) {
			return nil, errAt(ln.n, "unknown relation type %q", strings.Join(key, " "))
		}
		shape := shapeRelation
		if len(key) == 2 {
			sh, ok := shapes(key[1])
			if !ok {
				return nil, errAt(ln.n, "unknown trigger shape %q", key[1])
			}
			shape = sh
		}
		for _, w := range words {
			ls = append(ls, relEntry{w, t, shape})
		}
	}
	return ls, nil
}

// relEntry is a word of a relations section with its relation and shape.
type relEntry struct {
	word  string
	typ   kg.RelationType
	shape triggerShape
}

// parseExpressways reads lines "code name end-code…".
func parseExpressways(r *rawSection, errAt func(int, string, ...any) error) ([]nationalRoute, error) {
	var rs []nationalRoute
	for _, ln := range r.lines {
		f := lexFieldList(ln.text)
		if len(f) < 3 {
			return nil, errAt(ln.n, "malformed expressway %q (want code, name and the codes of its ends)", ln.text)
		}
		for _, c := range f[2:] {
			if len(c) != 6 || strings.Trim(c, "0123456789") != "" {
				return nil, errAt(ln.n, "expressway %s: %q is no region code (six digits)", f[0], c)
			}
		}
		rs = append(rs, nationalRoute{code: f[0], name: f[1], ends: f[2:]})
	}
	return rs, nil
}

// parseClasses reads lines "word Type" and "word Type head".
func parseClasses(r *rawSection, errAt func(int, string, ...any) error) ([]kindClass, error) {
	var cs []kindClass
	for _, ln := range r.lines {
		f := lexFieldList(ln.text)
		if len(f) < 2 || len(f) > 3 {
			return nil, errAt(ln.n, "malformed class %q (want word, Type and maybe a head)", ln.text)
		}
		c := kindClass{word: f[0], typ: kg.EntityType(f[1])}
		if !c.typ.Valid() {
			return nil, errAt(ln.n, "unknown entity type %q", f[1])
		}
		if len(f) == 3 {
			c.head = f[2]
		}
		cs = append(cs, c)
	}
	return cs, nil
}
