import type { SeedContext } from "@zorgzaam/core/plugin";
import { DEFAULT_ROUND_STATUSES } from "./input";
import { NETWORK_KEYS } from "./questions";

const DAY = 86_400_000;
type Lang = "nl" | "fr";
type L = Record<Lang, string>;

const TITLES = {
  past: { nl: "Netwerkevaluatie voorjaar", fr: "Évaluation du réseau – printemps" },
  now: { nl: "Netwerkevaluatie najaar", fr: "Évaluation du réseau – automne" },
} satisfies Record<string, L>;

/** The whole-network answers of the closed round (all questions) and of the open round (two so far). */
const PAST_NETWORK: Record<string, L> = {
  proud: {
    nl: "De samenwerking met de huisartsen: drie mensen die alleen thuis zaten komen nu naar de soep op dinsdag.",
    fr: "La collaboration avec les médecins : trois personnes isolées viennent maintenant à la soupe du mardi.",
  },
  core: {
    nl: "Vijf partners dragen het meeste werk. Een handvol staat op onze lijst, maar we zagen ze dit jaar niet.",
    fr: "Cinq partenaires portent l'essentiel. Quelques-uns sont sur notre liste, mais nous ne les avons pas vus cette année.",
  },
  balance: {
    nl: "We vragen veel aan de handelaars (affiches, signalen) en bieden weinig terug. Idee: hen uitnodigen op de buurtdag.",
    fr: "Nous demandons beaucoup aux commerçants (affiches, signaux) et rendons peu. Idée : les inviter à la fête de quartier.",
  },
  dormant: {
    nl: "We maken twee banden wakker, niet meer: de kinesist en de sportclub. Ruben neemt het eerste contact.",
    fr: "Nous réveillons deux liens, pas plus : le kiné et le club de sport. Régis reprend contact.",
  },
  missingNetwork: {
    nl: "Jongeren en nieuwkomers bereiken we nauwelijks. Geen enkele zelforganisatie zit mee aan tafel.",
    fr: "Nous touchons à peine les jeunes et les primo-arrivants. Aucune association de migrants n'est autour de la table.",
  },
  missingNeighbourhood: {
    nl: "Sinds de bank dicht is, is er geen geldautomaat meer. Een plek om binnen te zitten zonder iets te moeten kopen ontbreekt.",
    fr: "Depuis la fermeture de la banque, il n'y a plus de distributeur. Il manque un lieu où s'asseoir sans devoir consommer.",
  },
  bridges: {
    nl: "De apotheker en de mama van de klasgroep openen veel deuren. Veel hangt aan hen twee: wat als zij stoppen?",
    fr: "Le pharmacien et la maman du groupe de classe ouvrent beaucoup de portes. Beaucoup repose sur eux deux : et s'ils arrêtent ?",
  },
  letGo: {
    nl: "Het maandelijkse overleg met de woonmaatschappij kost veel tijd en levert bewoners weinig op. We gaan naar twee keer per jaar.",
    fr: "La réunion mensuelle avec la société de logement prend beaucoup de temps pour peu de résultats. Nous passons à deux fois par an.",
  },
};

const NOW_NETWORK: Record<string, L> = {
  proud: {
    nl: "De buurtdag met de school en de bakker: meer dan honderd bewoners, ook veel nieuwe gezichten.",
    fr: "La fête de quartier avec l'école et la boulangerie : plus de cent habitants, dont beaucoup de nouveaux visages.",
  },
  missingNetwork: {
    nl: "Nog altijd weinig jongeren. De jeugdwerking wil wel, maar heeft geen vaste contactpersoon.",
    fr: "Toujours peu de jeunes. La maison de jeunes est partante, mais n'a pas de personne de contact fixe.",
  },
};

const NOTES: L[] = [
  { nl: "Loopt goed, vaste contactpersoon.", fr: "Ça marche bien, personne de contact fixe." },
  { nl: "Vooral wij vragen, zij geven. Iets terugdoen?", fr: "Surtout nous qui demandons. Leur rendre quelque chose ?" },
  { nl: "Nieuwe verantwoordelijke sinds de zomer, opnieuw kennismaken.", fr: "Nouveau responsable depuis l'été, refaire connaissance." },
];
const OPENS: L = {
  nl: "Kent veel ouderen uit de buurt die niet naar activiteiten komen.",
  fr: "Connaît beaucoup d'aînés du quartier qui ne viennent pas aux activités.",
};

