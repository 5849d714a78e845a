/** The fictional demo tenants. Every name, address and person here is invented. */

export const DEMO_PASSWORD = "Zonnebloem-Buurt-2026";

type Ring = [number, number][];
function box(lng: number, lat: number, w: number, h: number): { type: "Polygon"; coordinates: Ring[] } {
  return {
    type: "Polygon",
    coordinates: [
      [
        [lng, lat],
        [lng + w, lat],
        [lng + w, lat + h],
        [lng, lat + h],
        [lng, lat],
      ],
    ],
  };
}

export interface DemoTenant {
  slug: string;
  name: string;
  defaultLocale: "nl" | "fr" | "en";
  center: [number, number];
  organisations: { name: string; kind: string }[];
  neighbourhoods: { name: string; description: string; boundary: ReturnType<typeof box> | null }[];
  users: { email: string; name: string; roles: string[]; organisation?: string; neighbourhoods?: string[] }[];
  /** People added by name besides the generated ones (e.g. a long unbroken name that pages must wrap). */
  namedPeople?: { firstName: string; lastName: string; neighbourhood: string }[];
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: "zonnedal",
    name: "Gemeente Zonnedal",
    defaultLocale: "nl",
    center: [4.7, 50.88],
    organisations: [
      { name: "OCMW Zonnedal", kind: "OCMW" },
      { name: "LDC De Linde", kind: "Lokaal dienstencentrum" },
      { name: "Buurtwerk Zonnedal vzw", kind: "vzw" },
      // One unbroken 64-letter word: pages must wrap it on a phone (apps/web/e2e/homes.spec.ts checks every page).
      { name: "Samenwerkingsverbandvoorbuurtgerichtezorgenwelzijnsondersteuning", kind: "vzw" },
    ],
    neighbourhoods: [
      { name: "Centrum", description: "Rond de markt en de kerk, veel alleenwonende ouderen.", boundary: box(4.69, 50.875, 0.012, 0.008) },
      { name: "Molenwijk", description: "Sociale woonwijk achter de oude molen.", boundary: box(4.703, 50.875, 0.01, 0.009) },
      { name: "Kerkveld", description: "Nieuwe verkaveling, jonge gezinnen.", boundary: null },
    ],
    users: [
      { email: "admin@zonnedal.demo", name: "An Admin", roles: ["admin"], organisation: "OCMW Zonnedal" },
      { email: "regie@zonnedal.demo", name: "Ruben Regie", roles: ["regie"], organisation: "OCMW Zonnedal" },
      {
        email: "veldwerker@zonnedal.demo",
        name: "Fatima Veldwerker",
        roles: ["field_worker"],
        organisation: "LDC De Linde",
        neighbourhoods: ["Molenwijk"],
      },
      { email: "partner@zonnedal.demo", name: "Pieter Partner", roles: ["partner"], organisation: "Buurtwerk Zonnedal vzw" },
      { email: "vrijwilliger@zonnedal.demo", name: "Vera Vrijwilliger", roles: ["volunteer"] },
      { email: "coordinator@zorgzaam.demo", name: "Co Ordinator", roles: ["regie"], organisation: "LDC De Linde" },
    ],
    namedPeople: [
      {
        firstName: "Maximiliaan",
        lastName: "Vandenbroeckevanderstraetenvanhoutteverhaegheverschuerenvanacker",
        neighbourhood: "Molenwijk",
      },
    ],
  },
  {
    slug: "brussel-noord",
    name: "Partenariat Bruxelles-Nord / Partnerschap Brussel-Noord",
    defaultLocale: "fr",
    center: [4.375, 50.865],
    organisations: [
      { name: "Maison de quartier Helmet", kind: "asbl" },
      { name: "Samen Ouder vzw", kind: "vzw" },
    ],
    neighbourhoods: [
      { name: "Helmet", description: "Quartier dense, très multilingue.", boundary: box(4.37, 50.865, 0.01, 0.007) },
      { name: "Josaphat", description: "Autour du parc Josaphat.", boundary: box(4.381, 50.86, 0.009, 0.007) },
    ],
    users: [
      { email: "admin@brussel-noord.demo", name: "Amina Admin", roles: ["admin"], organisation: "Maison de quartier Helmet" },
      { email: "regie@brussel-noord.demo", name: "Régis Regie", roles: ["regie"], organisation: "Samen Ouder vzw" },
      {
        email: "veldwerker@brussel-noord.demo",
        name: "Yusuf Veldwerker",
        roles: ["field_worker"],
        organisation: "Maison de quartier Helmet",
        neighbourhoods: ["Helmet"],
      },
      { email: "partner@brussel-noord.demo", name: "Paula Partner", roles: ["partner"], organisation: "Samen Ouder vzw" },
      { email: "vrijwilliger@brussel-noord.demo", name: "Victor Vrijwilliger", roles: ["volunteer"] },
      { email: "coordinator@zorgzaam.demo", name: "Co Ordinator", roles: ["regie"], organisation: "Samen Ouder vzw" },
    ],
  },
];

