import type { CommunityId } from "./communities";

/**
 * The places generated tenants are modelled on: a local care partnership in a Brussels municipality or a town in
 * the Flemish periphery. Neighbourhood names are real quarters; shapes, people and addresses are invented.
 */
export interface Commune {
  key: string;
  name: string;
  locale: "nl" | "fr" | "en";
  /** Centre as [lng, lat]. */
  center: [number, number];
  postcode: string;
  place: string;
  neighbourhoods: readonly string[];
  streets: readonly string[];
  mix: Partial<Record<CommunityId, number>>;
}

export const COMMUNES: readonly Commune[] = [
  {
    key: "schaarbeek",
    name: "Partnerschap Schaarbeek / Partenariat Schaerbeek",
    locale: "fr",
    center: [4.378, 50.867],
    postcode: "1030",
    place: "Schaerbeek",
    neighbourhoods: ["Helmet", "Josaphat", "Colignon", "Terdelt", "Brabant", "Dailly", "Plasky", "Haecht"],
    streets: ["Chaussée de Haecht", "Rue Royale Sainte-Marie", "Avenue Louis Bertrand", "Rue des Palais", "Boulevard Lambermont", "Rue Josaphat", "Rue Gallait", "Avenue Rogier"],
    mix: { francophone: 22, moroccan: 22, turkish: 12, flemish: 7, congolese: 6, polish: 4, romanian: 8, southern: 8, levantine: 5, international: 6 },
  },
  {
    key: "molenbeek",
    name: "Zorgzaam Molenbeek",
    locale: "nl",
    center: [4.322, 50.857],
    postcode: "1080",
    place: "Sint-Jans-Molenbeek",
    neighbourhoods: ["Maritiem", "Historisch Molenbeek", "Karreveld", "Osseghem", "Heyvaert", "Westrand", "Hertoginnewijk", "Machtens"],
    streets: ["Gentsesteenweg", "Ninoofsesteenweg", "Vandenpeereboomstraat", "Picardstraat", "Brunfautstraat", "Edmond Machtenslaan", "Vierwindenstraat"],
    mix: { moroccan: 40, francophone: 14, flemish: 9, turkish: 6, romanian: 8, levantine: 8, congolese: 5, southern: 5, polish: 2, international: 3 },
  },
  {
    key: "anderlecht",
    name: "Réseau de quartier Anderlecht",
    locale: "fr",
    center: [4.305, 50.836],
    postcode: "1070",
    place: "Anderlecht",
    neighbourhoods: ["Cureghem", "Peterbos", "Scheut", "Veeweyde", "La Roue", "Neerpede", "Wayez", "Clemenceau"],
    streets: ["Chaussée de Mons", "Boulevard de la Révision", "Rue Wayez", "Avenue Clemenceau", "Rue de Fiennes", "Avenue Marius Renard", "Place de la Vaillance"],
    mix: { francophone: 24, moroccan: 28, flemish: 8, romanian: 10, congolese: 6, southern: 9, turkish: 4, polish: 4, levantine: 4, international: 3 },
  },
  {
    key: "elsene",
    name: "Zorgzaam Elsene / Ixelles solidaire",
    locale: "fr",
    center: [4.372, 50.827],
    postcode: "1050",
    place: "Ixelles",
    neighbourhoods: ["Flagey", "Matonge", "Boondael", "Université", "Châtelain", "Étangs", "Porte de Namur", "Sainte-Croix"],
    streets: ["Chaussée d'Ixelles", "Rue du Bailli", "Avenue de la Couronne", "Rue de la Paix", "Chaussée de Boondael", "Rue Lesbroussart"],
    mix: { francophone: 30, international: 18, southern: 12, congolese: 10, flemish: 8, polish: 6, moroccan: 8, romanian: 4, levantine: 2, turkish: 2 },
  },
  {
    key: "vilvoorde",
    name: "Zorgzaam Vilvoorde",
    locale: "nl",
    center: [4.43, 50.928],
    postcode: "1800",
    place: "Vilvoorde",
    neighbourhoods: ["Centrum", "Far West", "Koningslo", "Houtem", "Peutie", "Faubourg", "Kassei", "Heldenplein"],
    streets: ["Leuvensestraat", "Mechelsesteenweg", "Schaarbeeklei", "Jean Baptiste Nowélei", "Lange Molensstraat", "Kwakkelstraat"],
    mix: { flemish: 45, moroccan: 15, francophone: 10, turkish: 6, congolese: 5, romanian: 5, polish: 5, southern: 4, levantine: 3, international: 2 },
  },
  {
    key: "sint-gillis",
    name: "Partenariat Saint-Gilles",
    locale: "fr",
    center: [4.344, 50.828],
    postcode: "1060",
    place: "Saint-Gilles",
    neighbourhoods: ["Parvis", "Porte de Hal", "Bosnie", "Midi", "Barrière", "Hôtel des Monnaies", "Morichar", "Ma Campagne"],
    streets: ["Chaussée de Waterloo", "Rue de la Victoire", "Avenue Jean Volders", "Rue de Moscou", "Chaussée de Forest", "Rue Vanderschrick"],
    mix: { francophone: 25, southern: 20, moroccan: 18, international: 10, flemish: 7, polish: 5, romanian: 5, congolese: 5, levantine: 3, turkish: 2 },
  },
  {
    key: "jette",
    name: "Zorgzaam Jette",
    locale: "nl",
    center: [4.325, 50.878],
    postcode: "1090",
    place: "Jette",
    neighbourhoods: ["Centrum", "Dieleghem", "Esseghem", "Heymbosch", "Sint-Pieter", "Kaart", "Bonaventure", "Boudewijn"],
    streets: ["Jetse Laan", "Leopold I-straat", "Dieleghemstraat", "Van Bortonnelaan", "Kardinaal Mercierplein", "Wemmelsesteenweg"],
    mix: { flemish: 25, francophone: 25, moroccan: 20, congolese: 8, turkish: 5, southern: 6, romanian: 4, polish: 3, levantine: 2, international: 2 },
  },
  {
    key: "vorst",
    name: "Réseau Forest / Netwerk Vorst",
    locale: "fr",
    center: [4.323, 50.81],
    postcode: "1190",
    place: "Forest",
    neighbourhoods: ["Saint-Denis", "Bempt", "Marconi", "Altitude Cent", "Wiels", "Primeurs", "Van Volxem", "Berthelot"],
    streets: ["Chaussée de Neerstalle", "Avenue Van Volxem", "Rue de Mérode", "Avenue Wielemans Ceuppens", "Rue du Croissant"],
    mix: { francophone: 28, moroccan: 24, southern: 10, flemish: 8, romanian: 8, congolese: 7, polish: 5, turkish: 4, levantine: 3, international: 3 },
  },
];