/** Answers a team could give, by the status at the start of the round (varied a little by position). */
function answersFor(status: string, i: number, lang: Lang) {
  const work =
    status === "intensive"
      ? "yes"
      : status === "occasional"
        ? i % 2
          ? "yes"
          : "partly"
        : status === "dormant"
          ? i % 3
            ? "no"
            : "partly"
          : status === "let_go"
            ? "no"
            : null;
  const mutual =
    status === "intensive" ? (i % 3 ? "yes" : "partly") : status === "occasional" ? (i % 2 ? "partly" : "no") : work ? "unknown" : null;
  const wake = status === "dormant" ? (i % 2 ? "not_now" : "yes") : status === "let_go" ? "no" : status === "not_contacted" ? "yes" : null;
  return {
    worksTogether: work,
    mutual,
    worthWaking: wake,
    opensNetworks: i % 4 === 1 ? OPENS[lang] : "",
    note: i % 3 === 0 ? (NOTES[Math.floor(i / 3) % NOTES.length] as L)[lang] : "",
  };
}

/**
 * Demo evaluation rounds: one closed about six months ago (every actor answered, all network questions, follow-ups
 * mostly done) and one open now (about half answered), so the walk-through, the history and the compare page have
 * something to show. Runs once per tenant (nothing happens when the tenant has rounds); needs the seeded actors.
 */
