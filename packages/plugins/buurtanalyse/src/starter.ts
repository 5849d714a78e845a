/**
 * Starter content of the analysis, written in our own plain words after the Leidraad buurtanalyse and the Toolbox
 * Zorgzame Buurten (module-specs section 1 and 9), in nl, fr and en. Each item has a stable key: answers are stored
 * under it. No dependencies (pages import it).
 */
export interface StarterItem {
  key: string;
  nl: string;
  fr: string;
  en: string;
}

const item = (key: string, nl: string, fr: string, en: string): StarterItem => ({ key, nl, fr, en });

/** The five preparation questions. */
export const PREPARATION_QUESTIONS: readonly StarterItem[] = [
  item(
    "goal",
    "Wat willen we bereiken met deze analyse?",
    "Que voulons-nous atteindre avec cette analyse ?",
    "What do we want to achieve with this analysis?",
  ),
  item(
    "information",
    "Welke informatie hebben we daarvoor nodig?",
    "De quelles informations avons-nous besoin pour cela ?",
    "What information do we need for it?",
  ),
  item(
    "sources",
    "Wie vragen we iets? Welke andere bronnen en cijfers kunnen we gebruiken?",
    "À qui posons-nous des questions ? Quelles autres sources et données pouvons-nous utiliser ?",
    "Whom do we ask? Which other sources and figures can we use?",
  ),
  item("how", "Hoe gaan we het vragen?", "Comment allons-nous le demander ?", "How will we ask?"),
  item("use", "Wat doen we met de resultaten?", "Que ferons-nous des résultats ?", "What will we do with the results?"),
];

/** The four attitudes, as guidance on the preparation page. */
export const ATTITUDES: readonly StarterItem[] = [
  item(
    "explore",
    "Verkennen, niet beoordelen: we zoeken kansen, niet wie faalt.",
    "Explorer, pas juger : nous cherchons des opportunités, pas des coupables.",
    "Explore, do not judge: we look for chances, not for who fails.",
  ),
  item(
    "needs",
    "De noden van de buurt gaan voor: onze eigen agenda komt op de tweede plaats.",
    "Les besoins du quartier d'abord : notre propre agenda passe après.",
    "The neighbourhood's needs come first: our own agenda comes second.",
  ),
  item(
    "open",
    "Open staan: bewoners betrekken voor er beslist is, en echt iets doen met wat ze zeggen.",
    "Rester ouverts : impliquer les habitants avant de décider, et vraiment tenir compte de ce qu'ils disent.",
    "Be open: involve residents before deciding, and really act on what they say.",
  ),
  item(
    "balance",
    "Een evenwicht tussen soepel blijven en gefocust werken.",
    "Un équilibre entre souplesse et concentration.",
    "A balance between staying flexible and keeping focus.",
  ),
];

