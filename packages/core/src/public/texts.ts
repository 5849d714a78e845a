/**
 * The public site's texts that a tenant writes (public name, introduction, privacy notice), one per language, and the
 * starter privacy notice we offer (our own words, plain language; the tenant adapts it).
 */
import { z } from "zod";
import { type Locale, LOCALES, type Localised } from "../i18n/locales";

/** A stored per-language text ({ nl, fr, en }, each optional). */
export type LocalisedText = Partial<Record<Locale, string>>;

export function localisedText(max: number) {
  return z.object(
    Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().max(max).optional()])) as Record<Locale, z.ZodOptional<z.ZodString>>,
  );
}

/** The text in the reader's language, else in the tenant's default language, else in any language; "" when none. */
export function textIn(stored: unknown, locale: Locale, fallback: Locale): string {
  const v = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  for (const l of [locale, fallback, ...LOCALES]) {
    const s = v[l];
    if (typeof s === "string" && s.trim()) return s.trim();
  }
  return "";
}

/** The starter privacy notice, {name} replaced by the project's name. Short sentences, no jargon. */
export const STARTER_PRIVACY_NOTICE: Localised = {
  nl: `Wie zijn wij?
{name} is een project voor een zorgzame buurt. Wij zijn verantwoordelijk voor de gegevens die je ons geeft.

Welke gegevens vragen we?
Je naam, hoe we je kunnen bereiken (e-mail of telefoon), je buurt als je die kiest, en je bericht.

Waarvoor gebruiken we ze?
Alleen om je vraag te beantwoorden en op te volgen. Je geeft daar zelf toestemming voor in het formulier.

Wie ziet ze?
Alleen de medewerkers van het aanspreekpunt en, als het over jouw buurt gaat, de buurtwerkers daar. We verkopen niets en geven niets door zonder je te vragen.

Hoe lang bewaren we ze?
Zolang we je vraag opvolgen, en daarna niet langer dan nodig.

Wat zijn je rechten?
Je mag je gegevens inkijken, laten verbeteren of laten wissen, en je toestemming intrekken. Stuur ons een bericht met de referentiecode van je ontvangstbewijs. Je kan ook klacht indienen bij de Gegevensbeschermingsautoriteit.`,
  fr: `Qui sommes-nous ?
{name} est un projet pour un quartier solidaire. Nous sommes responsables des données que vous nous donnez.

Quelles données demandons-nous ?
Votre nom, comment vous joindre (e-mail ou téléphone), votre quartier si vous le choisissez, et votre message.

Pourquoi les utilisons-nous ?
Seulement pour répondre à votre demande et la suivre. Vous donnez vous-même votre accord dans le formulaire.

Qui les voit ?
Seulement l'équipe du point de contact et, si cela concerne votre quartier, les travailleurs de ce quartier. Nous ne vendons rien et ne transmettons rien sans vous le demander.

Combien de temps les gardons-nous ?
Le temps de suivre votre demande, et ensuite pas plus longtemps que nécessaire.

Quels sont vos droits ?
Vous pouvez voir vos données, les faire corriger ou effacer, et retirer votre accord. Envoyez-nous un message avec le code de référence de votre accusé de réception. Vous pouvez aussi porter plainte auprès de l'Autorité de protection des données.`,
  en: `Who are we?
{name} is a project for a caring neighbourhood. We are responsible for the details you give us.

Which details do we ask for?
Your name, how to reach you (e-mail or phone), your neighbourhood if you choose one, and your message.

What do we use them for?
Only to answer your question and follow it up. You agree to this yourself in the form.

Who sees them?
Only the people of the contact point and, when it is about your neighbourhood, the workers there. We sell nothing and pass nothing on without asking you.

How long do we keep them?
As long as we follow up your question, and after that no longer than needed.

What are your rights?
You may see your details, have them corrected or erased, and withdraw your consent. Send us a message with the reference code on your receipt. You can also complain to the Data Protection Authority.`,
};
