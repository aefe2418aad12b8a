// The organizations case files name again and again, in their language variants: courts,
// prosecutors, security services, ministries, border guards, detention centres, international
// bodies, parties and movements, airlines and the press. Each entry is an English name and the forms
// it takes in Russian, Tajik, Ukrainian, Polish, English, French and Dutch; matching tolerates case
// endings (see organizations.ts), so one nominative form per language suffices. Abbreviations are
// matched as whole upper-case words.
export interface OrganizationName {
  name: string;
  forms: string[];
  abbreviations?: string[];
}

export const ORGANIZATIONS: OrganizationName[] = [
  // Tajikistan
  {
    name: 'State Committee for National Security of Tajikistan',
    forms: ['Государственный комитет национальной безопасности', 'Кумитаи давлатии амнияти миллӣ', 'State Committee for National Security', 'Państwowy Komitet Bezpieczeństwa Narodowego'],
    abbreviations: ['ГКНБ', 'КДАМ', 'GKNB'],
  },
  {
    name: 'Ministry of Internal Affairs of Tajikistan',
    forms: ['Министерство внутренних дел Республики Таджикистан', 'Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон', 'Вазорати корҳои дохилӣ', 'Ministry of Internal Affairs of Tajikistan', 'Ministry of Internal Affairs of the Republic of Tajikistan', 'Ministry of Internal Affairs', 'МВД Республики Таджикистан', 'МВД РТ'],
    abbreviations: ['ВКД'],
  },
  {
    name: "Prosecutor General's Office of Tajikistan",
    forms: ['Генеральная прокуратура Республики Таджикистан', 'Прокуратураи генералии Ҷумҳурии Тоҷикистон', 'Prokuratura Generalna Republiki Tadżykistanu', 'Prosecutor General’s Office of Tajikistan', "Prosecutor General's Office", 'Prosecutor General’s Office', 'Prosecutor General of the Republic of Tajikistan'],
  },
  { name: 'Supreme Court of Tajikistan', forms: ['Верховный суд Республики Таджикистан', 'Суди Олии Ҷумҳурии Тоҷикистон', 'Supreme Court of Tajikistan', 'Sąd Najwyższy Republiki Tadżykistanu'] },
  { name: 'Tajik National University', forms: ['Таджикский национальный университет', 'Донишгоҳи миллии Тоҷикистон', 'Tajik National University'] },
  { name: 'Somon Air', forms: ['Сомон Эйр', 'Somon Air'] },
  { name: 'Group 24', forms: ['Группа 24', 'Гурӯҳи 24', 'Grupa 24', 'Gruppa 24', 'Group 24', 'Groupe 24'] },
  { name: 'Islamic Renaissance Party of Tajikistan', forms: ['Партия исламского возрождения Таджикистана', 'Ҳизби наҳзати исломии Тоҷикистон', 'Islamic Renaissance Party of Tajikistan', 'Partia Islamskiego Odrodzenia Tadżykistanu'], abbreviations: ['ПИВТ', 'IRPT'] },
  { name: 'SIZO No. 1 Dushanbe', forms: ['СИЗО № 1 г. Душанбе', 'СИЗО-1', 'pre-trial detention centre No. 1 in Dushanbe'] },
  // Russia
  { name: 'Federal Migration Service of Russia', forms: ['ФМС России', 'Федеральная миграционная служба', 'Federal Migration Service'] },
  { name: 'Federal Security Service of Russia', forms: ['Федеральная служба безопасности', 'ФСБ России', 'Federal Security Service'], abbreviations: ['ФСБ'] },
  { name: 'Ministry of Internal Affairs of Russia', forms: ['МВД России', 'Министерство внутренних дел Российской Федерации', 'МВД РФ'] },
  // Ukraine
  { name: 'State Border Guard Service of Ukraine', forms: ['Державна прикордонна служба України', 'Адміністрація Державної прикордонної служби України', 'Państwowa Służba Graniczna Ukrainy', 'State Border Guard Service of Ukraine', 'Пограничная служба Украины'], abbreviations: ['ДПСУ'] },
  { name: 'State Migration Service of Ukraine', forms: ['Державна міграційна служба України', 'ДМС України', 'State Migration Service of Ukraine'] },
  { name: 'Security Service of Ukraine', forms: ['Служба безпеки України', 'Security Service of Ukraine'], abbreviations: ['СБУ'] },
  // Poland
  { name: 'Polish Border Guard', forms: ['Straż Graniczna', 'Bieszczadzki Oddział Straży Granicznej', 'Nadbużański Oddział Straży Granicznej', 'Polish Border Guard', 'Пограничная служба Польши'] },
  { name: 'Office for Foreigners', forms: ['Urząd do Spraw Cudzoziemców', 'Office for Foreigners'], abbreviations: ['UdSC'] },
  { name: 'National Prosecutor’s Office (Poland)', forms: ['Prokuratura Krajowa', 'Генеральная прокуратура Республики Польша', 'National Prosecutor’s Office', "National Prosecutor's Office"] },
  { name: 'Helsinki Foundation for Human Rights', forms: ['Helsińska Fundacja Praw Człowieka', 'Хельсинкский фонд по правам человека', 'Хельсинкский фонд', 'Helsinki Foundation for Human Rights'], abbreviations: ['HFPC'] },
  { name: 'Guarded Centre for Foreigners in Kętrzyn', forms: ['Strzeżony Ośrodek dla Cudzoziemców w Kętrzynie', 'Strzeżony Ośrodek dla Cudzoziemców', 'SOdC w Kętrzynie', 'Guarded Centre for Foreigners in Kętrzyn', 'закрытый центр для иностранцев в Кентшине'] },
  // International
  { name: 'Interpol', forms: ['Интерпол', 'Interpol', 'ICPO-INTERPOL'], abbreviations: ['INTERPOL'] },
  { name: 'UNHCR', forms: ['Верховный комиссар ООН по делам беженцев', 'УВКБ ООН', 'Wysoki Komisarz Narodów Zjednoczonych do spraw Uchodźców', 'United Nations High Commissioner for Refugees', 'Haut Commissariat des Nations unies pour les réfugiés'], abbreviations: ['UNHCR', 'HCR'] },
  { name: 'European Court of Human Rights', forms: ['Европейский суд по правам человека', 'Europejski Trybunał Praw Człowieka', 'European Court of Human Rights', 'Cour européenne des droits de l’homme', 'Europees Hof voor de Rechten van de Mens'], abbreviations: ['ECtHR', 'ЕСПЧ', 'CEDH', 'EHRM'] },
  { name: 'United Nations', forms: ['Организация Объединённых Наций', 'Organizacja Narodów Zjednoczonych', 'United Nations', 'Nations unies', 'Verenigde Naties'], abbreviations: ['ООН', 'ONZ', 'ONU'] },
  { name: 'Islamic State', forms: ['Исламское государство', 'Państwo Islamskie', 'Islamic State', 'État islamique', 'Islamitische Staat', 'Давлати исломӣ'], abbreviations: ['ИГИЛ', 'ИГ', 'ISIS', 'ISIL', 'Daesh', 'ДАИШ'] },
  { name: 'Human Rights Watch', forms: ['Human Rights Watch', 'Хьюман Райтс Вотч'], abbreviations: ['HRW'] },
  { name: 'Amnesty International', forms: ['Amnesty International', 'Международная амнистия'] },
  { name: 'Islamic Cultural Centre of Kharkiv', forms: ['Исламский культурный центр г. Харькова', 'Исламский культурный центр', 'Маркази фарҳангии исломии ш. Харков', 'Islamskie Centrum Kulturalne w Charkowie', 'Islamic Cultural Centre of Kharkiv'] },
  { name: 'Radio Free Europe/Radio Liberty', forms: ['Радио Свобода', 'Радиои Озодӣ', 'Radio Free Europe', 'Radio Liberty', 'Radio Ozodi'], abbreviations: ['RFE/RL'] },
  { name: 'Asia-Plus', forms: ['Азия-Плюс', 'Asia-Plus', 'Осиё-Плюс'] },
];