/** The fourteen questions to evaluate our own neighbourhood map (round 1). */
export const ROUND1_QUESTIONS: readonly StarterItem[] = [
  item(
    "tells",
    "Wat vertelt onze buurtkaart ons?",
    "Que nous apprend notre carte du quartier ?",
    "What does our neighbourhood map tell us?",
  ),
  item(
    "intensive",
    "Met welke partners werken we veel samen?",
    "Avec quels partenaires travaillons-nous beaucoup ?",
    "Which partners do we work with a lot?",
  ),
  item(
    "offer",
    "Wat brengen zij ons, en wat brengen wij hen?",
    "Que nous apportent-ils, et que leur apportons-nous ?",
    "What do they bring us, and what do we bring them?",
  ),
  item("mutual", "Is dat wederzijds?", "Est-ce réciproque ?", "Is it mutual?"),
  item("needed", "Vinden we dat nodig?", "Est-ce nécessaire selon nous ?", "Do we think that is needed?"),
  item("sleeping", "Welke contacten zijn stilgevallen?", "Quels contacts se sont endormis ?", "Which contacts have gone quiet?"),
  item("revive", "Welke willen we nieuw leven inblazen?", "Lesquels voulons-nous relancer ?", "Which ones do we want to revive?"),
  item(
    "little",
    "Welke partners leveren ons weinig op? Waarom?",
    "Quels partenaires nous apportent peu ? Pourquoi ?",
    "Which partners give us little? Why?",
  ),
  item(
    "letgo",
    "Laten we ze los, of doen we er iets aan?",
    "Les laissons-nous partir, ou agissons-nous ?",
    "Do we let them go, or do something about it?",
  ),
  item("what", "En wat kunnen we dan doen?", "Et que pouvons-nous faire alors ?", "And what could we do then?"),
  item(
    "people",
    "Welke mensen in de buurt kennen we?",
    "Quelles personnes du quartier connaissons-nous ?",
    "Which people in the neighbourhood do we know?",
  ),
  item(
    "networks",
    "Bij welke netwerken komen we via hen binnen?",
    "À quels réseaux accédons-nous grâce à eux ?",
    "Which networks can we reach through them?",
  ),
  item(
    "missingOwn",
    "Wat ontbreekt er nog in ons eigen netwerk?",
    "Que manque-t-il encore dans notre propre réseau ?",
    "What is still missing in our own network?",
  ),
  item(
    "missingBuurt",
    "Wat ontbreekt er nog in de buurt?",
    "Que manque-t-il encore dans le quartier ?",
    "What is still missing in the neighbourhood?",
  ),
];

/** The nine steps of desk research (round 2), as a checklist. */
export const ROUND2_STEPS: readonly StarterItem[] = [
  item(
    "hypotheses",
    "Samen met het team hypotheses opstellen.",
    "Formuler des hypothèses avec l'équipe.",
    "Write hypotheses with the team.",
  ),
  item(
    "data",
    "Welke cijfers kunnen ze bevestigen of weerleggen?",
    "Quelles données peuvent les confirmer ou les réfuter ?",
    "Which figures can confirm or refute them?",
  ),
  item(
    "others",
    "Welke analyses deden anderen al in de buurt? Kunnen we die gebruiken?",
    "Quelles analyses d'autres ont-ils déjà faites ? Pouvons-nous les utiliser ?",
    "Which analyses did others already make? Can we use them?",
  ),
  item(
    "databases",
    "Welke online databanken geven ons de rest?",
    "Quelles bases de données en ligne donnent le reste ?",
    "Which online databases give us the rest?",
  ),
  item("who", "Wie zoekt wat op, in welke bron?", "Qui cherche quoi, dans quelle source ?", "Who looks up what, in which source?"),
  item("search", "Opzoeken.", "Rechercher.", "Look it up."),
  item(
    "discuss",
    "Resultaten samenleggen en bespreken.",
    "Rassembler et discuter les résultats.",
    "Put the results together and discuss them.",
  ),
  item(
    "insights",
    "Nieuwe inzichten opschrijven die we willen bewaren.",
    "Noter les nouvelles idées à retenir.",
    "Write down the new insights we want to keep.",
  ),
  item(
    "next",
    "Bepalen wat we in ronde 3 en 4 nog willen weten of doen.",
    "Décider ce que nous voulons encore savoir ou faire aux tours 3 et 4.",
    "Decide what we still want to know or do in rounds 3 and 4.",
  ),
];

/** Example hypotheses (inspiration, never imposed). */
export const EXAMPLE_HYPOTHESES: readonly StarterItem[] = [
  item(
    "renters",
    "In onze buurt wonen meer huurders dan eigenaars.",
    "Notre quartier compte plus de locataires que de propriétaires.",
    "Our neighbourhood has more tenants than owners.",
  ),
  item(
    "income",
    "Meer bewoners leven van een leefloon dan van werk.",
    "Plus d'habitants vivent du revenu d'intégration que d'un travail.",
    "More residents live on social assistance than on work.",
  ),
  item(
    "green",
    "Onze buurt heeft veel groen.",
    "Notre quartier a beaucoup d'espaces verts.",
    "Our neighbourhood has a lot of green space.",
  ),
  item(
    "age",
    "Onze buurt is ouder (of jonger) dan het gemiddelde van de gemeente.",
    "Notre quartier est plus âgé (ou plus jeune) que la moyenne de la commune.",
    "Our neighbourhood is older (or younger) than the municipal average.",
  ),
  item(
    "community",
    "Er woont een grote gemeenschap met dezelfde herkomst.",
    "Une grande communauté de même origine y habite.",
    "A large community of the same origin lives here.",
  ),
];

