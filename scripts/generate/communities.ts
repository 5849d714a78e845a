/**
 * Name pools for generated residents, by community, as one meets them in Brussels and its Flemish periphery. All
 * combinations are invented; the pools only make lists, searches and sorting look and behave like the real thing
 * (accents, particles such as "Van den", "El", apostrophes, common prefixes like "Jan-").
 */

export type CommunityId =
  | "flemish"
  | "francophone"
  | "moroccan"
  | "turkish"
  | "congolese"
  | "polish"
  | "romanian"
  | "southern"
  | "levantine"
  | "international";

export interface Community {
  first: readonly string[];
  last: readonly string[];
  /** Language sets (ISO 639 codes as the people form accepts them) with weights. */
  languages: readonly (readonly [readonly string[], number])[];
}

export const COMMUNITIES: Record<CommunityId, Community> = {
  flemish: {
    first: [
      "Jan", "Joris", "Pieter", "Bart", "Wim", "Luc", "Dirk", "Koen", "Tom", "Stijn", "Jef", "Rik", "Wout", "Jens", "Lars",
      "Jozef", "Lotte", "Els", "An", "Sofie", "Hanne", "Lieve", "Greet", "Marleen", "Katrien", "Jana", "Janne", "Fien",
      "Nele", "Griet", "Mieke", "Ilse", "Emma", "Noah", "Lien", "Jente", "Seppe", "Roel", "Hilde", "Rita",
    ],
    last: [
      "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
      "Vermeulen", "Aerts", "Hermans", "Michiels", "Declercq", "Van den Broeck", "Van Damme", "De Backer", "Verstraeten",
      "Coppens", "Jansen", "Van de Velde", "Smets", "Lemmens", "Cools", "Pauwels", "Timmermans", "De Vos",
      "Vandenberghe", "Van Hoof", "Segers", "Wuyts", "Verhoeven", "D'Hondt", "Van Acker",
    ],
    languages: [[["nl"], 6], [["nl", "fr"], 3], [["nl", "en"], 2], [["nl", "fr", "en"], 1]],
  },
  francophone: {
    first: [
      "Jean", "Pierre", "Michel", "Philippe", "Marc", "Jacques", "Christophe", "Nicolas", "Julien", "Thomas", "Louis",
      "Hugo", "Arthur", "Jean-Marc", "Jean-Luc", "Marie", "Nathalie", "Isabelle", "Chantal", "Sophie", "Catherine",
      "Véronique", "Anne", "Camille", "Manon", "Jeanne", "Janine", "Léa", "Chloé", "Céline", "Françoise", "Hélène",
      "Agnès", "Renée", "Zoé",
    ],
    last: [
      "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Simon", "Laurent", "Lejeune", "Renard", "Dumont", "Lefebvre",
      "Lemaire", "Mathieu", "François", "Denis", "Collard", "Gilson", "Fontaine", "Mercier", "Jacquet", "Hubert", "Noël",
      "Charlier", "Gérard", "Marchal", "Dethier", "Piette", "Henrard", "Gillet", "Delvaux", "Lecomte", "Jadoul",
    ],
    languages: [[["fr"], 6], [["fr", "nl"], 2], [["fr", "en"], 2], [["fr", "nl", "en"], 1]],
  },
  moroccan: {
    first: [
      "Mohamed", "Ahmed", "Youssef", "Karim", "Rachid", "Saïd", "Hamza", "Bilal", "Mehdi", "Ayoub", "Soufiane", "Ilias",
      "Anas", "Adam", "Fatima", "Aïcha", "Nadia", "Khadija", "Samira", "Naïma", "Salma", "Imane", "Yasmina", "Zineb",
      "Hajar", "Malika", "Ikram", "Sara", "Latifa", "Janat",
    ],
    last: [
      "El Amrani", "Benali", "Bouzid", "El Idrissi", "Bakkali", "Azzouzi", "El Ouardi", "Amrani", "Haddou", "Chakir",
      "Ouali", "Boukhari", "Tahiri", "El Khattabi", "Benjelloun", "Ziani", "Alaoui", "Lahlou", "Mansouri", "Zaoui",
      "El Hajjaji", "Ait Ouarab", "Bennani", "Kharbouch",
    ],
    languages: [[["ar", "fr"], 4], [["fr"], 2], [["ar", "nl"], 2], [["ber", "fr"], 1], [["ar", "fr", "nl"], 1]],
  },
  turkish: {
    first: [
      "Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Hasan", "Hüseyin", "Ali", "Yusuf", "Kemal", "Can",
      "Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Hatice", "Merve", "Esra", "Büşra", "Selin", "Cansu", "Derya",
    ],
    last: [
      "Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
      "Aslan", "Koç", "Kurt", "Özdemir", "Erdem", "Janbaz",
    ],
    languages: [[["tr", "nl"], 3], [["tr", "fr"], 3], [["tr"], 2], [["tr", "fr", "nl"], 1]],
  },
  congolese: {
    first: [
      "Jean-Pierre", "Patrick", "Serge", "Didier", "Christian", "Fabrice", "Olivier", "Blaise", "Prince", "Junior",
      "Grace", "Esther", "Marie-Claire", "Solange", "Nadine", "Gloria", "Divine", "Ruth", "Josiane", "Christelle",
    ],
    last: [
      "Mukendi", "Kabongo", "Tshibangu", "Ilunga", "Kalonji", "Mbuyi", "Kasongo", "Mulamba", "Ngoy", "Nsimba",
      "Makiese", "Mbala", "Kanza", "Lukusa", "Nzuzi", "Tshimanga",
    ],
    languages: [[["fr", "ln"], 4], [["fr"], 3], [["fr", "sw"], 1], [["fr", "en"], 1]],
  },
  polish: {
    first: [
      "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Jan", "Janusz", "Anna", "Katarzyna", "Agnieszka",
      "Małgorzata", "Magdalena", "Joanna", "Janina", "Ewa", "Marta",
    ],
    last: [
      "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zieliński", "Szymański",
      "Jankowski", "Dąbrowski", "Kozłowska", "Mazur", "Krawczyk",
    ],
    languages: [[["pl"], 2], [["pl", "en"], 2], [["pl", "nl"], 1], [["pl", "fr"], 1]],
  },
  romanian: {
    first: ["Andrei", "Mihai", "Ion", "Alexandru", "Gabriel", "Florin", "Ioana", "Elena", "Maria", "Andreea", "Cristina", "Daniela", "Ana"],
    last: ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Gheorghe", "Munteanu", "Stoica", "Radu", "Dinu"],
    languages: [[["ro"], 2], [["ro", "fr"], 2], [["ro", "en"], 1], [["ro", "nl"], 1]],
  },
  southern: {
    first: [
      "Giuseppe", "Antonio", "Marco", "Luca", "Giovanni", "José", "Manuel", "Carlos", "João", "Francesca", "Giulia",
      "Rosa", "Carmen", "Lucia", "Ana", "Maria", "Concetta", "Inês",
    ],
    last: [
      "Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Ricci", "García", "Fernández", "López", "Martínez",
      "Rodríguez", "Silva", "Santos", "Ferreira", "Pereira", "Costa", "Di Stefano", "Lo Bue",
    ],
    languages: [[["it", "fr"], 3], [["es", "fr"], 3], [["pt", "fr"], 2], [["es"], 1], [["it"], 1], [["fr"], 1]],
  },
  levantine: {
    first: ["Ahmad", "Omar", "Khaled", "Mahmoud", "Ali", "Hussein", "Rami", "Jamal", "Leila", "Rania", "Huda", "Noor", "Lina", "Maryam", "Reem"],
    last: ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "Darwish", "Hamdan", "Nasser", "Al-Khatib", "Shami", "Jaber"],
    languages: [[["ar"], 3], [["ar", "en"], 2], [["ar", "fr"], 1], [["ar", "nl"], 1], [["ku", "ar"], 1]],
  },
  international: {
    first: ["James", "David", "Michael", "Daniel", "Oliver", "Rahul", "Sarah", "Emily", "Laura", "Emma", "Sophie", "Priya", "Jane", "Janet"],
    last: ["Smith", "Jones", "Brown", "Taylor", "Wilson", "O'Brien", "Murphy", "Patel", "Sharma", "Müller", "Schmidt", "Andersson", "Nielsen"],
    languages: [[["en"], 3], [["en", "fr"], 2], [["en", "nl"], 1], [["de", "en"], 1]],
  },
};

