/**
 * Invented demo identities fitting the main countries of origin (Syria, Eritrea,
 * Afghanistan, Ukraine, Somalia). Common given and family names only: no real person.
 */
export type Country = 'SY' | 'ER' | 'AF' | 'UA' | 'SO';

export interface OriginProfile {
  /** Share of all households, roughly as in the source documents. */
  weight: number;
  languages: readonly (readonly string[])[];
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
  /** Share of households arriving directly as quota refugees. */
  quotaShare: number;
  /** Weights of household shapes for this origin. */
  shapes: Record<HouseholdShape, number>;
}

export type HouseholdShape = 'single-adult' | 'couple-with-children' | 'single-parent' | 'unaccompanied-minor' | 'reunification';

export const origins: Record<Country, OriginProfile> = {
  SY: {
    weight: 30,
    languages: [['ar'], ['ar'], ['ar', 'ku']],
    male: ['Ahmad', 'Omar', 'Khaled', 'Yousef', 'Rami', 'Bassel', 'Tarek', 'Fadi', 'Hassan', 'Samer'],
    female: ['Lina', 'Rana', 'Huda', 'Amira', 'Nour', 'Dima', 'Reem', 'Salma', 'Yasmin', 'Hiba'],
    family: ['Haddad', 'Khalil', 'Nasser', 'Darwish', 'Sabbagh', 'Issa', 'Mansour', 'Hamdan', 'Othman', 'Qassem'],
    quotaShare: 0.4,
    shapes: { 'single-adult': 25, 'couple-with-children': 50, 'single-parent': 8, 'unaccompanied-minor': 7, reunification: 10 },
  },
  ER: {
    weight: 20,
    languages: [['ti'], ['ti', 'ar']],
    male: ['Yonas', 'Dawit', 'Tesfay', 'Merhawi', 'Filmon', 'Henok', 'Samuel', 'Biniam', 'Kibrom', 'Mussie'],
    female: ['Selam', 'Senait', 'Helen', 'Luwam', 'Saba', 'Rahel', 'Feven', 'Yordanos', 'Mebrat', 'Winta'],
    family: ['Tesfamariam', 'Gebremedhin', 'Habte', 'Kidane', 'Berhane', 'Asmerom', 'Tekle', 'Woldu', 'Ghebre', 'Negash'],
    quotaShare: 0.05,
    shapes: { 'single-adult': 60, 'couple-with-children': 10, 'single-parent': 5, 'unaccompanied-minor': 10, reunification: 15 },
  },
  AF: {
    weight: 18,
    languages: [['prs'], ['ps'], ['prs', 'ps']],
    male: ['Mohammad', 'Farid', 'Jawad', 'Naveed', 'Hamid', 'Sohrab', 'Zabi', 'Rahim', 'Basir', 'Nasir'],
    female: ['Mariam', 'Fatima', 'Zahra', 'Nadia', 'Parisa', 'Shabnam', 'Freshta', 'Marzia', 'Laila', 'Tahmina'],
    family: ['Ahmadi', 'Rahimi', 'Hakimi', 'Noori', 'Karimi', 'Sultani', 'Hashimi', 'Azizi', 'Safi', 'Wardak'],
    quotaShare: 0.3,
    shapes: { 'single-adult': 25, 'couple-with-children': 45, 'single-parent': 5, 'unaccompanied-minor': 15, reunification: 10 },
  },
  UA: {
    weight: 22,
    languages: [['uk'], ['uk', 'ru']],
    male: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Ivan', 'Taras', 'Bohdan', 'Yurii', 'Vitalii'],
    female: ['Olena', 'Iryna', 'Oksana', 'Natalia', 'Tetiana', 'Yuliia', 'Kateryna', 'Sofiia', 'Anastasiia', 'Viktoriia'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Moroz', 'Lysenko', 'Savchenko'],
    quotaShare: 0,
    shapes: { 'single-adult': 25, 'couple-with-children': 20, 'single-parent': 50, 'unaccompanied-minor': 0, reunification: 5 },
  },
  SO: {
    weight: 10,
    languages: [['so'], ['so', 'ar']],
    male: ['Abdi', 'Mohamed', 'Ahmed', 'Abdullahi', 'Yusuf', 'Ali', 'Ismail', 'Farah', 'Hassan', 'Omar'],
    female: ['Hodan', 'Amina', 'Fadumo', 'Sahra', 'Ayaan', 'Hamdi', 'Idil', 'Nimco', 'Ubah', 'Khadra'],
    family: ['Warsame', 'Hersi', 'Jama', 'Dahir', 'Egal', 'Guled', 'Mohamud', 'Nur', 'Aden', 'Samatar'],
    quotaShare: 0.1,
    shapes: { 'single-adult': 45, 'couple-with-children': 15, 'single-parent': 10, 'unaccompanied-minor': 10, reunification: 20 },
  },
};

/** Postal codes and street names for demo addresses; other municipalities get generic ones. */
export const places: Record<string, { postalCodes: [number, number] }> = {
  '1103': { postalCodes: [4006, 4070] },
  '3201': { postalCodes: [1300, 1369] },
  '3301': { postalCodes: [3004, 3050] },
};

export const streets = [
  'Storgata',
  'Kirkegata',
  'Skoleveien',
  'Bjørkeveien',
  'Granveien',
  'Solbakken',
  'Fjellveien',
  'Havnegata',
  'Lindealleen',
  'Eikeveien',
  'Parkveien',
  'Møllebakken',
  'Sjøgata',
  'Furuveien',
];