/** Questions to end with an action plan. */
export const ACTION_PROMPTS: readonly StarterItem[] = [
  item(
    "know",
    "Welke acties helpen ons de buurt beter te kennen, te bereiken en te betrekken?",
    "Quelles actions nous aident à mieux connaître, atteindre et impliquer le quartier ?",
    "Which actions help us know, reach and involve the neighbourhood better?",
  ),
  item(
    "mean",
    "Voor welke plaatsen of partners kunnen wij iets betekenen?",
    "Pour quels lieux ou partenaires pouvons-nous faire quelque chose ?",
    "For which places or partners can we make a difference?",
  ),
  item(
    "role",
    "Kunnen bezoekers of gebruikers een gewaardeerde rol opnemen?",
    "Les visiteurs ou usagers peuvent-ils prendre un rôle valorisé ?",
    "Can visitors or users take on a valued role?",
  ),
  item(
    "exchange",
    "Hoe zorgen we voor geven en nemen in twee richtingen?",
    "Comment créer un échange dans les deux sens ?",
    "How do we make giving and taking go both ways?",
  ),
];

/** A starter catalogue of action ideas: a situation, a goal and example actions (inspiration). */
export const ACTION_IDEAS: readonly { situation: StarterItem; goal: StarterItem; actions: StarterItem }[] = [
  {
    situation: item(
      "unknown",
      "Er is hulp en dienstverlening, maar mensen kennen ze niet.",
      "Les services existent, mais les gens ne les connaissent pas.",
      "Services exist, but people do not know them.",
    ),
    goal: item("unknown", "Wat er is beter bekend maken.", "Faire mieux connaître ce qui existe.", "Make what exists better known."),
    actions: item(
      "unknown",
      "Netwerken uitbouwen, nieuwe bewoners verwelkomen, een buurtkrantje, signalen doorgeven.",
      "Développer les réseaux, accueillir les nouveaux habitants, un journal de quartier, relayer les signaux.",
      "Build networks, welcome new residents, a neighbourhood paper, pass on signals.",
    ),
  },
  {
    situation: item(
      "leaving",
      "Diensten verdwijnen uit de buurt.",
      "Les services quittent le quartier.",
      "Services leave the neighbourhood.",
    ),
    goal: item(
      "leaving",
      "Dienstverlening terug in de buurt brengen.",
      "Ramener les services dans le quartier.",
      "Bring services back to the neighbourhood.",
    ),
    actions: item(
      "leaving",
      "Een infopunt in de buurt, een maatschappelijk werker op buurtactiviteiten, een oude werking nieuw leven inblazen.",
      "Un point info dans le quartier, un travailleur social aux activités du quartier, relancer une ancienne activité.",
      "An information point in the neighbourhood, a social worker at local events, reviving an old activity.",
    ),
  },
  {
    situation: item(
      "lonely",
      "Veel mensen wonen alleen en voelen zich eenzaam.",
      "Beaucoup de personnes vivent seules et se sentent isolées.",
      "Many people live alone and feel lonely.",
    ),
    goal: item("lonely", "Eenzaamheid opmerken en doorbreken.", "Repérer et rompre l'isolement.", "Notice and break loneliness."),
    actions: item(
      "lonely",
      "Buurtbabbels, soep- of koffierondes, samen wandelen, aansluiten bij wat al bestaat.",
      "Papotes de quartier, tournées soupe ou café, promenades, s'appuyer sur ce qui existe.",
      "Neighbourhood chats, soup or coffee rounds, walks together, joining what already exists.",
    ),
  },
  {
    situation: item(
      "unsafe",
      "Mensen voelen zich niet veilig op straat.",
      "Les gens ne se sentent pas en sécurité dans la rue.",
      "People do not feel safe in the street.",
    ),
    goal: item(
      "unsafe",
      "Ontmoeting in de publieke ruimte.",
      "Favoriser les rencontres dans l'espace public.",
      "Encourage meeting in public space.",
    ),
    actions: item(
      "unsafe",
      "Bankjes plaatsen, samen buiten eten, een plein mee inrichten.",
      "Installer des bancs, manger ensemble dehors, aménager une place ensemble.",
      "Place benches, eat together outside, shape a square together.",
    ),
  },
  {
    situation: item("help", "Buren helpen elkaar weinig.", "Les voisins s'entraident peu.", "Neighbours help each other little."),
    goal: item(
      "help",
      "Het kleine helpen tussen buren aanmoedigen.",
      "Encourager les petits coups de main entre voisins.",
      "Encourage small help between neighbours.",
    ),
    actions: item(
      "help",
      "Vraag en aanbod samenbrengen, een burenhulpkaart, buurtactiviteiten.",
      "Rapprocher offres et demandes, une carte d'entraide, des activités de quartier.",
      "Bring asks and offers together, a neighbour-help card, local events.",
    ),
  },
];

