/** What the evaluation procedures answer, in the words of the people using them. */
export const EE = {
  round: "Deze evaluatieronde bestaat niet.",
  actorNotInRound: "Deze actor hoort niet bij deze ronde (of is niet met jouw organisatie gedeeld).",
  followUp: "Deze afspraak bestaat niet.",
  closed: "Deze ronde is afgesloten. Vraag de regie om ze te heropenen als je nog iets wilt aanpassen.",
  alreadyClosed: "Deze ronde is al afgesloten.",
  alreadyOpen: "Deze ronde is al open.",
  noActors: "Er zijn geen actoren om te evalueren met deze keuze. Neem ook actoren zonder contact mee, of kies een andere buurt.",
  roundConflict: "Iemand anders heeft deze ronde intussen aangepast. Bekijk ze opnieuw en probeer nog eens.",
  followUpConflict: "Iemand anders heeft deze afspraak intussen aangepast. Je ziet nu de nieuwste versie; jouw wijziging is niet bewaard.",
  answerConflict: (questions: string) =>
    `Iemand anders heeft intussen ook ${questions} beantwoord. Je ziet nu dat antwoord; het jouwe staat eronder zodat je het kunt overnemen.`,
  proposalChanged: (actor: string) =>
    `Het voorstel voor ${actor} is intussen gewijzigd. Bekijk de lijst met voorgestelde statussen opnieuw voor je afsluit.`,
  actorChanged: (actor: string) =>
    `${actor} is intussen door iemand anders aangepast. Bekijk de lijst met voorgestelde statussen opnieuw voor je afsluit.`,
  cannotApply: (actor: string) =>
    `De status van ${actor} kun je niet aanpassen: de actor hoort bij een andere organisatie of is gearchiveerd. Haal hem uit de lijst.`,
  notProposed: "Voor deze actor is geen nieuwe status voorgesteld.",
  deleteNotYours: "Alleen wie de afspraak maakte of de regie kan ze verwijderen.",
  beforeMissing: "Stuur bij elk antwoord ook het vorige antwoord mee.",
} as const;