/** Kinds of contact, as the people router knows them, with weights (a few people have none recorded yet). */
export const KIND_SETS: readonly (readonly [readonly string[], number])[] = [
  [["resident"], 55],
  [["volunteer"], 12],
  [["resident", "volunteer"], 8],
  [["informal_carer", "resident"], 10],
  [["key_figure"], 4],
  [["informal_carer"], 3],
  [["other"], 3],
  [[], 5],
];

export const NOTES = [
  "Woont alleen sinds het overlijden van haar man; krijgt weinig bezoek.",
  "Heeft moeite met de trap; vraagt hulp bij boodschappen.",
  "Mantelzorger voor zijn moeder, raakt overbelast.",
  "Vit seule, souhaite participer aux activités du quartier.",
  "Difficultés administratives (CPAS, mutuelle); suivi par l'assistante sociale.",
  "Spreekt weinig Nederlands; tolk via Brussels Onthaalbureau.",
  "Wil graag vrijwilliger worden bij de buurtrestaurant.",
  "Rentre d'hospitalisation, besoin d'aide à domicile temporaire.",
  "Eenzaam, geen familie in België. Wekelijks telefoontje afgesproken.",
  "A perdu son logement, hébergé temporairement chez sa soeur.",
];

export const CONSENT_PURPOSES = [
  "Contact opnemen voor buurtactiviteiten",
  "Gegevens delen met partnerorganisaties in de buurt",
  "Opvolging door de zorgregisseur",
  "Prise de contact pour les activités du quartier",
  "Partage des données avec les partenaires du réseau",
  "Suivi par le référent social",
];

export const ORGANISATION_TEMPLATES: readonly { name: string; kind: string }[] = [
  { name: "OCMW {c}", kind: "OCMW" },
  { name: "CPAS de {c}", kind: "CPAS" },
  { name: "Lokaal Dienstencentrum {c}", kind: "Lokaal dienstencentrum" },
  { name: "Maison médicale {c}", kind: "Maison médicale" },
  { name: "Buurtwerk {c} vzw", kind: "vzw" },
  { name: "Maison de quartier {c}", kind: "asbl" },
  { name: "Huis van het Kind {c}", kind: "Huis van het Kind" },
  { name: "Samenlevingsopbouw {c}", kind: "vzw" },
  { name: "Solidarité Seniors {c} asbl", kind: "asbl" },
];

export const STAFF_ROLES: readonly (readonly [string[], number])[] = [
  [["regie"], 15],
  [["field_worker"], 35],
  [["partner"], 20],
  [["volunteer"], 25],
  [["regie", "field_worker"], 5],
];