/** Where a source applies: everywhere, in Flanders or in Brussels. */
export type Region = "all" | "flanders" | "brussels";

const src = (key: string, region: Region, nl: string, fr: string, en: string) => ({ ...item(key, nl, fr, en), region });

/** Round 3: where to look online for players we are not yet connected with (the seventeenth: "iets anders"). */
export const ONLINE_SOURCES: readonly (StarterItem & { region: Region })[] = [
  src(
    "unusedSymbols",
    "all",
    "De lege plekken op onze eigen buurtkaart uit ronde 1: waar liggen nog kansen?",
    "Les vides de notre propre carte du tour 1 : où sont encore les occasions ?",
    "The empty spots on our own round-1 map: where are the chances left?",
  ),
  src(
    "municipalSites",
    "all",
    "Websites van de gemeente, het gemeenschapscentrum, de brede school, buurtsport",
    "Sites de la commune, du centre communautaire, de l'école élargie, du sport de quartier",
    "Websites of the municipality, the community centre, the community school, neighbourhood sports",
  ),
  src(
    "googleMaps",
    "all",
    "Google Maps: klik op gebouwen om te zien wat erin zit",
    "Google Maps : cliquez sur les bâtiments pour voir ce qu'ils abritent",
    "Google Maps: click buildings to see what is inside",
  ),
  src(
    "geopunt",
    "flanders",
    "Geopunt Vlaanderen: kaarten van de overheid",
    "Geopunt Vlaanderen : cartes des pouvoirs publics",
    "Geopunt Vlaanderen: government maps",
  ),
  src(
    "socialMap",
    "all",
    "De sociale kaart (desocialekaart.be in Vlaanderen, sociaal.brussels in Brussel)",
    "La carte sociale (desocialekaart.be en Flandre, social.brussels à Bruxelles)",
    "The social map (desocialekaart.be in Flanders, social.brussels in Brussels)",
  ),
  src(
    "environmentBrussels",
    "brussels",
    "Leefmilieu Brussel: parken, hondenweides, moestuinen; ga er ook zelf kijken",
    "Bruxelles Environnement : parcs, espaces pour chiens, potagers ; allez-y aussi voir",
    "Brussels Environment: parks, dog areas, vegetable gardens; go and look too",
  ),
  src(
    "slowRoads",
    "flanders",
    "Trage Wegen: wandelpaden en ontmoetingsplekken",
    "Trage Wegen : sentiers et lieux de rencontre",
    "Trage Wegen: footpaths and meeting places",
  ),
  src(
    "localPress",
    "all",
    "De regionale pers: projecten, bekende gezichten, mensen die zich inzetten",
    "La presse régionale : projets, visages connus, personnes engagées",
    "Regional press: projects, known faces, people who give their time",
  ),
  src(
    "sharingPlatforms",
    "all",
    "Deelplatformen voor hulp, spullen en gezelschap (Hoplr, Helpper, Give a day …); ze bereiken maar een deel van de buurt",
    "Plateformes de partage d'aide, d'objets et de compagnie (Hoplr, Helpper, Give a day …) ; elles ne touchent qu'une partie du quartier",
    "Sharing platforms for help, goods and company (Hoplr, Helpper, Give a day …); they reach only part of the neighbourhood",
  ),
  src(
    "brusselsPlatforms",
    "brussels",
    "Brusselse platformen: Brussel helpt, Connecting Brussels, Solidare-it",
    "Plateformes bruxelloises : Bruxelles aide, Connecting Brussels, Solidare-it",
    "Brussels platforms: Brussel helpt, Connecting Brussels, Solidare-it",
  ),
  src(
    "socialGroups",
    "all",
    "Facebook- en Instagramgroepen van buurtcomités, burgerinitiatieven en zelforganisaties",
    "Groupes Facebook et Instagram de comités de quartier, d'initiatives citoyennes et d'auto-organisations",
    "Facebook and Instagram groups of neighbourhood committees, citizens' initiatives and self-organisations",
  ),
  src(
    "shadowWork",
    "all",
    "Sociaal werk in de schaduw: wie helpt zonder op de sociale kaart te staan?",
    "Le travail social de l'ombre : qui aide sans figurer sur la carte sociale ?",
    "Social work in the shadows: who helps without being on the social map?",
  ),
  src(
    "askGroups",
    "all",
    'Groepen waar je zelf een vraag kunt stellen (zoals "Durf te vragen")',
    "Groupes où vous pouvez poser une question vous-même (comme « Durf te vragen »)",
    'Groups where you can ask a question yourself (such as "Durf te vragen")',
  ),
  src(
    "townGroups",
    "all",
    'Groepen als "Je bent van … als …": wie post veel en kent veel mensen?',
    "Groupes du type « Tu es de … si … » : qui publie beaucoup et connaît beaucoup de monde ?",
    'Groups like "You are from … if …": who posts a lot and knows many people?',
  ),
  src(
    "virtualNeighbourhood",
    "all",
    "De online buurt van mensen: met wie hebben ze contact, vooral wie weinig buiten komt?",
    "Le quartier en ligne des gens : avec qui sont-ils en contact, surtout ceux qui sortent peu ?",
    "People's online neighbourhood: who are they in touch with, especially those who rarely go out?",
  ),
  src(
    "localPolicy",
    "all",
    "Lokale politiek en sociaal beleid; medewerkers van de gemeente die mensen kennen (buurtwerkers, wijkagenten …)",
    "Politique locale et politique sociale ; agents communaux qui connaissent les gens (travailleurs de quartier, agents de quartier …)",
    "Local politics and social policy; municipal staff who know people (community workers, neighbourhood police …)",
  ),
  src(
    "associations",
    "all",
    "Sleutelfiguren in verenigingen, cultuur, scholen en sportclubs",
    "Personnes-clés dans les associations, la culture, les écoles et les clubs de sport",
    "Key people in associations, culture, schools and sports clubs",
  ),
];

