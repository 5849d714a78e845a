import type { StarterTheme } from "./types";

/** Themes 8–14 of the starter set. Written for this project; open questions in plain language. */
export const THEMES_2: StarterTheme[] = [
  {
    key: "regie",
    title: { nl: "Coördinatie en regie", fr: "Coordination et pilotage", en: "Coordination and lead role" },
    questions: [
      {
        key: "regie-01",
        nl: "Wie neemt bij ons de regie, en weten onze partners dat ook?",
        fr: "Qui assure le pilotage chez nous, et nos partenaires le savent-ils ?",
        en: "Who holds the lead role here, and do our partners know it?",
      },
      {
        key: "regie-02",
        nl: "Welke taak houden we bij ons, terwijl we die beter aan iemand anders zouden toevertrouwen?",
        fr: "Quelle tâche gardons-nous pour nous, alors qu'il vaudrait mieux la confier à quelqu'un d'autre ?",
        en: "Which task do we keep to ourselves, while it would be better to hand it to someone else?",
      },
      {
        key: "regie-03",
        nl: "Hebben we genoeg mandaat en middelen om te doen wat van ons verwacht wordt?",
        fr: "Avons-nous assez de mandat et de moyens pour faire ce qu'on attend de nous ?",
        en: "Do we have enough mandate and means to do what is expected of us?",
      },
      {
        key: "regie-04",
        nl: "Waar vallen dingen tussen de mazen van het net omdat niemand zich verantwoordelijk voelt?",
        fr: "Où des choses passent-elles entre les mailles du filet parce que personne ne s'en sent responsable ?",
        en: "Where do things fall through the cracks because nobody feels responsible?",
      },
      {
        key: "regie-05",
        nl: "Welke beslissing hebben we de voorbije tijd uitgesteld? Wat hebben we nodig om ze te nemen?",
        fr: "Quelle décision avons-nous reportée ces derniers temps ? De quoi avons-nous besoin pour la prendre ?",
        en: "Which decision have we been putting off? What do we need to take it?",
      },
      {
        key: "regie-06",
        nl: "Hoe houden we het overzicht zonder alles zelf te willen doen?",
        fr: "Comment garder une vue d'ensemble sans vouloir tout faire nous-mêmes ?",
        en: "How do we keep the overview without wanting to do everything ourselves?",
      },
    ],
  },
  {
    key: "buurtwerker",
    title: { nl: "De buurtwerker", fr: "Le travailleur de quartier", en: "The neighbourhood worker" },
    questions: [
      {
        key: "buurtwerker-01",
        nl: "Welk moment in de buurt gaf je de voorbije weken energie? En welk moment kostte veel energie?",
        fr: "Quel moment dans le quartier t'a donné de l'énergie ces dernières semaines ? Et lequel t'en a coûté beaucoup ?",
        en: "Which moment in the neighbourhood gave you energy in recent weeks? And which one cost you a lot?",
      },
      {
        key: "buurtwerker-02",
        nl: "Hoe bewaak je je grenzen wanneer bewoners je ook buiten je uren aanspreken?",
        fr: "Comment protèges-tu tes limites quand des habitants t'interpellent aussi en dehors de tes heures ?",
        en: "How do you guard your boundaries when residents also approach you outside your working hours?",
      },
      {
        key: "buurtwerker-03",
        nl: "Welke situatie liet je twijfelen over wat je mocht of moest doen? Wie kon je daarover aanspreken?",
        fr: "Quelle situation t'a fait douter de ce que tu pouvais ou devais faire ? À qui pouvais-tu en parler ?",
        en: "Which situation made you doubt what you could or should do? Who could you talk to about it?",
      },
      {
        key: "buurtwerker-04",
        nl: "Is het voor bewoners duidelijk wie je bent en waarvoor ze bij je terechtkunnen?",
        fr: "Les habitants savent-ils clairement qui tu es et pour quoi ils peuvent s'adresser à toi ?",
        en: "Is it clear to residents who you are and what they can come to you for?",
      },
      {
        key: "buurtwerker-05",
        nl: "Wat heb je de voorbije tijd bijgeleerd van een bewoner?",
        fr: "Qu'as-tu appris d'un habitant ces derniers temps ?",
        en: "What have you learned from a resident lately?",
      },
      {
        key: "buurtwerker-06",
        nl: "Wat zou je werk in de buurt lichter of leuker maken?",
        fr: "Qu'est-ce qui rendrait ton travail dans le quartier plus léger ou plus agréable ?",
        en: "What would make your work in the neighbourhood lighter or more enjoyable?",
      },
    ],
  },
  {
    key: "burenhulp",
    title: { nl: "Burenhulp", fr: "Entraide entre voisins", en: "Neighbour help" },
    questions: [
      {
        key: "burenhulp-01",
        nl: "Welke kleine hulp tussen buren hebben we de voorbije tijd zien ontstaan?",
        fr: "Quelle petite aide entre voisins avons-nous vu naître récemment ?",
        en: "Which small help between neighbours have we seen emerge recently?",
      },
      {
        key: "burenhulp-02",
        nl: "Krijgen mensen die hulp vragen ook de kans om zelf iets te geven?",
        fr: "Les personnes qui demandent de l'aide ont-elles aussi l'occasion de donner quelque chose à leur tour ?",
        en: "Do people who ask for help also get the chance to give something themselves?",
      },
      {
        key: "burenhulp-03",
        nl: "Welke vraag was te zwaar voor buren, en werd die op tijd doorverwezen naar een professional?",
        fr: "Quelle demande était trop lourde pour des voisins, et a-t-elle été orientée à temps vers un professionnel ?",
        en: "Which request was too heavy for neighbours, and was it referred to a professional in time?",
      },
      {
        key: "burenhulp-04",
        nl: "Hoe houden we burenhulp informeel en vrijwillig, zonder dat het een verplichting wordt?",
        fr: "Comment garder l'entraide informelle et volontaire, sans qu'elle devienne une obligation ?",
        en: "How do we keep neighbour help informal and voluntary, without it becoming an obligation?",
      },
      {
        key: "burenhulp-05",
        nl: "Wie helpt al heel veel en dreigt overbelast te raken?",
        fr: "Qui aide déjà beaucoup et risque d'être surchargé ?",
        en: "Who already helps a lot and is at risk of being overloaded?",
      },
      {
        key: "burenhulp-06",
        nl: "Welke hulpvraag bleef liggen, en waarom vonden we niemand?",
        fr: "Quelle demande d'aide est restée sans réponse, et pourquoi n'avons-nous trouvé personne ?",
        en: "Which request for help was left waiting, and why did we find nobody?",
      },
    ],
  },
  {
    key: "vrijwilligers",
    title: { nl: "Vrijwilligers", fr: "Bénévoles", en: "Volunteers" },
    questions: [
      {
        key: "vrijwilligers-01",
        nl: "Waarom engageren onze vrijwilligers zich, en sluit wat ze doen daar nog bij aan?",
        fr: "Pourquoi nos bénévoles s'engagent-ils, et ce qu'ils font y correspond-il encore ?",
        en: "Why do our volunteers get involved, and does what they do still match that?",
      },
      {
        key: "vrijwilligers-02",
        nl: "Welke talenten van vrijwilligers gebruiken we nog niet?",
        fr: "Quels talents de nos bénévoles n'utilisons-nous pas encore ?",
        en: "Which talents of our volunteers are we not using yet?",
      },
      {
        key: "vrijwilligers-03",
        nl: "Is onze groep vrijwilligers open voor nieuwe mensen met een ander profiel?",
        fr: "Notre groupe de bénévoles est-il ouvert à de nouvelles personnes au profil différent ?",
        en: "Is our group of volunteers open to new people with a different profile?",
      },
      {
        key: "vrijwilligers-04",
        nl: "Hoe merken we dat een vrijwilliger te veel op zijn of haar bord heeft?",
        fr: "Comment remarquons-nous qu'un bénévole en a trop sur les épaules ?",
        en: "How do we notice that a volunteer has too much on their plate?",
      },
      {
        key: "vrijwilligers-05",
        nl: "Hoe hebben we onze vrijwilligers de voorbije tijd bedankt of in de kijker gezet?",
        fr: "Comment avons-nous remercié ou mis en valeur nos bénévoles ces derniers temps ?",
        en: "How have we thanked or highlighted our volunteers lately?",
      },
      {
        key: "vrijwilligers-06",
        nl: "Weten vrijwilligers wat ze wel en niet hoeven te doen, en bij wie ze terechtkunnen?",
        fr: "Les bénévoles savent-ils ce qu'ils doivent faire ou non, et à qui s'adresser ?",
        en: "Do volunteers know what they do and do not have to do, and who they can turn to?",
      },
    ],
  },
  {
    key: "documenteren",
    title: { nl: "Documenteren", fr: "Documenter", en: "Documenting" },
    questions: [
      {
        key: "documenteren-01",
        nl: "Wat houden we bij, en gebruiken we die gegevens ook echt om keuzes te maken?",
        fr: "Que notons-nous, et utilisons-nous vraiment ces données pour faire des choix ?",
        en: "What do we keep track of, and do we really use that information to make choices?",
      },
      {
        key: "documenteren-02",
        nl: "Welk verhaal uit de buurt toont het best wat ons werk betekent?",
        fr: "Quelle histoire du quartier montre le mieux ce que notre travail signifie ?",
        en: "Which story from the neighbourhood best shows what our work means?",
      },
      {
        key: "documenteren-03",
        nl: "Wat registreren we alleen omdat het moet, en wat zou ons echt helpen?",
        fr: "Qu'enregistrons-nous seulement parce qu'il le faut, et qu'est-ce qui nous aiderait vraiment ?",
        en: "What do we record only because we have to, and what would really help us?",
      },
      {
        key: "documenteren-04",
        nl: "Kunnen we tonen wat er veranderd is sinds onze nulmeting? Wat mist er nog?",
        fr: "Pouvons-nous montrer ce qui a changé depuis notre point de départ ? Que manque-t-il encore ?",
        en: "Can we show what has changed since our baseline? What is still missing?",
      },
      {
        key: "documenteren-05",
        nl: "Gaan we zorgvuldig om met wat we over bewoners noteren? Zouden zij zich herkennen in wat er staat?",
        fr: "Sommes-nous prudents avec ce que nous notons sur les habitants ? Se reconnaîtraient-ils dans ce qui est écrit ?",
        en: "Are we careful with what we write down about residents? Would they recognise themselves in it?",
      },
      {
        key: "documenteren-06",
        nl: "Hoe delen we wat we leren met partners, bewoners en het bestuur?",
        fr: "Comment partageons-nous ce que nous apprenons avec les partenaires, les habitants et les autorités ?",
        en: "How do we share what we learn with partners, residents and the local council?",
      },
    ],
  },
  {
    key: "ondersteuning",
    title: { nl: "Ondersteuning", fr: "Soutien", en: "Support" },
    questions: [
      {
        key: "ondersteuning-01",
        nl: "Welke steun hebben we de voorbije tijd gemist?",
        fr: "Quel soutien nous a manqué ces derniers temps ?",
        en: "What support have we been missing lately?",
      },
      {
        key: "ondersteuning-02",
        nl: "Bij wie kunnen we terecht als we vastlopen, binnen en buiten onze organisatie?",
        fr: "Vers qui pouvons-nous nous tourner quand nous sommes bloqués, dans et hors de notre organisation ?",
        en: "Who can we turn to when we get stuck, inside and outside our organisation?",
      },
      {
        key: "ondersteuning-03",
        nl: "Welke vorming of welk advies zou ons werk een stap vooruit helpen?",
        fr: "Quelle formation ou quel conseil ferait avancer notre travail ?",
        en: "Which training or advice would move our work a step forward?",
      },
      {
        key: "ondersteuning-04",
        nl: "Krijgen we van ons bestuur en onze leidinggevenden de ruimte om te experimenteren?",
        fr: "Nos autorités et nos responsables nous donnent-ils l'espace pour expérimenter ?",
        en: "Do our council and our managers give us room to experiment?",
      },
      {
        key: "ondersteuning-05",
        nl: "Welke andere zorgzame buurt zouden we eens willen bezoeken om van te leren?",
        fr: "Quel autre quartier solidaire aimerions-nous visiter pour apprendre ?",
        en: "Which other caring neighbourhood would we like to visit to learn from?",
      },
      {
        key: "ondersteuning-06",
        nl: "Hoe steunen we elkaar binnen het team, ook als het zwaar wordt?",
        fr: "Comment nous soutenons-nous au sein de l'équipe, même quand c'est difficile ?",
        en: "How do we support each other within the team, also when things get hard?",
      },
    ],
  },
  {
    key: "communicatie",
    title: { nl: "Communicatie", fr: "Communication", en: "Communication" },
    questions: [
      {
        key: "communicatie-01",
        nl: "Weten bewoners waar ze met een vraag terechtkunnen? Hoe hebben ze dat gehoord?",
        fr: "Les habitants savent-ils où s'adresser avec une question ? Comment l'ont-ils appris ?",
        en: "Do residents know where to go with a question? How did they find out?",
      },
      {
        key: "communicatie-02",
        nl: "Welke boodschap kwam niet aan, en waarom niet?",
        fr: "Quel message n'est pas passé, et pourquoi ?",
        en: "Which message did not get through, and why not?",
      },
      {
        key: "communicatie-03",
        nl: "Spreken we de taal van de buurt: eenvoudige woorden, meerdere talen, beelden?",
        fr: "Parlons-nous la langue du quartier : des mots simples, plusieurs langues, des images ?",
        en: "Do we speak the language of the neighbourhood: simple words, several languages, pictures?",
      },
      {
        key: "communicatie-04",
        nl: "Welk succes hebben we nog niet gedeeld, met wie zouden we het willen delen?",
        fr: "Quel succès n'avons-nous pas encore partagé, et avec qui aimerions-nous le partager ?",
        en: "Which success have we not shared yet, and who would we like to share it with?",
      },
      {
        key: "communicatie-05",
        nl: "Welke kanalen bereiken de mensen die we het minst zien: een affiche, een buur aan de deur, een chatgroep?",
        fr: "Quels canaux touchent les personnes que nous voyons le moins : une affiche, un voisin à la porte, un groupe de discussion ?",
        en: "Which channels reach the people we see least: a poster, a neighbour at the door, a chat group?",
      },
      {
        key: "communicatie-06",
        nl: "Horen we genoeg wat bewoners en partners ons terug willen zeggen?",
        fr: "Entendons-nous assez ce que les habitants et les partenaires veulent nous dire en retour ?",
        en: "Do we hear enough of what residents and partners want to tell us in return?",
      },
    ],
  },
];
