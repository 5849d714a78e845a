/**
 * The guiding questions of a network evaluation round, written for this project (zorgzame buurten in Flanders and
 * Brussels). Keys are stable: answers are stored under them and rounds are compared by them, so change the wording
 * freely but never a key. Plain language, in the words of the people doing the work. Pure data: the pages import it too.
 */
import type { RelationshipStatus } from "../../domain";

export type Text = { nl: string; fr: string; en: string };

/** Answers to "do we really work together?" and "is it mutual?". */
export const WORK_ANSWERS = ["yes", "partly", "no", "unknown"] as const;
export type WorkAnswer = (typeof WORK_ANSWERS)[number];
/** Answers to "worth waking?" / "worth contacting?". */
export const WAKE_ANSWERS = ["yes", "not_now", "no"] as const;
export type WakeAnswer = (typeof WAKE_ANSWERS)[number];

/** The stored per-actor answers (columns of PartnersEvaluationActor). */
export const ANSWER_FIELDS = ["worksTogether", "mutual", "worthWaking", "opensNetworks", "proposedStatus", "note"] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

const RELATED: readonly RelationshipStatus[] = ["intensive", "occasional", "dormant", "let_go"];
const ALL: readonly RelationshipStatus[] = ["intensive", "occasional", "dormant", "not_contacted", "let_go"];

export interface ActorQuestion {
  key: string;
  /** The column the answer is stored in (two questions may share one, for actors of different statuses). */
  field: AnswerField;
  kind: "work" | "wake" | "status" | "text";
  /** The actor's status at the start of the round for which the question is asked. */
  appliesTo: readonly RelationshipStatus[];
  text: Text;
  help: Text;
}

export interface NetworkQuestion {
  key: string;
  text: Text;
  help: Text;
}

export const ACTOR_QUESTIONS: readonly ActorQuestion[] = [
  {
    key: "worksTogether",
    field: "worksTogether",
    kind: "work",
    appliesTo: RELATED,
    text: { nl: "Werken we echt samen?", fr: "Travaillons-nous vraiment ensemble ?", en: "Do we really work together?" },
    help: {
      nl: "Niet: kennen we elkaar? Maar: hebben we het voorbije jaar samen iets gedaan voor bewoners? Een doorverwijzing, een gezamenlijke activiteit, overleg over een situatie.",
      fr: "Pas : nous connaissons-nous ? Mais : avons-nous fait quelque chose ensemble pour les habitants l'année passée ? Une orientation, une activité commune, une concertation sur une situation.",
      en: "Not: do we know each other? But: did we do something together for residents in the past year? A referral, a joint activity, talking through a situation.",
    },
  },
  {
    key: "mutual",
    field: "mutual",
    kind: "work",
    appliesTo: RELATED,
    text: { nl: "Is het wederzijds?", fr: "Est-ce réciproque ?", en: "Is it mutual?" },
    help: {
      nl: "Halen beide kanten er iets uit? Kijk naar wat zij ons bieden en wat wij hen bieden. Komt het initiatief altijd van dezelfde kant?",
      fr: "Les deux parties y gagnent-elles ? Regardez ce qu'ils nous apportent et ce que nous leur apportons. L'initiative vient-elle toujours du même côté ?",
      en: "Do both sides get something out of it? Look at what they offer us and what we offer them. Does the first step always come from the same side?",
    },
  },
  {
    key: "worthWaking",
    field: "worthWaking",
    kind: "wake",
    appliesTo: ["dormant", "let_go"],
    text: {
      nl: "Is deze band de moeite om (opnieuw) wakker te maken?",
      fr: "Ce lien vaut-il la peine d'être réveillé ?",
      en: "Is this tie worth waking up (again)?",
    },
    help: {
      nl: "Was er vroeger iets waardevols? Is er nu een aanleiding: een nieuwe vraag in de buurt, een nieuwe medewerker, een gedeeld doel? Wie zou het eerste contact leggen?",
      fr: "Y avait-il quelque chose de précieux avant ? Y a-t-il une occasion maintenant : une nouvelle demande dans le quartier, un nouveau collègue, un objectif commun ? Qui reprendrait contact ?",
      en: "Was there something valuable before? Is there a reason now: a new need in the neighbourhood, a new colleague, a shared goal? Who would make the first contact?",
    },
  },
  {
    key: "worthContacting",
    field: "worthWaking",
    kind: "wake",
    appliesTo: ["not_contacted"],
    text: { nl: "Is het de moeite om contact te leggen?", fr: "Vaut-il la peine de prendre contact ?", en: "Is it worth making contact?" },
    help: {
      nl: "Bereikt deze actor mensen die wij niet bereiken? Zit er iets in voor beide kanten? Kent iemand van ons er al iemand?",
      fr: "Cet acteur touche-t-il des personnes que nous n'atteignons pas ? Y a-t-il un intérêt pour les deux parties ? L'un de nous y connaît-il déjà quelqu'un ?",
      en: "Does this actor reach people we do not reach? Is there something in it for both sides? Does one of us already know someone there?",
    },
  },
  {
    key: "opensNetworks",
    field: "opensNetworks",
    kind: "text",
    appliesTo: ALL,
    text: {
      nl: "Wie opent hier deuren naar andere netwerken?",
      fr: "Qui ouvre ici des portes vers d'autres réseaux ?",
      en: "Who opens doors to other networks here?",
    },
    help: {
      nl: "Welke persoon bij deze actor brengt ons bij groepen die we zelf niet bereiken? Bijvoorbeeld de imam, de apotheker, de mama die de klasgroep beheert. Hangt het aan één persoon?",
      fr: "Quelle personne chez cet acteur nous met en lien avec des groupes que nous n'atteignons pas nous-mêmes ? Par exemple l'imam, le pharmacien, la maman qui gère le groupe de la classe. Tout repose-t-il sur une seule personne ?",
      en: "Which person at this actor connects us with groups we do not reach ourselves? For example the imam, the pharmacist, the parent who runs the class chat. Does it all depend on one person?",
    },
  },
  {
    key: "proposedStatus",
    field: "proposedStatus",
    kind: "status",
    appliesTo: ALL,
    text: {
      nl: "Welke relatie willen we de komende periode?",
      fr: "Quelle relation voulons-nous pour la période à venir ?",
      en: "What relationship do we want for the coming period?",
    },
    help: {
      nl: "Kies de status die past. De status van de actor verandert pas wanneer de regie de ronde afsluit en het bevestigt.",
      fr: "Choisissez le statut qui convient. Le statut de l'acteur ne change que lorsque la coordination clôture le tour et le confirme.",
      en: "Choose the status that fits. The actor's status only changes when the coordinator closes the round and confirms it.",
    },
  },
  {
    key: "note",
    field: "note",
    kind: "text",
    appliesTo: ALL,
    text: {
      nl: "Wat valt op, wat willen we anders doen?",
      fr: "Qu'est-ce qui frappe, que voulons-nous faire autrement ?",
      en: "What stands out, what do we want to do differently?",
    },
    help: {
      nl: "Een paar woorden voor de volgende ronde. Concrete afspraken (wie doet wat tegen wanneer) zet je bij de opvolging.",
      fr: "Quelques mots pour le prochain tour. Les accords concrets (qui fait quoi pour quand) vont dans le suivi.",
      en: "A few words for the next round. Concrete agreements (who does what by when) go under follow-up.",
    },
  },
];