/** Round 4: what we ask the people we meet, and what we ask ourselves. */
export const ROUND4_QUESTIONS: readonly StarterItem[] = [
  item(
    "ownView",
    "Hoe kijken wij zelf naar de buurt? Welke drempels en kansen zien we?",
    "Comment voyons-nous nous-mêmes le quartier ? Quels obstacles et quelles occasions voyons-nous ?",
    "How do we ourselves see the neighbourhood? Which barriers and chances do we see?",
  ),
  item(
    "livingSituation",
    "Hoe beleven bewoners hun leven in de buurt?",
    "Comment les habitants vivent-ils leur vie dans le quartier ?",
    "How do residents experience their life in the neighbourhood?",
  ),
  item(
    "places",
    "Welke plekken zijn voor hen belangrijk, waar voelen ze zich veilig, waar komen ze samen?",
    "Quels lieux comptent pour eux, où se sentent-ils en sécurité, où se retrouvent-ils ?",
    "Which places matter to them, where do they feel safe, where do they get together?",
  ),
  item(
    "missing",
    "Wat missen ze? Waarvoor moeten ze de buurt uit?",
    "Que leur manque-t-il ? Pour quoi doivent-ils quitter le quartier ?",
    "What do they miss? What do they have to leave the neighbourhood for?",
  ),
  item(
    "expect",
    "Wat verwachten ze, en wat hebben ze nodig?",
    "Qu'attendent-ils, et de quoi ont-ils besoin ?",
    "What do they expect, and what do they need?",
  ),
  item(
    "notYetReached",
    "Wie hebben we nog niet gehoord, en hoe bereiken we hen?",
    "Qui n'avons-nous pas encore entendu, et comment les atteindre ?",
    "Whom have we not heard yet, and how do we reach them?",
  ),
];

