// Words that GeoNames (or a country's name in some language) shares with ordinary vocabulary or given
// names. A match from the big gazetteers that is one of these words, in any case, is not a place.
// Curated exonyms are never filtered by this list. Data only; matched after folding.
const EN = `a an the of and or but if in on at to from by for with as is are was were be been not no yes
this that these those it its he she we they you i me my our your his her their them us who whom which what
when where why how all any each every some such other another more most many much few one two three four
five six seven eight nine ten first second third last next new old good great best high low big small long
short early late north south east west northern southern eastern western central upper lower middle greater
little grand great saint san santa st mount mont port fort lake river bay beach island islands park hill hills
valley spring springs city town village county district region province state states national federal
republic kingdom union united general public central royal international regional local court courts police
office service services border guard post station airport market street road avenue square bridge center
centre house home hall church school college university hospital prison camp centre department ministry
committee agency bureau council army force forces group party front movement office record records report
case file number page date time day year month week name names place places type code sex male female
passport identity nationality birth born issue issued expiry authority surname given forename father mother
family husband wife sister brother son daughter child children relatives cousin person people citizen
applicant interviewer interpreter translator lawyer judge prosecutor prosecutors witness witnesses accused
summary facts charges charge control present identity particulars judicial information action contact
maximum penalty arrest warrant prescription extradition notice notices red blue green white black gold
silver golden rose victoria victory liberty independence freedom hope faith union unity progress paradise
eden phoenix orange lime olive cherry apple palm pine oak cedar ash elm maple plum sugar salt rock stone
iron coal copper mobile split date police court sex of mobile orange bath reading wells
buffalo eagle hawk lion bear wolf fox deer crow swan dove robin
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer autumn winter christmas easter
english russian tajik polish ukrainian french dutch german turkish syrian islamic muslim christian
jewish arab arabic persian kurdish uzbek kazakh kyrgyz turkmen afghan iranian european asian american
african british soviet somali swiss italian alpha beta base node enterprise alliance change punch
please thank dear mr mrs ms dr sir madam yours sincerely regards best note notes see also about after
again against before between during under over through into onto upon within without across along
among around behind below beyond near off out since than then there here now only also even still just
very well again still yet so too q a
anna maria marta paul david elizabeth barry gary jackson allen anderson franklin henderson lawrence bryan
clifton crosby davis hamilton victoria florence lincoln washington kent essex
alexandria eugene irving wayne warren marion carmel carolina charlotte mary sofia sophia nadia irina
nina olga diana dina laura lara lidia lina maya mira nora rosa sara vera alma amira rustam timur umar
omar ali hassan karim salim jamal bahor nodira malika madina zarina dilnoza farrukh sherzod umed
interpol europol frontex unhcr`;

const PL = `w we z ze do od na po pod nad przed przez przy za o u i a oraz lub albo ale czy nie tak to ten ta
te tym tej tego tych ich jego jej jest są był była było byli być został została zostało sąd sądu sądzie
sądowi sąd okręgowy apelacyjny rejonowy najwyższy prokuratura prokuratury prokurator policja policji straż
straży granica granicy graniczna granicznej urząd urzędu ośrodek ośrodka ośrodku centrum wydział wydziału
karny karnego postanowienie uzasadnienie wyrok dnia dzień roku rok lat sygn akt nr ul al pl os
styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
poniedziałek wtorek środa czwartek piątek sobota niedziela państwo państwa państwowej służba służby
republika republiki rzeczpospolita polskie polskiego polskich polskiej polskim kraj kraju miasto
miasta wieś gmina powiat województwo obwód obwodu pan pani panie strona strony według wobec ponadto
jednak także również zaś oraz jako jak gdzie kiedy który która które których ojciec matka siostra brat
mąż żona córka syn dziecko dzieci przewodniczący protokolant sędzia świadek obrońca adwokat tłumacz
paszport paszportu wiza wizy stempel jan anna maria marta piotr paweł tomasz joanna katarzyna adam
nowak kowalski lewandowski zielińska wierzbicka sso sr`;

const FR = `le la les l de du des d un une et ou mais à au aux en dans sur sous par pour avec sans chez vers
entre est sont était il elle ils elles nous vous je tu on ce cet cette ces son sa ses leur leurs qui que
quoi dont où quand comme si ne pas plus moins très bien tout tous toute toutes autre autres même notre
votre monsieur madame mademoiselle m mme tribunal cour police préfecture ministère direction service
office bureau centre rue avenue boulevard place ville village région département république état
nationale national général générale janvier février mars avril mai juin juillet août septembre
octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche père mère frère sœur
fils fille mari épouse enfant enfants nom prénom date lieu naissance né née passeport nationalité
demande demandeur décision arrêt jugement audience pièce objet fait faits selon contre depuis pendant`;

const NL = `de het een en of maar in op aan te van voor met door bij naar uit over onder tegen tussen om tot na
als is zijn was waren wordt worden werd hij zij ze wij we jij je u ik het dit dat deze die wie wat waar
wanneer hoe niet geen ook nog al dan wel zeer meer minder heer mevrouw rechtbank hof politie ministerie
dienst kantoor straat laan plein stad dorp gemeente provincie republiek staat nationaal nationale
januari februari maart april mei juni juli augustus september oktober november december maandag
dinsdag woensdag donderdag vrijdag zaterdag zondag vader moeder broer zus zoon dochter man vrouw kind
kinderen naam voornaam datum plaats geboorte geboren paspoort nationaliteit aanvraag besluit uitspraak`;

const CYR = `того тому том тем те та то так там тут где когда как что чем кто это эта этот эти его ее её их
мы вы он она они оно я ты не ни но и а или да нет уже еще ещё же бы ли по на в во из за до от с со к ко у о
об при про через для без над под перед между мали мало мала
сан сент санта маркет март мая май
ту та те ба аз дар бо ки ва ё то як ду се ин он мо шумо онҳо`;

// Capitalised words that may stand next to a place name without making it part of another name.
const FUNCTION_WORDS = `the a an in on at to from of and or for with by via near into towards outside
w we z ze do od na i oraz le la les de du des et à en au aux het een van naar bij uit te
в во из на до от и с к у ў аз ба дар то ва`;

let cache: Set<string> | undefined;
let functionCache: Set<string> | undefined;

/** Folded function words (articles, prepositions, conjunctions) of the documents' languages. */
export function functionWords(fold: (s: string) => string): Set<string> {
  functionCache ??= new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean).map(fold));
  return functionCache;
}

/** Folded stopwords of all the documents' languages. */
export function stopwords(fold: (s: string) => string): Set<string> {
  cache ??= new Set([EN, PL, FR, NL, CYR].flatMap((list) => list.split(/\s+/)).filter(Boolean).map(fold));
  return cache;
}