export const NETWORK_QUESTIONS: readonly NetworkQuestion[] = [
  {
    key: "proud",
    text: {
      nl: "Op welke samenwerking zijn we trots?",
      fr: "De quelle collaboration sommes-nous fiers ?",
      en: "Which partnership are we proud of?",
    },
    help: {
      nl: "Begin met wat goed loopt. Welke samenwerking maakte het verschil voor bewoners, en waarom werkte ze?",
      fr: "Commencez par ce qui fonctionne. Quelle collaboration a fait la différence pour les habitants, et pourquoi a-t-elle marché ?",
      en: "Start with what works. Which partnership made a difference for residents, and why did it work?",
    },
  },
  {
    key: "core",
    text: {
      nl: "Met wie werken we echt samen, en wie staat vooral op papier?",
      fr: "Avec qui travaillons-nous vraiment, et qui n'existe surtout que sur papier ?",
      en: "Who do we really work with, and who is mostly on paper?",
    },
    help: {
      nl: "Kijk naar het geheel. Welke partners dragen het werk? Welke staan op de lijst, maar zien we nooit?",
      fr: "Regardez l'ensemble. Quels partenaires portent le travail ? Lesquels figurent sur la liste, mais ne se voient jamais ?",
      en: "Look at the whole. Which partners carry the work? Which are on the list but never seen?",
    },
  },
  {
    key: "balance",
    text: {
      nl: "Is ons netwerk in evenwicht tussen geven en nemen?",
      fr: "Notre réseau est-il équilibré entre donner et recevoir ?",
      en: "Is our network balanced between giving and taking?",
    },
    help: {
      nl: "Vragen we vooral, of bieden we ook iets terug? Aan welke partners kunnen we meer geven: een ruimte, een vrijwilliger, een doorverwijzing?",
      fr: "Demandons-nous surtout, ou rendons-nous aussi quelque chose ? À quels partenaires pourrions-nous donner plus : un local, un bénévole, une orientation ?",
      en: "Do we mostly ask, or do we also give back? Which partners could we give more to: a room, a volunteer, a referral?",
    },
  },
  {
    key: "dormant",
    text: {
      nl: "Welke slapende banden maken we wakker, en wie neemt het eerste contact?",
      fr: "Quels liens en sommeil réveillons-nous, et qui fait le premier pas ?",
      en: "Which dormant ties do we wake up, and who makes the first contact?",
    },
    help: {
      nl: "Kies er een paar, niet allemaal. Een band wakker maken lukt het best met een concrete aanleiding en één persoon die het opneemt.",
      fr: "Choisissez-en quelques-uns, pas tous. Réveiller un lien marche mieux avec une occasion concrète et une personne qui s'en charge.",
      en: "Pick a few, not all. Waking a tie works best with a concrete reason and one person who takes it on.",
    },
  },
  {
    key: "missingNetwork",
    text: { nl: "Wie ontbreekt er in ons netwerk?", fr: "Qui manque dans notre réseau ?", en: "Who is missing from our network?" },
    help: {
      nl: "Welke groepen, sectoren of talen bereiken we niet? Denk aan jongeren, nieuwkomers, mantelzorgers, zelforganisaties, handelaars, levensbeschouwelijke gemeenschappen.",
      fr: "Quels groupes, secteurs ou langues n'atteignons-nous pas ? Pensez aux jeunes, aux primo-arrivants, aux aidants proches, aux associations de migrants, aux commerçants, aux communautés religieuses.",
      en: "Which groups, sectors or languages do we not reach? Think of young people, newcomers, informal carers, migrant self-organisations, shopkeepers, faith communities.",
    },
  },
  {
    key: "missingNeighbourhood",
    text: {
      nl: "Wat ontbreekt er in de buurt zelf?",
      fr: "Que manque-t-il dans le quartier lui-même ?",
      en: "What is missing in the neighbourhood itself?",
    },
    help: {
      nl: "Voorzieningen of plekken die er niet (meer) zijn: een bankkantoor, een ontmoetingsplek, een huisarts die nog nieuwe patiënten neemt. Zet ze ook als ontbrekende plek op de buurtkaart.",
      fr: "Des services ou des lieux qui n'existent pas (ou plus) : une agence bancaire, un lieu de rencontre, un médecin qui prend encore de nouveaux patients. Ajoutez-les aussi comme lieu manquant sur la carte.",
      en: "Services or places that are not (or no longer) there: a bank office, a meeting place, a GP who still takes new patients. Also add them as a missing place on the map.",
    },
  },
  {
    key: "bridges",
    text: {
      nl: "Welke personen openen welke netwerken voor ons?",
      fr: "Quelles personnes nous ouvrent quels réseaux ?",
      en: "Which people open which networks for us?",
    },
    help: {
      nl: "Sleutelfiguren en collega's die ons bij andere groepen binnenbrengen. Hangt veel af van één persoon? Wat als die wegvalt?",
      fr: "Des personnes-relais et des collègues qui nous introduisent auprès d'autres groupes. Beaucoup de choses reposent-elles sur une seule personne ? Et si elle s'en va ?",
      en: "Key figures and colleagues who bring us into other groups. Does a lot depend on one person? What if they leave?",
    },
  },
  {
    key: "letGo",
    text: { nl: "Wat laten we los?", fr: "À quoi renonçons-nous ?", en: "What do we let go of?" },
    help: {
      nl: "Samenwerkingen die veel tijd vragen en weinig opleveren voor bewoners. Loslaten mag; laat het de partner dan wel weten.",
      fr: "Des collaborations qui demandent beaucoup de temps et apportent peu aux habitants. On peut arrêter ; prévenez alors le partenaire.",
      en: "Partnerships that take a lot of time and bring little for residents. Letting go is fine; do let the partner know.",
    },
  },
];

export const NETWORK_KEYS = NETWORK_QUESTIONS.map((q) => q.key) as [string, ...string[]];

/** The per-actor questions asked for an actor with this status at the start of the round, in order. */
export function questionsFor(statusAtStart: string): ActorQuestion[] {
  return ACTOR_QUESTIONS.filter((q) => (q.appliesTo as readonly string[]).includes(statusAtStart));
}

/** The question text in a locale (Dutch when the locale has none). */
export function localText(t: Text, locale: string): string {
  return (locale === "fr" ? t.fr : locale === "en" ? t.en : t.nl) || t.nl;
}