/** Round 4: what to look out for on a walk (observation cues). */
export const OBSERVATION_CUES: readonly StarterItem[] = [
  item(
    "stickers",
    "Stickers en affiches: wie komt waar samen?",
    "Autocollants et affiches : qui se réunit où ?",
    "Stickers and posters: who meets where?",
  ),
  item(
    "busyPlaces",
    "Drukke pleinen en parken: wie is er, op welk uur?",
    "Places et parcs animés : qui est là, à quelle heure ?",
    "Busy squares and parks: who is there, at what time?",
  ),
  item(
    "schoolGates",
    "De schoolpoort bij het begin en einde van de dag",
    "La grille de l'école en début et en fin de journée",
    "The school gate at the start and end of the day",
  ),
  item(
    "avoided",
    "Plekken die mensen mijden, en plekken waar ze graag zijn",
    "Les lieux que les gens évitent, et ceux qu'ils aiment",
    "Places people avoid, and places they love",
  ),
  item(
    "smallTies",
    "Kleine banden: buren die elkaars sleutel hebben of de brievenbus legen",
    "Les petits liens : des voisins qui ont la clé de l'autre ou vident sa boîte aux lettres",
    "Small ties: neighbours who keep each other's key or empty the letterbox",
  ),
];

/** The text of a starter item in the reader's language. */
export function starterText(i: StarterItem, locale: string): string {
  return locale === "fr" ? i.fr : locale === "en" ? i.en : i.nl;
}

/** Afbakening: four ways to find where the buurt lies for the people in it (any mix of them). */
export const BOUNDARY_METHODS: readonly StarterItem[] = [
  {
    key: "map",
    nl: "Laat ieder op de kaart aanduiden wat voor haar of hem de buurt is.",
    fr: "Chacun indique sur la carte ce qui, pour lui ou elle, forme le quartier.",
    en: "Let everyone mark on the map what the neighbourhood is to them.",
  },
  {
    key: "photos",
    nl: "Fotografeer de plekken die de buurt maken of die er een grens van zijn.",
    fr: "Photographiez les lieux qui font le quartier ou qui en marquent la limite.",
    en: "Photograph the places that make the neighbourhood or mark its edge.",
  },
  {
    key: "talk",
    nl: "Praat over wat de buurt fysiek afsluit: een drukke weg, het water, een spoorlijn of metro.",
    fr: "Parlez de ce qui ferme physiquement le quartier : une route chargée, l'eau, une voie ferrée ou le métro.",
    en: "Talk about what physically closes off the neighbourhood: a busy road, water, a railway or metro line.",
  },
  {
    key: "walk",
    nl: "Wandel samen door de buurt en kijk waar mensen zeggen dat ze 'eruit' gaan.",
    fr: "Marchez ensemble dans le quartier et notez où les gens disent « en sortir ».",
    en: "Walk the neighbourhood together and note where people say they are 'leaving' it.",
  },
];