export async function seedEvaluation(ctx: SeedContext, actors: readonly { id: string; name: string; status: string }[]): Promise<void> {
  if (actors.length === 0) return;
  const db = ctx.db;
  const tenantId = ctx.tenant.id;
  if ((await db.partnersEvaluationRound.count({ where: { tenantId } })) > 0) return;
  const lang: Lang = ctx.tenant.defaultLocale === "fr" ? "fr" : "nl";
  const regie = ctx.usersByRole.regie?.[0]?.id ?? ctx.usersByRole.admin?.[0]?.id ?? null;
  const worker = ctx.usersByRole.field_worker?.[0]?.id ?? regie;
  const org = regie
    ? ((await db.membership.findFirst({ where: { tenantId, userId: regie }, select: { organisationId: true } }))?.organisationId ?? null)
    : null;

  // The actors the regie starting the rounds sees (shared, of nobody, or of the regie's own organisation).
  const rows = await db.partnersActor.findMany({
    where: {
      tenantId,
      id: { in: actors.map((a) => a.id) },
      archivedAt: null,
      missing: false,
      OR: [{ visibility: "partnership" }, { organisationId: null }, ...(org ? [{ organisationId: org }] : [])],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, status: true, createdAt: true },
  });
  const now = Date.now();
  const pastStart = new Date(now - 182 * DAY);
  const pastClose = new Date(now - 168 * DAY);
  const nowStart = new Date(now - 4 * DAY);

  // The status each actor had when the first round started, from its history.
  const history = await db.partnersActorChange.findMany({
    where: { tenantId, actorId: { in: rows.map((r) => r.id) }, at: { lte: pastStart } },
    orderBy: { at: "asc" },
    select: { actorId: true, statusAfter: true },
  });
  const statusThen = new Map<string, string>();
  for (const h of history) statusThen.set(h.actorId, h.statusAfter);
  const wanted = new Set<string>(DEFAULT_ROUND_STATUSES);
  let past = rows.filter((r) => wanted.has(statusThen.get(r.id) ?? ""));
  let current = rows.filter((r) => wanted.has(r.status));
  // A network of only "not yet contacted" actors still gets rounds (the isolation tests need rows in every table).
  if (past.length === 0) past = rows.filter((r) => statusThen.has(r.id));
  if (past.length === 0) past = rows;
  if (current.length === 0) current = rows;
  if (current.length === 0) return;

  // 1. Six months ago, closed.
  const old = await db.partnersEvaluationRound.create({
    data: {
      tenantId,
      title: TITLES.past[lang],
      status: "closed",
      networkAnswers: Object.fromEntries(
        NETWORK_KEYS.map((k) => [k, { text: PAST_NETWORK[k]?.[lang] ?? "", byUserId: regie, at: pastClose.toISOString() }]),
      ),
      version: 40,
      startedById: regie,
      startedAt: pastStart,
      closedById: regie,
      closedAt: pastClose,
      createdAt: pastStart,
    },
  });
  await db.partnersEvaluationActor.createMany({
    data: past.map((a, i) => {
      const then = statusThen.get(a.id) ?? a.status;
      return {
        tenantId,
        roundId: old.id,
        actorId: a.id,
        statusAtStart: then,
        ...answersFor(then, i, lang),
        // The team proposed what later happened (the actor's status changed after the round).
        proposedStatus: a.status !== then ? a.status : null,
        answeredById: i % 2 ? worker : regie,
        answeredAt: new Date(pastStart.getTime() + (1 + (i % 10)) * DAY),
        version: 2,
        createdAt: pastStart,
      };
    }),
  });

  // 2. Now, open, about half answered.
  const open = await db.partnersEvaluationRound.create({
    data: {
      tenantId,
      title: TITLES.now[lang],
      networkAnswers: Object.fromEntries(
        Object.entries(NOW_NETWORK).map(([k, v]) => [k, { text: v[lang], byUserId: worker, at: new Date(now - 2 * DAY).toISOString() }]),
      ),
      version: 3,
      startedById: regie,
      startedAt: nowStart,
      createdAt: nowStart,
    },
  });
  await db.partnersEvaluationActor.createMany({
    data: current.map((a, i) => {
      const answered = i % 2 === 0;
      return {
        tenantId,
        roundId: open.id,
        actorId: a.id,
        statusAtStart: a.status,
        ...(answered
          ? {
              ...answersFor(a.status, i + 1, lang),
              proposedStatus: a.status === "dormant" && i % 4 === 0 ? "occasional" : null,
              answeredById: i % 4 ? worker : regie,
              answeredAt: new Date(now - (i % 3) * DAY),
              version: 2,
            }
          : {}),
        createdAt: nowStart,
      };
    }),
  });

  // 3. Follow-ups: the old round's mostly done, the open round's just agreed.
  const pick = (list: typeof rows, status: string) => list.find((a) => (statusThen.get(a.id) ?? a.status) === status) ?? list[0];
  const dormantThen = pick(past, "dormant");
  const occasionalThen = pick(past, "occasional");
  const dormantNow = current.find((a) => a.status === "dormant") ?? current[0];
  const dayOf = (ms: number) => new Date(new Date(ms).toISOString().slice(0, 10));
  const followUps: {
    roundId: string;
    actorId: string | null;
    text: L;
    ownerUserId: string | null;
    dueDate: Date;
    status: string;
    doneAt: Date | null;
    createdAt: Date;
  }[] = [
    {
      roundId: old.id,
      actorId: dormantThen?.id ?? null,
      text: { nl: "Opnieuw kennismaken en de buurtsoep voorstellen", fr: "Refaire connaissance et présenter la soupe de quartier" },
      ownerUserId: regie,
      dueDate: dayOf(now - 140 * DAY),
      status: "done",
      doneAt: new Date(now - 145 * DAY),
      createdAt: pastClose,
    },
    {
      roundId: old.id,
      actorId: occasionalThen?.id ?? null,
      text: { nl: "Hen uitnodigen op de buurtdag, met een eigen standje", fr: "Les inviter à la fête de quartier, avec leur propre stand" },
      ownerUserId: worker,
      dueDate: dayOf(now - 100 * DAY),
      status: "done",
      doneAt: new Date(now - 110 * DAY),
      createdAt: pastClose,
    },
    {
      roundId: old.id,
      actorId: null,
      text: { nl: "Een zelforganisatie zoeken die mee aan tafel wil", fr: "Trouver une association de migrants prête à nous rejoindre" },
      ownerUserId: regie,
      dueDate: dayOf(now - 60 * DAY),
      status: "open",
      doneAt: null,
      createdAt: pastClose,
    },
    {
      roundId: old.id,
      actorId: null,
      text: { nl: "Maandelijks overleg met de woonmaatschappij afbouwen", fr: "Réduire la réunion mensuelle avec la société de logement" },
      ownerUserId: regie,
      dueDate: dayOf(now - 120 * DAY),
      status: "dropped",
      doneAt: null,
      createdAt: pastClose,
    },
    {
      roundId: open.id,
      actorId: dormantNow?.id ?? null,
      text: {
        nl: "Bellen om te horen of ze mee willen doen aan de ontmoetingsnamiddag",
        fr: "Appeler pour savoir s'ils veulent participer à l'après-midi rencontre",
      },
      ownerUserId: worker,
      dueDate: dayOf(now + 21 * DAY),
      status: "open",
      doneAt: null,
      createdAt: new Date(now - 2 * DAY),
    },
    {
      roundId: open.id,
      actorId: null,
      text: {
        nl: "Een vaste contactpersoon vragen bij de jeugdwerking",
        fr: "Demander une personne de contact fixe à la maison de jeunes",
      },
      ownerUserId: regie,
      dueDate: dayOf(now + 30 * DAY),
      status: "open",
      doneAt: null,
      createdAt: new Date(now - 2 * DAY),
    },
  ];
  await db.partnersFollowUp.createMany({
    data: followUps.map((f) => ({ ...f, tenantId, text: f.text[lang], createdById: regie, updatedAt: f.doneAt ?? f.createdAt })),
  });
}
