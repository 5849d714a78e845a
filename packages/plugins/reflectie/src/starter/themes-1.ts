import type { StarterTheme } from "./types";

/** Themes 1–7 of the starter set. Written for this project; open questions in plain language. */
export const THEMES_1: StarterTheme[] = [
  {
    key: "visie",
    title: { nl: "Visie", fr: "Vision", en: "Vision" },
    questions: [
      {
        key: "visie-01",
        nl: "Hoe zou onze buurt eruitzien als ons werk over vijf jaar geslaagd is?",
        fr: "À quoi ressemblerait notre quartier si notre travail avait réussi dans cinq ans ?",
        en: "What would our neighbourhood look like if our work had succeeded five years from now?",
      },
      {
        key: "visie-02",
        nl: "Wat betekent een zorgzame buurt voor ons, in onze eigen woorden?",
        fr: "Que signifie un quartier solidaire pour nous, avec nos propres mots ?",
        en: "What does a caring neighbourhood mean to us, in our own words?",
      },
      {
        key: "visie-03",
        nl: "Welke keuze hebben we de voorbije tijd gemaakt die echt bij onze visie past? En welke niet?",
        fr: "Quel choix récent correspond vraiment à notre vision ? Et lequel pas du tout ?",
        en: "Which choice we made recently really fits our vision? And which one does not?",
      },
      {
        key: "visie-04",
        nl: "Delen onze partners en de bewoners dezelfde droom voor de buurt? Hoe weten we dat?",
        fr: "Nos partenaires et les habitants partagent-ils le même rêve pour le quartier ? Comment le savons-nous ?",
        en: "Do our partners and the residents share the same dream for the neighbourhood? How do we know?",
      },
      {
        key: "visie-05",
        nl: "Wat is er in de buurt veranderd sinds we onze visie opschreven, en moet die visie mee veranderen?",
        fr: "Qu'est-ce qui a changé dans le quartier depuis que nous avons écrit notre vision, et faut-il l'adapter ?",
        en: "What has changed in the neighbourhood since we wrote down our vision, and should the vision change too?",
      },
      {
        key: "visie-06",
        nl: "Waaraan merken bewoners in hun dagelijks leven iets van wat we willen bereiken?",
        fr: "À quoi les habitants remarquent-ils, dans leur vie de tous les jours, ce que nous voulons atteindre ?",
        en: "How do residents notice, in their daily lives, what we are trying to achieve?",
      },
    ],
  },
  {
    key: "werken-vanuit-de-buurt",
    title: { nl: "Werken vanuit de buurt", fr: "Travailler à partir du quartier", en: "Working from the neighbourhood" },
    questions: [
      {
        key: "werken-vanuit-de-buurt-01",
        nl: "Welke vraag of behoefte kwam de voorbije weken rechtstreeks van bewoners, en wat deden we ermee?",
        fr: "Quelle demande ou quel besoin est venu directement des habitants ces dernières semaines, et qu'en avons-nous fait ?",
        en: "Which question or need came straight from residents in recent weeks, and what did we do with it?",
      },
      {
        key: "werken-vanuit-de-buurt-02",
        nl: "Waar hebben we iets bedacht voor de buurt in plaats van samen met de buurt?",
        fr: "Où avons-nous imaginé quelque chose pour le quartier plutôt qu'avec le quartier ?",
        en: "Where did we come up with something for the neighbourhood instead of with it?",
      },
      {
        key: "werken-vanuit-de-buurt-03",
        nl: "Welke plekken in de buurt kennen we nog te weinig? Wie zou ons daar de weg kunnen wijzen?",
        fr: "Quels endroits du quartier connaissons-nous encore trop peu ? Qui pourrait nous y guider ?",
        en: "Which places in the neighbourhood do we still know too little? Who could show us the way there?",
      },
      {
        key: "werken-vanuit-de-buurt-04",
        nl: "Wat ontbreekt er in de buurt, volgens de bewoners zelf?",
        fr: "Que manque-t-il dans le quartier, selon les habitants eux-mêmes ?",
        en: "What is missing in the neighbourhood, according to the residents themselves?",
      },
      {
        key: "werken-vanuit-de-buurt-05",
        nl: "Hoeveel tijd brengen we echt door in de buurt, en hoeveel achter ons bureau? Klopt die verhouding?",
        fr: "Combien de temps passons-nous vraiment dans le quartier, et combien derrière notre bureau ? Cet équilibre est-il juste ?",
        en: "How much time do we really spend in the neighbourhood, and how much behind our desks? Is that balance right?",
      },
      {
        key: "werken-vanuit-de-buurt-06",
        nl: "Welke sterke punten van de buurt gebruiken we nog niet?",
        fr: "Quelles forces du quartier n'utilisons-nous pas encore ?",
        en: "Which strengths of the neighbourhood are we not using yet?",
      },
    ],
  },
  {
    key: "bewoners-bereiken",
    title: { nl: "Bewoners bereiken", fr: "Atteindre les habitants", en: "Reaching residents" },
    questions: [
      {
        key: "bewoners-bereiken-01",
        nl: "Wie zien we nooit op onze activiteiten? Wat zou hen tegenhouden?",
        fr: "Qui ne voyons-nous jamais à nos activités ? Qu'est-ce qui pourrait les retenir ?",
        en: "Who do we never see at our activities? What might be holding them back?",
      },
      {
        key: "bewoners-bereiken-02",
        nl: "Via welke mensen of plekken kwamen we de voorbije tijd in contact met nieuwe bewoners?",
        fr: "Par quelles personnes ou quels lieux sommes-nous entrés en contact avec de nouveaux habitants récemment ?",
        en: "Through which people or places did we meet new residents recently?",
      },
      {
        key: "bewoners-bereiken-03",
        nl: "Is onze uitnodiging begrijpelijk voor iemand die weinig Nederlands leest of geen computer heeft?",
        fr: "Notre invitation est-elle compréhensible pour quelqu'un qui lit peu le néerlandais ou qui n'a pas d'ordinateur ?",
        en: "Is our invitation understandable for someone who reads little Dutch or has no computer?",
      },
      {
        key: "bewoners-bereiken-04",
        nl: "Welke bewoner die we lang niet bereikten, bereiken we nu wel? Wat maakte het verschil?",
        fr: "Quel habitant longtemps hors d'atteinte touchons-nous maintenant ? Qu'est-ce qui a fait la différence ?",
        en: "Which resident we could not reach for a long time do we reach now? What made the difference?",
      },
      {
        key: "bewoners-bereiken-05",
        nl: "Gaan we genoeg naar mensen toe, of wachten we vooral tot zij naar ons komen?",
        fr: "Allons-nous assez vers les gens, ou attendons-nous surtout qu'ils viennent à nous ?",
        en: "Do we go out to people enough, or do we mostly wait for them to come to us?",
      },
      {
        key: "bewoners-bereiken-06",
        nl: "Welke sleutelfiguren in de buurt kunnen ons helpen om mensen te bereiken die wij zelf niet zien?",
        fr: "Quelles personnes-clés du quartier peuvent nous aider à atteindre ceux que nous ne voyons pas nous-mêmes ?",
        en: "Which key figures in the neighbourhood could help us reach people we do not see ourselves?",
      },
    ],
  },
  {
    key: "ontmoeting-bewoners",
    title: { nl: "Ontmoeting tussen bewoners", fr: "Rencontres entre habitants", en: "Meetings between residents" },
    questions: [
      {
        key: "ontmoeting-bewoners-01",
        nl: "Waar ontmoeten bewoners elkaar vanzelf, zonder dat wij iets organiseren?",
        fr: "Où les habitants se rencontrent-ils spontanément, sans que nous organisions quoi que ce soit ?",
        en: "Where do residents meet each other by themselves, without us organising anything?",
      },
      {
        key: "ontmoeting-bewoners-02",
        nl: "Welke ontmoeting van de voorbije tijd leidde tot een nieuw contact tussen buren?",
        fr: "Quelle rencontre récente a créé un nouveau lien entre voisins ?",
        en: "Which recent meeting led to a new contact between neighbours?",
      },
      {
        key: "ontmoeting-bewoners-03",
        nl: "Ontmoeten jong en oud, en mensen van verschillende achtergronden, elkaar echt? Waar lukt dat het best?",
        fr: "Jeunes et âgés, et personnes d'origines différentes, se rencontrent-ils vraiment ? Où cela marche-t-il le mieux ?",
        en: "Do young and old, and people of different backgrounds, really meet? Where does that work best?",
      },
      {
        key: "ontmoeting-bewoners-04",
        nl: "Wie voelt zich nog niet welkom op onze ontmoetingsmomenten, en wat kunnen we daaraan doen?",
        fr: "Qui ne se sent pas encore bienvenu à nos moments de rencontre, et que pouvons-nous y faire ?",
        en: "Who does not yet feel welcome at our meeting moments, and what can we do about it?",
      },
      {
        key: "ontmoeting-bewoners-05",
        nl: "Welke ontmoeting zouden bewoners zelf kunnen organiseren, met een beetje steun van ons?",
        fr: "Quelle rencontre les habitants pourraient-ils organiser eux-mêmes, avec un peu de soutien de notre part ?",
        en: "Which meeting could residents organise themselves, with a little support from us?",
      },
      {
        key: "ontmoeting-bewoners-06",
        nl: "Wat blijft er over na een ontmoeting: nemen mensen daarna zelf contact met elkaar op?",
        fr: "Que reste-t-il après une rencontre : les gens reprennent-ils contact entre eux par la suite ?",
        en: "What remains after a meeting: do people get in touch with each other afterwards?",
      },
    ],
  },
  {
    key: "ontmoeting-professionals",
    title: { nl: "Ontmoeting tussen professionals", fr: "Rencontres entre professionnels", en: "Meetings between professionals" },
    questions: [
      {
        key: "ontmoeting-professionals-01",
        nl: "Welke professionals in de buurt kennen elkaar nog niet, terwijl ze dezelfde mensen helpen?",
        fr: "Quels professionnels du quartier ne se connaissent pas encore, alors qu'ils aident les mêmes personnes ?",
        en: "Which professionals in the neighbourhood do not know each other yet, while they help the same people?",
      },
      {
        key: "ontmoeting-professionals-02",
        nl: "Wat leverde ons laatste overleg met andere diensten concreet op voor een bewoner?",
        fr: "Qu'a apporté concrètement notre dernière concertation avec d'autres services à un habitant ?",
        en: "What did our last meeting with other services concretely bring to a resident?",
      },
      {
        key: "ontmoeting-professionals-03",
        nl: "Wanneer hebben we voor het laatst een collega van een andere organisatie gebeld om samen iets op te lossen?",
        fr: "Quand avons-nous appelé pour la dernière fois un collègue d'une autre organisation pour résoudre quelque chose ensemble ?",
        en: "When did we last call a colleague from another organisation to solve something together?",
      },
      {
        key: "ontmoeting-professionals-04",
        nl: "Zijn er ook partners buiten zorg en welzijn aan tafel, zoals de school, de huisvesting of de handelaars?",
        fr: "Des partenaires hors du social et de la santé sont-ils aussi autour de la table, comme l'école, le logement ou les commerçants ?",
        en: "Are partners from outside care and welfare at the table too, such as the school, housing or local shops?",
      },
      {
        key: "ontmoeting-professionals-05",
        nl: "Welk overleg kost veel tijd maar brengt weinig op? Wat zouden we daaraan veranderen?",
        fr: "Quelle réunion prend beaucoup de temps mais rapporte peu ? Que pourrions-nous y changer ?",
        en: "Which meeting takes a lot of time but brings little? What would we change about it?",
      },
      {
        key: "ontmoeting-professionals-06",
        nl: "Wat kunnen we leren van hoe een andere organisatie in de buurt werkt?",
        fr: "Que pouvons-nous apprendre de la façon dont une autre organisation travaille dans le quartier ?",
        en: "What can we learn from the way another organisation works in the neighbourhood?",
      },
    ],
  },
  {
    key: "netwerken",
    title: { nl: "Netwerken", fr: "Réseaux", en: "Networking" },
    questions: [
      {
        key: "netwerken-01",
        nl: "Met wie werken we echt samen, en met wie alleen op papier?",
        fr: "Avec qui travaillons-nous vraiment, et avec qui seulement sur le papier ?",
        en: "Who do we really work with, and who only on paper?",
      },
      {
        key: "netwerken-02",
        nl: "Welk slapend contact is het waard om opnieuw wakker te maken? Wie zet de eerste stap?",
        fr: "Quel contact endormi vaut la peine d'être réveillé ? Qui fait le premier pas ?",
        en: "Which dormant contact is worth waking up again? Who takes the first step?",
      },
      {
        key: "netwerken-03",
        nl: "Is onze samenwerking wederkerig: wat geven wij onze partners, en wat krijgen we terug?",
        fr: "Notre collaboration est-elle réciproque : que donnons-nous à nos partenaires, et que recevons-nous en retour ?",
        en: "Is our cooperation mutual: what do we give our partners, and what do we get back?",
      },
      {
        key: "netwerken-04",
        nl: "Welke groepen of organisaties ontbreken nog in ons netwerk?",
        fr: "Quels groupes ou organisations manquent encore dans notre réseau ?",
        en: "Which groups or organisations are still missing from our network?",
      },
      {
        key: "netwerken-05",
        nl: "Hangt ons netwerk aan één of twee mensen vast? Wat gebeurt er als zij wegvallen?",
        fr: "Notre réseau repose-t-il sur une ou deux personnes ? Que se passe-t-il si elles s'en vont ?",
        en: "Does our network depend on one or two people? What happens if they leave?",
      },
      {
        key: "netwerken-06",
        nl: "Welke informele netwerken in de buurt (een gebedshuis, een sportclub, een chatgroep) kennen we nog te weinig?",
        fr: "Quels réseaux informels du quartier (un lieu de culte, un club de sport, un groupe de discussion) connaissons-nous encore trop peu ?",
        en: "Which informal networks in the neighbourhood (a place of worship, a sports club, a chat group) do we still know too little?",
      },
    ],
  },
  {
    key: "samenwerking",
    title: { nl: "Samenwerking", fr: "Collaboration", en: "Cooperation" },
    questions: [
      {
        key: "samenwerking-01",
        nl: "Welke samenwerking liep de voorbije tijd goed, en waarom juist die?",
        fr: "Quelle collaboration s'est bien passée récemment, et pourquoi celle-là ?",
        en: "Which cooperation went well recently, and why that one?",
      },
      {
        key: "samenwerking-02",
        nl: "Weet iedereen in de samenwerking wat hij of zij mag verwachten en wat er van hem of haar verwacht wordt?",
        fr: "Chacun dans la collaboration sait-il ce qu'il peut attendre et ce qu'on attend de lui ?",
        en: "Does everyone in the cooperation know what they can expect and what is expected of them?",
      },
      {
        key: "samenwerking-03",
        nl: "Waar botsen we met een partner, en hebben we dat al eens open besproken?",
        fr: "Où avons-nous des frictions avec un partenaire, et en avons-nous déjà parlé ouvertement ?",
        en: "Where do we clash with a partner, and have we ever discussed it openly?",
      },
      {
        key: "samenwerking-04",
        nl: "Wat kan een bewoner met een vraag nu sneller of beter geholpen worden dankzij onze samenwerking?",
        fr: "En quoi un habitant qui a une demande est-il maintenant aidé plus vite ou mieux grâce à notre collaboration ?",
        en: "How is a resident with a question now helped faster or better thanks to our cooperation?",
      },
      {
        key: "samenwerking-05",
        nl: "Welke afspraak over het delen van informatie hebben we nodig, met respect voor het beroepsgeheim?",
        fr: "Quel accord sur le partage d'informations nous faut-il, dans le respect du secret professionnel ?",
        en: "Which agreement on sharing information do we need, respecting professional secrecy?",
      },
      {
        key: "samenwerking-06",
        nl: "Met welke partner buiten zorg en welzijn zouden we graag eens iets samen doen?",
        fr: "Avec quel partenaire hors du social et de la santé aimerions-nous faire quelque chose ensemble ?",
        en: "Which partner outside care and welfare would we like to do something with?",
      },
    ],
  },
];
