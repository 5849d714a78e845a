/** What the procedures answer, in the words of the people using the module. */
export const E = {
  session: "Deze sessie bestaat niet.",
  theme: "Dit thema bestaat niet.",
  question: "Deze vraag bestaat niet.",
  item: "Deze vraag staat niet (meer) in de sessie.",
  action: "Dit actiepunt bestaat niet.",
  rhythm: "Dit ritme bestaat niet.",
  report: "Dit verslag bestaat niet.",
  notice: "Deze melding bestaat niet.",
  neighbourhood: "Deze buurt bestaat niet.",
  member: "Deze persoon is geen lid van deze omgeving.",
  closed: "Deze sessie is afgesloten. Vraag de regie om ze te heropenen als je nog iets wilt aanpassen.",
  sessionConflict:
    "Iemand anders heeft deze sessie intussen aangepast. Je ziet nu de nieuwste versie; jouw laatste wijziging is niet bewaard.",
  itemConflict:
    "Iemand anders heeft dit antwoord intussen aangepast. Je ziet nu de nieuwste tekst; jouw laatste wijziging is niet bewaard.",
  fanEmpty: "Alle vragen van de gekozen thema's kwamen al aan bod. Kies een extra thema of kies zelf een vraag.",
  noThemes: "Kies eerst minstens één thema voor deze sessie.",
  alreadyAsked: "Deze vraag kwam in deze sessie al aan bod.",
  successesRequired: "Schrijf eerst op wat goed ging en waar jullie trots op zijn: dat hoort bij het afsluiten.",
  starterThemeDelete: "Een thema uit de startset kun je verbergen, niet verwijderen.",
  starterQuestionDelete: "Een vraag uit de startset kun je verbergen, niet verwijderen.",
  notStarter: "Deze vraag komt niet uit de startset: er is geen oorspronkelijke tekst om naar terug te gaan.",
  starterGone: "Deze vraag staat niet meer in de startset.",
  reportNotReady: "Het verslag is nog niet klaar. Wacht tot de voortgangsbalk vol is.",
  oneLanguage: "Vul de tekst in minstens één taal in.",
  ownerTwice: "Kies een lid óf typ een naam als eigenaar, niet allebei.",
} as const;
