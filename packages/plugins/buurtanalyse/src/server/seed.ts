import { type Prisma, type SeedContext, storeFile, type Tx } from "@zorgzaam/core/plugin";
import sharp from "sharp";
import { ACTION_PROMPTS } from "../starter";

/** Fictional statistical sectors of the demo buurt (the last one has no data in the demo file: it shows as missing). */
const SECTORS = ["24999A01", "24999A02", "24999A13"];

const INDICATORS: { name: string; year: number; method: "sum" | "mean"; values: [string, number, number | null][] }[] = [
  {
    name: "Inwoners",
    year: 2024,
    method: "sum",
    values: [
      ["24999A01", 1240, null],
      ["24999A02", 860, null],
    ],
  },
  {
    name: "Huurders (%)",
    year: 2024,
    method: "mean",
    values: [
      ["24999A01", 61.5, 1240],
      ["24999A02", 48.2, 860],
    ],
  },
  {
    name: "65-plussers (%)",
    year: 2024,
    method: "mean",
    values: [
      ["24999A01", 18.4, 1240],
      ["24999A02", 27.9, 860],
    ],
  },
];

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * The demo: a nearly finished analysis of one buurt (preparation answered, hypotheses with values and verdicts,
 * imported sector indicators, SWOT linked to verdicts, an action plan) and a second round, started from it, in
 * progress. Does nothing when the tenant already has analyses.
 */