/**
 * Afbakening: what can make a buurt one buurt (the first five: its features; the last five: what the organisation
 * sees in its daily work). Each is a checkbox with a note in the section; keyed so answers survive wording changes.
 */
export const BOUNDARY_CRITERIA: readonly (StarterItem & { group: "features" | "practice" })[] = [
  {
    key: "functional",
    group: "features",
    nl: "Functies: wat er naast wonen is, zoals winkels, scholen, parken of een markt.",
    fr: "Fonctions : ce qu'il y a en plus des logements, comme des commerces, écoles, parcs ou un marché.",
    en: "Functions: what there is besides homes, such as shops, schools, parks or a market.",
  },
  {
    key: "urbanForm",
    group: "features",
    nl: "Bouw en stratenplan: een herkenbaar stratenpatroon, eenzelfde bouwstijl, straatnamen met een gedeeld thema.",
    fr: "Bâti et plan des rues : un tracé reconnaissable, un même style de construction, des noms de rue sur un même thème.",
    en: "Buildings and street plan: a recognisable street pattern, one building style, street names sharing a theme.",
  },
  {
    key: "geographic",
    group: "features",
    nl: "Breuklijnen: straten die samen liggen tussen een spoorweg, water, een brug, een grote verkeersweg of groen.",
    fr: "Lignes de rupture : des rues regroupées entre une voie ferrée, l'eau, un pont, un grand axe ou des espaces verts.",
    en: "Dividing lines: streets that lie together between a railway, water, a bridge, a main road or green space.",
  },
  {
    key: "social",
    group: "features",
    nl: "Sociaal: ongeschreven regels en het gevoel 'hier woon ik', waar mensen zich mee vereenzelvigen.",
    fr: "Social : les règles non écrites et le sentiment « j'habite ici », ce à quoi les gens s'identifient.",
    en: "Social: unwritten rules and the feeling of 'this is where I live', what people identify with.",
  },
  {
    key: "demographic",
    group: "features",
    nl: "Bevolking: leeftijd, inkomen, werk en gezinnen die het ene deel anders maken dan het andere.",
    fr: "Population : âge, revenus, emploi et ménages qui distinguent une partie d'une autre.",
    en: "Population: age, income, work and households that set one part apart from another.",
  },
  {
    key: "activities",
    group: "practice",
    nl: "De plekken en straten waar onze activiteiten buiten de organisatie doorgaan.",
    fr: "Les lieux et rues où se déroulent nos activités en dehors de l'organisation.",
    en: "The places and streets where our activities outside the organisation take place.",
  },
  {
    key: "partners",
    group: "practice",
    nl: "Waar de organisaties liggen waar we nauw mee samenwerken (de partnerkaart toont ze).",
    fr: "Où se trouvent les organisations avec lesquelles nous collaborons étroitement (la carte des partenaires les montre).",
    en: "Where the organisations we work closely with are (the partner map shows them).",
  },
  {
    key: "homes",
    group: "practice",
    nl: "Waar onze gebruikers wonen, alleen samengeteld per straat of gebied, nooit als adressen.",
    fr: "Où habitent nos usagers, uniquement regroupé par rue ou zone, jamais comme adresses.",
    en: "Where our users live, only counted together per street or area, never as addresses.",
  },
  {
    key: "routes",
    group: "practice",
    nl: "De wegen die onze doelgroep neemt van en naar de organisatie.",
    fr: "Les trajets que notre public fait pour venir à l'organisation et en repartir.",
    en: "The routes our target group takes to and from the organisation.",
  },
  {
    key: "perceived",
    group: "practice",
    nl: "De verbindingen en grenzen zoals bewoners, vrijwilligers en het team ze zelf beschrijven, echt of gevoeld.",
    fr: "Les liens et limites tels que les habitants, bénévoles et l'équipe les décrivent, réels ou ressentis.",
    en: "The links and edges as residents, volunteers and the team describe them, real or felt.",
  },
];