export const DEMO_OPERATOR = { email: "operator@zorgzaam.demo", name: "Olivia Operator" };

export const FIRST_NAMES = [
  "Maria",
  "Jan",
  "Fatima",
  "Mohamed",
  "Els",
  "Luc",
  "Aïcha",
  "Marc",
  "Sofie",
  "Youssef",
  "Nadia",
  "Jozef",
  "Hanne",
  "Ahmed",
  "Rita",
  "Karim",
  "Lotte",
  "Pieter",
  "Ines",
  "Omar",
  "Chantal",
  "Dirk",
  "Leila",
  "Bart",
  "Zeynep",
  "Emma",
  "Noah",
  "Anna",
  "Rachid",
  "Greet",
];
export const LAST_NAMES = [
  "Peeters",
  "Janssens",
  "Maes",
  "El Amrani",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Benali",
  "Wouters",
  "De Smet",
  "Dubois",
  "Lambert",
  "Yilmaz",
  "Dupont",
  "Vermeulen",
  "Aerts",
  "Kaya",
  "Martin",
  "Hermans",
  "Bouzid",
  "Michiels",
  "Leroy",
  "Declercq",
];
export const LANGUAGE_SETS = [["nl"], ["nl", "fr"], ["fr"], ["ar", "fr"], ["tr", "nl"], ["nl", "en"], ["ar", "nl"], ["fr", "en"]];
export const KIND_SETS = [
  ["resident"],
  ["resident"],
  ["volunteer"],
  ["key_figure"],
  ["informal_carer", "resident"],
  ["resident", "volunteer"],
];

/**
 * Messages residents sent through the public contact form (the contact point's inbox): two still new (its members see
 * them on their home), one answered and in progress, one done. Each on a new person with the consent given online.
 */
export const DEMO_CONTACT_MESSAGES: {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  locale: "nl" | "fr" | "en";
  body: string;
  status: "new" | "in_progress" | "done";
  daysAgo: number;
  reply?: string;
  notes?: string;
}[] = [
  {
    firstName: "Rachida",
    lastName: "El Idrissi",
    email: "rachida.elidrissi@voorbeeld.demo",
    phone: null,
    locale: "fr",
    body: "Bonjour, ma mère (82 ans) vit seule et ne sort plus beaucoup. Est-ce que quelqu'un pourrait passer lui dire bonjour de temps en temps ?",
    status: "new",
    daysAgo: 0,
  },
  {
    firstName: "Wim",
    lastName: "Verhoeven",
    email: null,
    phone: "0476 12 34 56",
    locale: "nl",
    body: "Ik wil graag een paar uur per week helpen, bijvoorbeeld met boodschappen of een wandeling. Hoe begin ik?",
    status: "new",
    daysAgo: 1,
  },
  {
    firstName: "Joke",
    lastName: "De Smet",
    email: "joke.desmet@voorbeeld.demo",
    phone: null,
    locale: "nl",
    body: "Onze buurvrouw heeft sinds haar val hulp nodig met de trap naar de kelder. Kunnen jullie iets regelen?",
    status: "in_progress",
    daysAgo: 4,
    reply: "Dag Joke, bedankt voor je bericht. Onze buurtwerker belt je deze week om samen te kijken wat je buurvrouw nodig heeft.",
    notes: "Buurtwerker belt donderdag; mogelijk ook Burenhulp (klusje).",
  },
  {
    firstName: "Tom",
    lastName: "Jacobs",
    email: "tom.jacobs@voorbeeld.demo",
    phone: null,
    locale: "en",
    body: "Is there a Dutch conversation group in the neighbourhood? I moved here recently.",
    status: "done",
    daysAgo: 12,
    reply: "Hello Tom, welcome! The library hosts a conversation table every Wednesday at 14:00. You are very welcome there.",
  },
];
