/** What the network, changes and gaps procedures answer, in the words of the people using them. */
export const NE = {
  day: "Ongeldige datum. Gebruik de vorm jjjj-mm-dd.",
  range: "De begindatum moet op of voor de einddatum liggen.",
  neighbourhood: "Deze buurt bestaat niet.",
} as const;
