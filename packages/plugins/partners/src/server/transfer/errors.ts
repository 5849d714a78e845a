/** What the import and export answer, in the words of the people using them (short Dutch sentences they can act on). */
export const T = {
  import: "Deze import bestaat niet (of is van een andere organisatie).",
  empty: "Het bestand is leeg.",
  tooBig: (mb: number) => `Het bestand is te groot: maximaal ${mb} MB. Splits het in kleinere bestanden.`,
  badBase64: "Het bestand kwam niet goed door. Probeer het opnieuw.",
  unknownFormat:
    "Dit bestandstype kennen we niet. Gebruik een CSV-bestand (.csv), een Excel-bestand (.xlsx) of een HSDS-zip met datapackage.json.",
  oldExcel: "Oude Excel-bestanden (.xls) kunnen we niet lezen. Bewaar het bestand in Excel als .xlsx of als CSV.",
  notText:
    "Dit bestand is geen leesbare tekst. Bewaar het in Excel als 'CSV (gescheiden door lijstscheidingsteken)' of als .xlsx en probeer opnieuw.",
  noHeader: "We vinden geen rij met kolomnamen. De eerste rij van het bestand moet de namen van de kolommen bevatten.",
  noRows: "Het bestand bevat geen rijen onder de kolomnamen.",
  tooManyRows: (max: number) => `Het bestand heeft meer dan ${max.toLocaleString("nl-BE")} rijen. Splits het in kleinere bestanden.`,
  tooManyColumns: (max: number) => `Het bestand heeft meer dan ${max} kolommen. Laat de kolommen weg die je niet nodig hebt.`,
  csvBroken: (line: number | null) =>
    `Het bestand is geen geldig CSV-bestand${line ? ` (rond regel ${line})` : ""}: een aanhalingsteken wordt niet afgesloten. Controleer die regel of bewaar het bestand opnieuw vanuit Excel.`,
  xlsxBroken: "Dit Excel-bestand kan niet gelezen worden. Open het in Excel en bewaar het opnieuw als .xlsx.",
  xlsxEmpty: "Dit Excel-bestand heeft geen werkblad met gegevens.",
  zipBroken: "Deze zip kan niet gelezen worden. Maak de zip opnieuw.",
  hsdsMissing: "In deze zip staat geen organizations.csv of services.csv (HSDS). Kies het juiste bestand.",
  hsdsDatapackage: "De datapackage.json in deze zip is geen geldige JSON.",
  nameNotMapped: "Kies welke kolom de naam bevat: zonder naam kunnen we geen actoren maken.",
  columnOutOfRange: "Een gekozen kolom bestaat niet in het bestand. Kies de kolommen opnieuw.",
  columnTwice: (label: string) => `Dezelfde kolom is voor twee velden gekozen (${label}). Kies voor elk veld een andere kolom.`,
  privateNeedsOrganisation: "Je bent geen lid van een organisatie: geïmporteerde actoren worden met het hele partnerschap gedeeld.",
  notPreviewed: "Bekijk eerst het voorbeeld van de import.",
  hasErrors: (n: number) =>
    `Er ${n === 1 ? "is 1 fout" : `zijn ${n} fouten`} in het bestand. Verbeter het bestand (of de koppeling van de kolommen) en probeer opnieuw: we importeren niets zolang er fouten zijn.`,
  alreadyStarted: "Deze import is al gestart.",
  finished: "Deze import is al afgerond.",
  fileDropped: "Het bestand van deze import is niet meer bewaard. Laad het opnieuw op.",
  duplicateRow: "Deze rij staat niet in de lijst van dubbels.",
  updateNotAllowed:
    "Deze bestaande actor hoort bij een andere organisatie en kan niet bijgewerkt worden. Kies overslaan of als nieuw importeren.",
  updateInFile: "Een dubbel binnen het bestand kan niet 'bijwerken': kies overslaan of als nieuw importeren.",
  moduleWasOff: "De import is niet uitgevoerd omdat de module intussen uitgeschakeld was. Start hem opnieuw.",
  jobFailed: "De import is mislukt; er is niets geïmporteerd. Probeer het later opnieuw of vraag hulp.",
  // Row-level problems (shown with the row number and column).
  row: {
    nameMissing: "De naam ontbreekt.",
    nameTooLong: "De naam is langer dan 200 tekens.",
    tooLong: (max: number) => `Langer dan ${max} tekens.`,
    unknownKind: (v: string) => `Onbekende soort "${v}". Kies bij 'Waarden' welke soort dit is.`,
    keyFigure: "Sleutelfiguren (personen) importeren we niet: voeg ze één voor één toe, met hun toestemming.",
    unknownSector: (v: string) => `Onbekende sector "${v}". Kies bij 'Waarden' welke sector dit is.`,
    unknownStatus: (v: string) => `Onbekende relatie "${v}". Kies bij 'Waarden' welke relatie dit is.`,
    unknownFormal: (v: string) => `"${v}" is geen ja of nee.`,
    notNumber: (v: string) => `"${v}" is geen getal.`,
    latRange: "De breedtegraad moet tussen -90 en 90 liggen (bijvoorbeeld 50,85).",
    lngRange: "De lengtegraad moet tussen -180 en 180 liggen (bijvoorbeeld 4,35).",
    halfPoint: "Geef zowel breedte- als lengtegraad, of geen van beide.",
    email: (v: string) => `"${v}" is geen geldig e-mailadres.`,
    website: (v: string) => `"${v}" is geen geldig webadres.`,
    garbled: (v: string) =>
      `De tekst bevat verminkte letters ("${v}"). Het bestand is waarschijnlijk in een andere tekenset bewaard: bewaar het opnieuw als 'CSV UTF-8'.`,
    tooManyTags: "Meer dan 30 labels.",
    tooManySectors: "Meer dan 20 sectoren.",
  },
  export: {
    tooMany: (max: number) => `Er zijn meer dan ${max.toLocaleString("nl-BE")} actoren om te exporteren. Gebruik een filter.`,
  },
} as const;
