import type { SurveyContent } from "../survey";

const yesNo = [
  { key: "yes", text: { nl: "Ja", fr: "Oui", en: "Yes", ar: "نعم" } },
  { key: "no", text: { nl: "Nee", fr: "Non", en: "No", ar: "لا" } },
];

/** The buurtbevraging of round 4 (module-specs 1.9, the other's perception), in nl, fr, en and Arabic. */
export const BUURTBEVRAGING_TITLE = {
  nl: "Buurtbevraging: hoe woon je hier?",
  fr: "Enquête de quartier : comment vivez-vous ici ?",
  en: "Neighbourhood survey: how is life here?",
  ar: "استطلاع الحي: كيف هي الحياة هنا؟",
};

export const BUURTBEVRAGING: SurveyContent = {
  sections: [
    {
      key: "living",
      title: { nl: "Wonen in de buurt", fr: "Vivre dans le quartier", en: "Living in the neighbourhood", ar: "العيش في الحي" },
      questions: [
        {
          key: "area",
          type: "neighbourhood",
          required: true,
          text: {
            nl: "In welke buurt woon je?",
            fr: "Dans quel quartier habitez-vous ?",
            en: "Which neighbourhood do you live in?",
            ar: "في أي حي تسكن؟",
          },
        },
        {
          key: "liking",
          type: "scale",
          required: true,
          min: 1,
          max: 5,
          text: {
            nl: "Hoe graag woon je hier? (1 = niet graag, 5 = heel graag)",
            fr: "Aimez-vous vivre ici ? (1 = pas du tout, 5 = beaucoup)",
            en: "How much do you like living here? (1 = not at all, 5 = very much)",
            ar: "هل تحب العيش هنا؟ (1 = لا على الإطلاق، 5 = كثيرًا)",
          },
        },
        {
          key: "years",
          type: "number",
          required: false,
          min: 0,
          max: 100,
          text: {
            nl: "Hoeveel jaar woon je hier al?",
            fr: "Depuis combien d'années habitez-vous ici ?",
            en: "How many years have you lived here?",
            ar: "منذ كم سنة تسكن هنا؟",
          },
        },
      ],
    },
    {
      key: "needs",
      title: { nl: "Wat mis je?", fr: "Que vous manque-t-il ?", en: "What do you miss?", ar: "ماذا ينقصك؟" },
      questions: [
        {
          key: "missing",
          type: "multiple",
          required: false,
          text: {
            nl: "Wat mis je in de buurt?",
            fr: "Que manque-t-il dans le quartier ?",
            en: "What is missing in the neighbourhood?",
            ar: "ماذا ينقص في الحي؟",
          },
          options: [
            { key: "shop", text: { nl: "Een winkel", fr: "Un magasin", en: "A shop", ar: "متجر" } },
            {
              key: "meeting",
              text: { nl: "Een plek om elkaar te ontmoeten", fr: "Un lieu de rencontre", en: "A place to meet", ar: "مكان للقاء" },
            },
            { key: "green", text: { nl: "Groen", fr: "De la verdure", en: "Green space", ar: "مساحات خضراء" } },
            { key: "bus", text: { nl: "Openbaar vervoer", fr: "Des transports en commun", en: "Public transport", ar: "النقل العام" } },
          ],
        },
        {
          key: "lonely",
          type: "single",
          required: true,
          options: yesNo,
          text: {
            nl: "Voel je je soms alleen?",
            fr: "Vous sentez-vous parfois seul·e ?",
            en: "Do you sometimes feel alone?",
            ar: "هل تشعر بالوحدة أحيانًا؟",
          },
        },
        {
          key: "lonely_help",
          type: "single",
          required: false,
          options: yesNo,
          showIf: { question: "lonely", values: ["yes"] },
          text: {
            nl: "Wil je dat iemand eens langskomt?",
            fr: "Souhaitez-vous qu'une personne passe vous voir ?",
            en: "Would you like someone to visit?",
            ar: "هل تود أن يزورك أحد؟",
          },
        },
        {
          key: "wish",
          type: "long_text",
          required: false,
          text: {
            nl: "Wat zou je graag zien veranderen?",
            fr: "Qu'aimeriez-vous voir changer ?",
            en: "What would you like to see change?",
            ar: "ما الذي تود أن يتغير؟",
          },
        },
      ],
    },
  ],
};