export async function seed({ db, tenant, usersByRole }: SeedContext): Promise<void> {
  const tenantId = tenant.id;
  if ((await db.buurtanalyseAnalysis.count({ where: { tenantId } })) > 0) return;
  const neighbourhoods = await db.neighbourhood.findMany({
    where: { tenantId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const buurt = neighbourhoods.find((n) => n.name === "Molenwijk") ?? neighbourhoods[0];
  if (!buurt) return;
  const regie = usersByRole.regie?.[0]?.id ?? null;
  const worker = usersByRole.field_worker?.[0]?.id ?? regie;
  const team = [...new Set([regie, worker].filter((x): x is string => Boolean(x)))];

  // The team made the action-plan questions its own: the starter questions and one of its own (Startlijsten).
  await db.buurtanalyseList.create({
    data: {
      tenantId,
      list: "actionPrompts",
      updatedById: regie,
      items: [
        ...ACTION_PROMPTS.map((p) => ({ key: p.key, nl: p.nl, fr: p.fr, en: p.en })),
        {
          key: "cdemo0000001",
          nl: "Wie in de buurt kan een actie mee trekken, naast de professionals?",
          fr: "Qui, dans le quartier, peut porter une action avec les professionnels ?",
          en: "Who in the neighbourhood can lead an action alongside the professionals?",
        },
      ],
    },
  });

  const first = await db.buurtanalyseAnalysis.create({
    data: {
      tenantId,
      title: `Buurtanalyse ${buurt.name} 2025`,
      periodStart: day("2025-01-15"),
      periodEnd: day("2025-10-31"),
      createdById: regie,
    },
    select: { id: true },
  });
  await db.buurtanalyseArea.create({ data: { tenantId, analysisId: first.id, neighbourhoodId: buurt.id, sectorCodes: SECTORS } });
  await db.buurtanalyseTeamMember.createMany({ data: team.map((userId) => ({ tenantId, analysisId: first.id, userId })) });

  const section = (analysisId: string, key: string, status: string, content: object, by = regie) =>
    db.buurtanalyseSection.create({
      data: { tenantId, analysisId, key, status, content: content as Prisma.InputJsonValue, updatedById: by },
    });
  await section(first.id, "voorbereiding", "klaar", {
    answers: {
      goal: "Weten welke bewoners we nog niet bereiken, vooral oudere huurders die alleen wonen.",
      information: "Cijfers over leeftijd en wonen per sector, wat partners al weten, en wat bewoners zelf vertellen.",
      sources: "Het LDC, de huisvestingsmaatschappij, de wijkagent, de school; cijfers van Statbel en de provincie.",
      how: "Gesprekken aan de molen op marktdag, een buurtbabbel in het LDC, en een korte bevraging aan de deur.",
      use: "Een actieplan voor het buurtoverleg en een korte terugkoppeling aan de bewoners.",
    },
    participants: [
      { role: "team", mode: "actief", count: 3, label: null },
      { role: "partners", mode: "actief", count: 2, label: "LDC, huisvesting" },
      { role: "volunteers", mode: "klankbord", count: 4, label: null },
      { role: "residents", mode: "klankbord", count: 12, label: null },
    ],
    earlier: [{ who: "Huisvestingsmaatschappij", what: "Bewonersbevraging 2023 over de renovatie", link: null }],
  });
  await section(first.id, "ronde1", "klaar", {
    answers: {
      intensive: "Het LDC en de huisvestingsmaatschappij: elke week contact.",
      sleeping: "De seniorenvereniging: sinds de nieuwe voorzitter geen contact meer.",
      missingBuurt: "Een plek om samen te komen zonder iets te moeten kopen.",
    },
  });
  await section(
    first.id,
    "ronde2",
    "klaar",
    { checklist: ["hypotheses", "data", "others", "databases", "who", "search", "discuss"] },
    worker,
  );
  await section(first.id, "tussentijds", "klaar", {
    answers: {
      conclusions: "Er wonen meer oudere huurders dan we dachten, en velen kennen het LDC niet.",
      focus: "In ronde 3 en 4 zoeken we plekken waar oudere huurders al komen: de bakker, de kerk, de bushalte.",
    },
  });
  await section(first.id, "ronde4", "bezig", {}, worker);
  await section(first.id, "swot", "klaar", {});
  await section(first.id, "evaluatie", "bezig", { answers: { text: "De koffieronde loopt; de buurtkrant is nog niet gestart." } });

  const hyp = async (
    text: string,
    verdict: string,
    reasoning: string,
    position: number,
    refs: [string, string, string | null, number][],
  ) => {
    const h = await db.buurtanalyseHypothesis.create({
      data: {
        tenantId,
        analysisId: first.id,
        text,
        verdict,
        reasoning,
        position,
        lookupBy: "Fatima",
        indicators: refs.map((r) => r[0]).join(", "),
        updatedById: worker,
      },
      select: { id: true },
    });
    for (const [indicator, areaKind, areaLabel, value] of refs)
      await db.buurtanalyseReference.create({
        data: { tenantId, hypothesisId: h.id, indicator, areaKind, areaLabel, value, year: 2024, source: "Statbel, provincie in cijfers" },
      });
    return h.id;
  };
  const renters = await hyp(
    "In onze buurt wonen meer huurders dan eigenaars.",
    "bevestigd",
    "56 % huurders tegenover 31 % in de gemeente.",
    0,
    [
      ["Huurders (%)", "gemeente", "Zonnedal", 31],
      ["Huurders (%)", "regio", "Vlaanderen", 28],
    ],
  );
  const older = await hyp(
    "Onze buurt is ouder dan het gemiddelde van de gemeente.",
    "weerlegd",
    "Ongeveer gelijk; wel veel ouderen die alleen wonen.",
    1,
    [["65-plussers (%)", "gemeente", "Zonnedal", 22.1]],
  );
  await hyp(
    "Er is weinig groen om samen te komen.",
    "onduidelijk",
    "Het park is er, maar wordt weinig gebruikt. Navragen in ronde 4.",
    2,
    [],
  );

  for (const i of INDICATORS) {
    const ind = await db.buurtanalyseIndicator.create({
      data: {
        tenantId,
        analysisId: first.id,
        name: i.name,
        year: i.year,
        method: i.method,
        source: "Statbel (demo)",
        hypothesisId: i.name.startsWith("Huurders") ? renters : i.name.startsWith("65") ? older : null,
      },
      select: { id: true },
    });
    await db.buurtanalyseSectorValue.createMany({
      data: i.values.map(([sectorCode, value, weight]) => ({ tenantId, indicatorId: ind.id, sectorCode, value, weight })),
    });
  }

  await db.buurtanalyseSwot.createMany({
    data: [
      { kind: "strength", text: "Een sterk LDC dat veel ouderen kent.", hypothesisId: null },
      { kind: "weakness", text: "Oudere huurders vinden de weg naar hulp niet.", hypothesisId: renters },
      { kind: "opportunity", text: "De renovatie brengt iedereen samen rond één thema.", hypothesisId: null },
      { kind: "threat", text: "Alleenwonende ouderen raken geïsoleerd.", hypothesisId: older },
    ].map((s, position) => ({ ...s, tenantId, analysisId: first.id, position, updatedById: regie })),
  });
  await db.buurtanalyseAction.createMany({
    data: [
      {
        title: "Koffieronde in de torens",
        goal: "Alleenwonende ouderen leren kennen en uitnodigen in het LDC.",
        owner: "LDC De Linde",
        startsOn: day("2025-11-01"),
        dueOn: day("2026-06-30"),
        partners: "Huisvestingsmaatschappij, vrijwilligers",
        bouwstenen: ["detectie", "sociale_netwerken"],
        status: "running",
        approach: "Twee vrijwilligers bellen elke dinsdag aan in één toren, met koffie en de folder van het LDC.",
        result: "In vier maanden 38 deuren; 11 ouderen kwamen daarna naar het LDC.",
        adjust: "Ook op zaterdag langsgaan: wie werkt, is er op dinsdag niet.",
      },
      {
        title: "Bankje bij de bushalte",
        goal: "Een rustpunt voor wie slecht te been is, op weg naar de winkels.",
        owner: "Gemeente, dienst openbaar domein",
        startsOn: day("2025-10-01"),
        dueOn: day("2026-02-28"),
        partners: "Seniorenraad",
        bouwstenen: ["inclusie", "partnerschappen"],
        status: "done",
        approach: "De seniorenraad koos de plek; de gemeente plaatste het bankje.",
        result: "Het bankje staat er sinds januari en wordt elke dag gebruikt.",
        adjust: "Een tweede bankje aan de apotheek vragen.",
      },
      {
        title: "Buurtkrantje bij de huurbrief",
        goal: "Wat er is beter bekend maken.",
        owner: "Buurtwerk",
        startsOn: day("2026-01-15"),
        dueOn: null,
        partners: "Huisvestingsmaatschappij",
        bouwstenen: ["communicatie"],
        status: "planned",
      },
    ].map((a) => ({ ...a, tenantId, analysisId: first.id, updatedById: regie })),
  });

  await seedMap(db, tenantId, first.id, buurt.id, regie);
  await seedField(db, tenantId, first.id, buurt.id, worker, regie);
  await seedDrawings(db, tenantId, first.id, buurt.id, regie, worker);
  await section(first.id, "afbakening", "klaar", {
    checklist: ["functional", "geographic", "social", "partners"],
    answers: {
      geographic: "De steenweg en de spoorweg sluiten de buurt af; over de steenweg voelt het als een andere wijk.",
      social: "Wie in de torens woont, zegt 'ik woon op de Molenwijk', ook aan de overkant van het plein.",
    },
  });

  // The residents' summary of the first round, published on the public site (which shows it: the switch is on).
  const shown = await db.buurtanalyseAction.findMany({
    where: { tenantId, analysisId: first.id, title: { in: ["Koffieronde in de torens", "Bankje bij de bushalte"] } },
    select: { id: true },
  });
  await db.buurtanalyseSummary.create({
    data: {
      tenantId,
      analysisId: first.id,
      heard: {
        nl: "Veel oudere mensen in de torens wonen alleen. Ze weten niet goed waar ze met een vraag terechtkunnen. Er is weinig plek om even te zitten.",
        fr: "Beaucoup de personnes âgées des tours vivent seules. Elles ne savent pas bien où aller avec une question. Il y a peu d'endroits pour s'asseoir.",
        en: "Many older people in the towers live alone. They do not know where to go with a question. There are few places to sit down.",
      },
      doing: {
        nl: "Vrijwilligers gaan langs met koffie en vertellen wat het LDC doet. Aan de bushalte staat nu een bankje.",
        fr: "Des bénévoles passent avec du café et expliquent ce que fait le centre de services. Un banc se trouve maintenant à l'arrêt de bus.",
        en: "Volunteers drop by with coffee and tell people what the service centre does. There is now a bench at the bus stop.",
      },
      actionIds: shown.map((x) => x.id),
      publishedAt: day("2026-03-01"),
      publishedById: regie,
      updatedById: regie,
    },
  });
  const t = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { publicCapabilities: true } });
  if (!t.publicCapabilities.includes("buurtanalyse.summaries"))
    await db.tenant.update({ where: { id: tenantId }, data: { publicCapabilities: [...t.publicCapabilities, "buurtanalyse.summaries"] } });

  // The second round, started from the first: its hypotheses open again, its SWOT and open actions as a start.
  const second = await db.buurtanalyseAnalysis.create({
    data: { tenantId, title: `Buurtanalyse ${buurt.name} 2026`, periodStart: day("2026-09-01"), previousId: first.id, createdById: regie },
    select: { id: true },
  });
  await db.buurtanalyseArea.create({ data: { tenantId, analysisId: second.id, neighbourhoodId: buurt.id, sectorCodes: SECTORS } });
  await db.buurtanalyseTeamMember.createMany({ data: team.map((userId) => ({ tenantId, analysisId: second.id, userId })) });
  await section(second.id, "voorbereiding", "bezig", { answers: { goal: "Nagaan of de koffieronde de oudere huurders bereikt." } });
  await db.buurtanalyseHypothesis.create({
    data: { tenantId, analysisId: second.id, text: "In onze buurt wonen meer huurders dan eigenaars.", position: 0, updatedById: regie },
  });
}

/**
 * Round 4 as records (BA-7): observations (one with a photo when sharp can make one), a conversation and a focus group
 * with their quotes (one quote may appear on the public site, one stays with the team), the tenant's first Bevragingen
 * survey linked when there is one, and a SWOT item resting on an observation.
 */
async function seedField(
  db: SeedContext["db"],
  tenantId: string,
  analysisId: string,
  neighbourhoodId: string,
  worker: string | null,
  regie: string | null,
) {
  const n = await db.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { boundary: true } });
  const box = boxOfBoundary(n?.boundary) ?? [4.35, 50.84, 4.37, 50.86];
  const point = (fx: number, fy: number) => ({
    type: "Point",
    coordinates: [Math.round((box[0] + (box[2] - box[0]) * fx) * 1e6) / 1e6, Math.round((box[1] + (box[3] - box[1]) * fy) * 1e6) / 1e6],
  });
  const photo = await demoPhoto(db, tenantId, worker);
  const bench = await db.buurtanalyseObservation.create({
    data: {
      photoFileId: photo,
      tenantId,
      analysisId,
      text: "Om tien uur zitten zes oudere buren op de bankjes aan het LDC; twee komen uit de torens.",
      cueKey: "busyPlaces",
      point: point(0.42, 0.52) as Prisma.InputJsonValue,
      observedAt: new Date("2025-05-13T08:00:00Z"),
      photoAudiences: ["partners", "council", "residents"],
      createdById: worker,
    },
    select: { id: true },
  });
  await db.buurtanalyseObservation.create({
    data: {
      tenantId,
      analysisId,
      text: "Affiches van de seniorenvereniging hangen alleen nog aan de kerk, niet in de torens.",
      cueKey: "stickers",
      point: point(0.3, 0.35) as Prisma.InputJsonValue,
      observedAt: new Date("2025-05-13T09:15:00Z"),
      createdById: worker,
    },
  });
  // Key-figure leads met on the walk: by role and place, not yet on the partner map.
  await db.buurtanalyseLead.createMany({
    data: [
      {
        tenantId,
        analysisId,
        who: "De apotheker van de Markt",
        place: "Apotheek aan de Markt",
        notes: "Kent veel alleenwonende ouderen; wil folders leggen.",
        status: "contacted",
        createdById: worker,
      },
      { tenantId, analysisId, who: "Een buurvrouw die de bankjes aan het LDC elke dag bezoekt", status: "to_contact", createdById: worker },
    ],
  });
  const talk = await db.buurtanalyseConversation.create({
    data: {
      tenantId,
      analysisId,
      kind: "conversation",
      withWhom: "Twee oudere huurders aan de bushalte",
      participants: 2,
      place: "Bushalte Molenstraat",
      heldOn: new Date("2025-05-20T00:00:00Z"),
      notes: "De dame van nummer 12 wil graag meedoen aan de koffieronde.",
      createdById: worker,
    },
    select: { id: true },
  });
  const group = await db.buurtanalyseConversation.create({
    data: {
      tenantId,
      analysisId,
      kind: "focus_group",
      withWhom: "Bezoekers van het LDC",
      participants: 8,
      place: "LDC De Linde",
      heldOn: new Date("2025-06-03T00:00:00Z"),
      notes: null,
      createdById: regie,
    },
    select: { id: true },
  });
  await db.buurtanalyseQuote.createMany({
    data: [
      {
        tenantId,
        analysisId,
        conversationId: group.id,
        text: "Hier kom ik mijn buren tegen; thuis zie ik niemand.",
        saidBy: "Een bezoekster van het LDC",
        audiences: ["partners", "council", "residents"],
        createdById: regie,
      },
      {
        tenantId,
        analysisId,
        conversationId: talk.id,
        text: "Sinds de lift kapot is, kom ik bijna niet meer buiten.",
        saidBy: "Een oudere huurder",
        audiences: [],
        createdById: worker,
      },
      {
        tenantId,
        analysisId,
        observationId: bench.id,
        text: "We zitten hier elke dag, ook in de winter.",
        saidBy: "Een buurman op de bank",
        audiences: ["council"],
        createdById: worker,
      },
    ],
  });
  const survey = await db.bevragingenSurvey.findFirst({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (survey) await db.buurtanalyseSurveyLink.create({ data: { tenantId, analysisId, surveyId: survey.id, createdById: regie } });
  await db.buurtanalyseSwot.create({
    data: {
      tenantId,
      analysisId,
      kind: "strength",
      text: "De bankjes aan het LDC zijn een echte ontmoetingsplek.",
      observationId: bench.id,
      position: 4,
      updatedById: regie,
    },
  });
}

/**
 * A small demo photo made here (no network): benches in front of a building under a sky, as a JPEG, stored through
 * core's files like a phone's photo (re-encoded, metadata removed, with a thumbnail). Null when it cannot be made.
 */
async function demoPhoto(db: SeedContext["db"], tenantId: string, userId: string | null): Promise<string | null> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="300" fill="#9cc7e4"/><rect y="300" width="640" height="180" fill="#8a9a5b"/>
    <rect x="60" y="110" width="300" height="200" fill="#b5651d"/><rect x="90" y="140" width="60" height="60" fill="#f4e8c1"/>
    <rect x="200" y="140" width="60" height="60" fill="#f4e8c1"/><rect x="290" y="230" width="50" height="80" fill="#5b3a1a"/>
    <rect x="400" y="330" width="180" height="16" fill="#6b4423"/><rect x="410" y="346" width="10" height="40" fill="#333"/>
    <rect x="560" y="346" width="10" height="40" fill="#333"/><circle cx="520" cy="120" r="45" fill="#f7d046"/>
  </svg>`;
  try {
    const bytes = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
    const f = await storeFile(db as unknown as Tx, {
      tenantId,
      moduleId: "buurtanalyse",
      bytes,
      name: "bankjes-ldc.jpg",
      accept: "image",
      uploadedById: userId,
    });
    return f.id;
  } catch {
    return null;
  }
}

/** What the team drew on the first analysis's map: a meeting place, a barrier and a place people avoid, in the buurt. */
async function seedMap(db: SeedContext["db"], tenantId: string, analysisId: string, neighbourhoodId: string, userId: string | null) {
  const n = await db.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { boundary: true } });
  const box = boxOfBoundary(n?.boundary) ?? [4.35, 50.84, 4.37, 50.86];
  // A position at a share of the box's width and height.
  const at = (fx: number, fy: number): [number, number] => [
    Math.round((box[0] + (box[2] - box[0]) * fx) * 1e6) / 1e6,
    Math.round((box[1] + (box[3] - box[1]) * fy) * 1e6) / 1e6,
  ];
  const park = [at(0.6, 0.25), at(0.75, 0.25), at(0.75, 0.4), at(0.6, 0.4)];
  const items = [
    {
      kind: "point",
      category: "meeting_place",
      label: "Bankjes aan het LDC",
      note: "Elke voormiddag zitten hier dezelfde buren; ze kennen iedereen in de torens.",
      geometry: { type: "Point", coordinates: at(0.4, 0.55) },
    },
    {
      kind: "line",
      category: "barrier",
      label: "De steenweg",
      note: null,
      geometry: { type: "LineString", coordinates: [at(0.05, 0.7), at(0.5, 0.68), at(0.95, 0.72)] },
    },
    {
      kind: "area",
      category: "avoided",
      label: "Parkje achter de garages",
      note: "Slecht verlicht; ouderen lopen er 's avonds om.",
      geometry: { type: "Polygon", coordinates: [[...park, park[0]]] },
    },
  ];
  await db.buurtanalyseMapItem.createMany({
    data: items.map((i) => ({
      ...i,
      geometry: i.geometry as Prisma.InputJsonValue,
      tenantId,
      analysisId,
      createdById: userId,
      updatedById: userId,
    })),
  });
}

/**
 * "Teken jouw buurt": three drawings of the buurt that overlap partly (the regie's, the field worker's, and one the
 * field worker made with a resident, known by role only), so the overlay has a core, a "most" band and an edge.
 */
async function seedDrawings(
  db: SeedContext["db"],
  tenantId: string,
  analysisId: string,
  neighbourhoodId: string,
  regie: string | null,
  worker: string | null,
) {
  const n = await db.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { boundary: true } });
  const box = boxOfBoundary(n?.boundary) ?? [4.35, 50.84, 4.37, 50.86];
  const at = (fx: number, fy: number): [number, number] => [
    Math.round((box[0] + (box[2] - box[0]) * fx) * 1e6) / 1e6,
    Math.round((box[1] + (box[3] - box[1]) * fy) * 1e6) / 1e6,
  ];
  const ring = (...ps: [number, number][]) => ({ type: "Polygon", coordinates: [[...ps, ps[0]]] }) as Prisma.InputJsonValue;
  const drawings = [
    { by: regie, drawnFor: null, geometry: ring(at(0.1, 0.1), at(0.8, 0.1), at(0.8, 0.85), at(0.1, 0.85)) },
    { by: worker, drawnFor: null, geometry: ring(at(0.25, 0.05), at(0.95, 0.05), at(0.95, 0.8), at(0.25, 0.8)) },
    { by: worker, drawnFor: "resident", geometry: ring(at(0.2, 0.2), at(0.7, 0.2), at(0.75, 0.95), at(0.15, 0.9)) },
  ];
  // With one member only (regie and field worker the same), the second drawing is made for a volunteer.
  if (regie === worker) drawings[1] = { ...(drawings[1] as (typeof drawings)[number]), drawnFor: "volunteer" as never };
  await db.buurtanalyseDrawing.createMany({
    data: drawings.map((d) => ({ tenantId, analysisId, drawnFor: d.drawnFor, geometry: d.geometry, createdById: d.by, updatedById: d.by })),
  });
}

function boxOfBoundary(g: unknown): [number, number, number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number" && typeof c[1] === "number") {
      xs.push(c[0]);
      ys.push(c[1]);
    } else for (const d of c) visit(d);
  };
  visit((g as { coordinates?: unknown } | null)?.coordinates);
  return xs.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : null;
}