/**
 * Courts and prosecutors named after their seat: the seat is a place found by the place extractor,
 * the English name built around its English form. `{place}` marks where the seat stands.
 */
export interface SeatPattern {
  pattern: RegExp;
  name: (place: string, district?: string) => string;
}

export const SEAT_PATTERNS: SeatPattern[] = [
  { pattern: /(?<!\p{L})Sąd\p{L}*\s+Okręgow\p{L}*\s+w\s+(\p{Lu}\p{L}+)/gu, name: (p) => `Regional Court in ${p}` },
  { pattern: /(?<!\p{L})Sąd\p{L}*\s+Apelacyjn\p{L}*\s+w\s+(\p{Lu}\p{L}+)/gu, name: (p) => `Court of Appeal in ${p}` },
  { pattern: /(?<!\p{L})Sąd\p{L}*\s+Rejonow\p{L}*\s+w\s+(\p{Lu}\p{L}+)/gu, name: (p) => `District Court in ${p}` },
  { pattern: /(?<!\p{L})Prokuratur\p{L}*\s+Okręgow\p{L}*\s+w\s+(\p{Lu}\p{L}+)/gu, name: (p) => `Regional Prosecutor's Office in ${p}` },
  { pattern: /(?<!\p{L})Prokuratur\p{L}*\s+Rejonow\p{L}*\s+w\s+(\p{Lu}\p{L}+)/gu, name: (p) => `District Prosecutor's Office in ${p}` },
  { pattern: /(?<!\p{L})Regional Court in\s+(\p{Lu}\p{L}+)/gu, name: (p) => `Regional Court in ${p}` },
  { pattern: /(?<!\p{L})Court of Appeal in\s+(\p{Lu}\p{L}+)/gu, name: (p) => `Court of Appeal in ${p}` },
];

/** District courts of Tajik cities: "суд района Сино г. Душанбе" → "Sino District Court (Dushanbe)". */
export const DISTRICT_COURT = /(?<!\p{L})(?:суд\p{L}*\s+район\p{L}*\s+(\p{Lu}\p{L}+)(?:\s+г\.\s*(\p{Lu}\p{L}+))?|(\p{Lu}\p{L}+)\s+District Court(?:\s*\((\p{Lu}\p{L}+)\))?|суди\s+ноҳияи\s+(\p{Lu}\p{L}+))/gu;
