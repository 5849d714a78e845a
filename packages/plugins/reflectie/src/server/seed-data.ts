/**
 * Demo history of the Reflectie module, in Dutch and French (the demo tenants' languages). Dates are days relative to
 * the day the seed runs; due dates of action points likewise, so some are overdue and some are not.
 */
type Role = "regie" | "field_worker" | "partner" | "volunteer" | "admin";

export interface DemoText {
  nl: string;
  fr: string;
}

export interface DemoSession {
  title: DemoText;
  /** Days from today (negative: in the past). */
  day: number;
  themes: string[];
  participants: Role[];
  guests: string[];
  status: "draft" | "in_progress" | "closed";
  items: { question: string; how: "drawn" | "picked"; answer: DemoText; insights: DemoText }[];
  actions: {
    text: DemoText;
    owner: Role | { guest: string };
    dueDay: number | null;
    status: "open" | "in_progress" | "done" | "dropped";
    item?: number;
  }[];
  successes: DemoText;
  withRhythm?: boolean;
}

export const DEMO_RHYTHM = {
  name: { nl: "Teamreflectie buurtwerk", fr: "Réflexion d'équipe" },
  intervalWeeks: 6,
  participants: ["regie", "field_worker", "partner"] as Role[],
};

export const DEMO_SESSIONS: DemoSession[] = [
  {
    title: { nl: "Waar staan we na een half jaar?", fr: "Où en sommes-nous après six mois ?" },
    day: -150,
    themes: ["visie", "werken-vanuit-de-buurt"],
    participants: ["regie", "field_worker", "admin"],
    guests: [],
    status: "closed",
    items: [
      {
        question: "visie-02",
        how: "drawn",
        answer: {
          nl: "Voor ons is het een buurt waar niemand er alleen voor staat: mensen kennen hun buren en weten waar ze terechtkunnen.",
          fr: "Pour nous, c'est un quartier où personne n'est seul : les gens connaissent leurs voisins et savent où s'adresser.",
        },
        insights: {
          nl: "We gebruiken nog te veel vaktaal als we onze visie uitleggen.",
          fr: "Nous utilisons encore trop de jargon pour expliquer notre vision.",
        },
      },
      {
        question: "werken-vanuit-de-buurt-04",
        how: "picked",
        answer: {
          nl: "Bewoners missen een plek om binnen te lopen sinds de bankkantoor en het café dichtgingen. Ook de bus rijdt minder vaak.",
          fr: "Les habitants regrettent un lieu où passer depuis la fermeture de l'agence bancaire et du café. Le bus passe aussi moins souvent.",
        },
        insights: {
          nl: "Wat ontbreekt is even belangrijk als wat er is: we houden een lijst bij.",
          fr: "Ce qui manque compte autant que ce qui existe : nous tenons une liste.",
        },
      },
      {
        question: "werken-vanuit-de-buurt-05",
        how: "drawn",
        answer: {
          nl: "Eerlijk: twee dagen per week achter de computer. Dat is te veel.",
          fr: "Honnêtement : deux jours par semaine derrière l'ordinateur. C'est trop.",
        },
        insights: {
          nl: "Vaste wandelmomenten inplannen, zoals een afspraak.",
          fr: "Planifier des tournées à pied fixes, comme un rendez-vous.",
        },
      },
    ],
    actions: [
      {
        text: { nl: "Elke dinsdagvoormiddag een vaste buurtwandeling", fr: "Une tournée de quartier fixe chaque mardi matin" },
        owner: "field_worker",
        dueDay: -120,
        status: "done",
        item: 2,
      },
      {
        text: { nl: "Visietekst herschrijven in eenvoudige taal", fr: "Réécrire le texte de vision en langage simple" },
        owner: "regie",
        dueDay: -110,
        status: "dropped",
        item: 0,
      },
    ],
    successes: {
      nl: "Het soepmoment op woensdag loopt vanzelf: bewoners brengen zelf soep mee. We zijn trots dat Jeanine na maanden weer buiten komt.",
      fr: "Le moment soupe du mercredi tourne tout seul : les habitants apportent eux-mêmes de la soupe. Nous sommes fiers que Jeanine sorte à nouveau après des mois.",
    },
  },
  {
    title: { nl: "Wie bereiken we (nog) niet?", fr: "Qui n'atteignons-nous pas (encore) ?" },
    day: -105,
    themes: ["bewoners-bereiken", "communicatie"],
    participants: ["regie", "field_worker"],
    guests: ["Fatima (sleutelfiguur)"],
    status: "closed",
    items: [
      {
        question: "bewoners-bereiken-01",
        how: "drawn",
        answer: {
          nl: "Jonge gezinnen en mensen die pas in de buurt wonen. Ze werken overdag en kennen ons niet.",
          fr: "Les jeunes familles et les nouveaux venus. Ils travaillent en journée et ne nous connaissent pas.",
        },
        insights: {
          nl: "Activiteiten ook op zaterdag, aan de schoolpoort aankondigen.",
          fr: "Des activités aussi le samedi, annoncées à la sortie de l'école.",
        },
      },
      {
        question: "communicatie-03",
        how: "picked",
        answer: {
          nl: "Onze flyer was alleen in het Nederlands en vol tekst. Fatima vertaalde hem mondeling in de moskee.",
          fr: "Notre flyer était seulement en néerlandais et plein de texte. Fatima l'a traduit oralement à la mosquée.",
        },
        insights: {
          nl: "Meer pictogrammen, drie talen, en sleutelfiguren vragen om mee te vertellen.",
          fr: "Plus de pictogrammes, trois langues, et demander aux personnes-clés de relayer.",
        },
      },
      {
        question: "bewoners-bereiken-06",
        how: "drawn",
        answer: {
          nl: "De kapper, de apotheker en de voorzitter van de petanqueclub horen veel.",
          fr: "Le coiffeur, le pharmacien et le président du club de pétanque entendent beaucoup de choses.",
        },
        insights: {
          nl: "Sleutelfiguren toevoegen aan de partnerkaart.",
          fr: "Ajouter les personnes-clés à la carte des partenaires.",
        },
      },
    ],
    actions: [
      {
        text: { nl: "Flyer in drie talen met pictogrammen", fr: "Flyer en trois langues avec pictogrammes" },
        owner: "regie",
        dueDay: -80,
        status: "done",
        item: 1,
      },
      {
        text: { nl: "Kennismaking met de kapper en de apotheker", fr: "Faire connaissance avec le coiffeur et le pharmacien" },
        owner: "field_worker",
        dueDay: -60,
        status: "open",
        item: 2,
      },
    ],
    successes: {
      nl: "Fatima wil een vaste brug zijn naar de vrouwengroep. Drie nieuwe gezinnen kwamen naar het buurtfeest.",
      fr: "Fatima veut être un pont régulier vers le groupe de femmes. Trois nouvelles familles sont venues à la fête de quartier.",
    },
  },
  {
    title: { nl: "Samenwerken met onze partners", fr: "Collaborer avec nos partenaires" },
    day: -63,
    themes: ["samenwerking", "netwerken", "ontmoeting-professionals"],
    participants: ["regie", "field_worker", "partner"],
    guests: [],
    status: "closed",
    items: [
      {
        question: "netwerken-01",
        how: "drawn",
        answer: {
          nl: "Echt samen: het dienstencentrum en het buurtwerk. Op papier: de huisvestingsmaatschappij.",
          fr: "Vraiment ensemble : le centre de services et le travail de quartier. Sur le papier : la société de logement.",
        },
        insights: {
          nl: "Een vast aanspreekpunt bij de huisvestingsmaatschappij vragen.",
          fr: "Demander un point de contact fixe à la société de logement.",
        },
      },
      {
        question: "samenwerking-05",
        how: "picked",
        answer: {
          nl: "We sturen elkaar nu namen door via mail. Dat moet anders, met toestemming van de bewoner.",
          fr: "Nous nous envoyons des noms par e-mail. Il faut changer cela, avec l'accord de l'habitant.",
        },
        insights: {
          nl: "Een doorverwijsfiche met toestemming, één vast contactpunt.",
          fr: "Une fiche d'orientation avec consentement, un seul point de contact.",
        },
      },
      {
        question: "ontmoeting-professionals-02",
        how: "drawn",
        answer: {
          nl: "Dankzij het overleg kreeg meneer Peeters op twee weken thuiszorg én een buddy.",
          fr: "Grâce à la concertation, M. Peeters a obtenu en deux semaines des soins à domicile et un binôme.",
        },
        insights: {
          nl: "Casusoverleg werkt als het kort en concreet blijft.",
          fr: "La concertation de cas fonctionne si elle reste courte et concrète.",
        },
      },
    ],
    actions: [
      {
        text: { nl: "Doorverwijsfiche met toestemming uitwerken", fr: "Élaborer une fiche d'orientation avec consentement" },
        owner: "partner",
        dueDay: -20,
        status: "in_progress",
        item: 1,
      },
      {
        text: {
          nl: "Afspraak met de huisvestingsmaatschappij over een aanspreekpunt",
          fr: "Rendez-vous avec la société de logement pour un point de contact",
        },
        owner: "regie",
        dueDay: 10,
        status: "open",
        item: 0,
      },
    ],
    successes: {
      nl: "Het casusoverleg hielp meneer Peeters snel. De partners kwamen allemaal, ook de school.",
      fr: "La concertation de cas a aidé M. Peeters rapidement. Tous les partenaires sont venus, l'école aussi.",
    },
  },
  {
    title: { nl: "Burenhulp en vrijwilligers", fr: "Entraide et bénévoles" },
    day: -21,
    themes: ["burenhulp", "vrijwilligers"],
    participants: ["regie", "field_worker", "volunteer"],
    guests: [],
    status: "closed",
    items: [
      {
        question: "burenhulp-02",
        how: "drawn",
        answer: {
          nl: "Mevrouw Janssens krijgt hulp bij boodschappen en geeft nu zelf huiswerkbegeleiding aan de buurjongen.",
          fr: "Mme Janssens reçoit de l'aide pour ses courses et donne maintenant elle-même de l'aide aux devoirs au fils des voisins.",
        },
        insights: {
          nl: "Bij elke hulpvraag ook vragen wat iemand zelf graag doet.",
          fr: "À chaque demande d'aide, demander aussi ce que la personne aime faire elle-même.",
        },
      },
      {
        question: "vrijwilligers-04",
        how: "drawn",
        answer: {
          nl: "Twee vrijwilligers doen bijna alle ritten. Ze zeggen zelden nee.",
          fr: "Deux bénévoles assurent presque tous les trajets. Ils disent rarement non.",
        },
        insights: {
          nl: "Beurtrol voor de ritten en een maandelijkse check-in.",
          fr: "Un tour de rôle pour les trajets et un point mensuel.",
        },
      },
    ],
    actions: [
      {
        text: { nl: "Beurtrol voor de ritten opstellen", fr: "Établir un tour de rôle pour les trajets" },
        owner: "volunteer",
        dueDay: 14,
        status: "open",
        item: 1,
      },
      {
        text: { nl: "Bedankmoment voor de vrijwilligers", fr: "Moment de remerciement pour les bénévoles" },
        owner: "regie",
        dueDay: -7,
        status: "done",
      },
    ],
    successes: {
      nl: "Vijf nieuwe matches tussen buren deze maand. Vera bracht twee nieuwe vrijwilligers mee.",
      fr: "Cinq nouvelles mises en relation entre voisins ce mois-ci. Victor a amené deux nouveaux bénévoles.",
    },
  },
  {
    title: { nl: "Volgende teamreflectie", fr: "Prochaine réflexion d'équipe" },
    day: 7,
    themes: ["buurtwerker", "ondersteuning"],
    participants: ["regie", "field_worker", "partner"],
    guests: [],
    status: "draft",
    items: [],
    actions: [],
    successes: { nl: "", fr: "" },
    withRhythm: true,
  },
];
