import type { requestFormLanguages } from '@ankomst/contracts/volunteering';

export type RequestFormLanguage = (typeof requestFormLanguages)[number];

/**
 * The refugees' own request for a guide, in the languages they asked for. These are the
 * form's own texts (the rest of the portal is nb/en): short sentences, to be checked by a
 * native speaker before they are published. Arabic and Dari are written right to left.
 */
export interface RequestFormTexts {
  languageName: string;
  dir: 'ltr' | 'rtl';
  language: string;
  title: string;
  lead: string;
  name: string;
  phone: string;
  email: string;
  languages: string;
  area: string;
  availability: string;
  times: { 'weekday-daytime': string; 'weekday-evening': string; weekend: string };
  wantedGender: string;
  genders: { none: string; female: string; male: string };
  involvesMinors: string;
  interests: string;
  privacy: string;
  consent: string;
  send: string;
  sent: string;
  flooded: string;
  invalid: string;
}

export const requestFormTexts: Record<RequestFormLanguage, RequestFormTexts> = {
  nb: {
    languageName: 'Norsk',
    dir: 'ltr',
    language: 'Språk',
    title: 'Be om en flyktningguide',
    lead: 'En frivillig hjelper deg å bli kjent med byen, språket og hverdagen. Fyll ut skjemaet, så tar koordinatoren kontakt.',
    name: 'Fullt navn',
    phone: 'Telefon',
    email: 'E-post (valgfritt)',
    languages: 'Språk du snakker (skill med komma)',
    area: 'Område / bydel',
    availability: 'Når passer det?',
    times: { 'weekday-daytime': 'Hverdager på dagtid', 'weekday-evening': 'Hverdager på kveld', weekend: 'Helg' },
    wantedGender: 'Ønsker du en mann eller en kvinne som guide?',
    genders: { none: 'Spiller ingen rolle', female: 'Kvinne', male: 'Mann' },
    involvesMinors: 'Vi har barn i familien',
    interests: 'Interesser (valgfritt, skill med komma)',
    privacy: 'Kommunen bruker opplysningene bare til å finne en guide til deg. Vi spør aldri om fødselsnummer eller helseopplysninger.',
    consent: 'Jeg samtykker i at kommunen lagrer opplysningene',
    send: 'Send',
    sent: 'Takk! Du står nå på ventelisten. Koordinatoren tar kontakt.',
    flooded: 'For mange innsendinger fra denne adressen. Vent litt og prøv igjen.',
    invalid: 'Sjekk feltene som er markert.',
  },
  en: {
    languageName: 'English',
    dir: 'ltr',
    language: 'Language',
    title: 'Ask for a refugee guide',
    lead: 'A volunteer helps you get to know the town, the language and everyday life. Fill in the form and the coordinator will contact you.',
    name: 'Full name',
    phone: 'Phone',
    email: 'E-mail (optional)',
    languages: 'Languages you speak (separate with commas)',
    area: 'Area / district',
    availability: 'When suits you?',
    times: { 'weekday-daytime': 'Weekdays, daytime', 'weekday-evening': 'Weekday evenings', weekend: 'Weekends' },
    wantedGender: 'Would you like a man or a woman as your guide?',
    genders: { none: 'It does not matter', female: 'Woman', male: 'Man' },
    involvesMinors: 'We have children in the family',
    interests: 'Interests (optional, separate with commas)',
    privacy:
      'The municipality uses this information only to find you a guide. We never ask for a national id number or health information.',
    consent: 'I consent to the municipality keeping this information',
    send: 'Send',
    sent: 'Thank you! You are now on the waiting list. The coordinator will contact you.',
    flooded: 'Too many submissions from this address. Wait a little and try again.',
    invalid: 'Check the fields that are marked.',
  },
  ar: {
    languageName: 'العربية',
    dir: 'rtl',
    language: 'اللغة',
    title: 'اطلب مرشدًا للاجئين',
    lead: 'متطوع يساعدك على التعرف على المدينة واللغة والحياة اليومية. املأ النموذج وسيتصل بك المنسق.',
    name: 'الاسم الكامل',
    phone: 'رقم الهاتف',
    email: 'البريد الإلكتروني (اختياري)',
    languages: 'اللغات التي تتحدثها (افصل بينها بفاصلة)',
    area: 'المنطقة / الحي',
    availability: 'متى يناسبك؟',
    times: { 'weekday-daytime': 'أيام الأسبوع نهارًا', 'weekday-evening': 'أيام الأسبوع مساءً', weekend: 'عطلة نهاية الأسبوع' },
    wantedGender: 'هل تفضل أن يكون المرشد رجلًا أم امرأة؟',
    genders: { none: 'لا يهم', female: 'امرأة', male: 'رجل' },
    involvesMinors: 'لدينا أطفال في العائلة',
    interests: 'الاهتمامات (اختياري)',
    privacy: 'تستخدم البلدية معلوماتك فقط لإيجاد مرشد لك. لا نطلب أبدًا رقم الهوية الوطنية أو معلومات صحية.',
    consent: 'أوافق على أن تحفظ البلدية هذه المعلومات',
    send: 'إرسال',
    sent: 'شكرًا! أنت الآن على قائمة الانتظار. سيتصل بك المنسق.',
    flooded: 'تم إرسال طلبات كثيرة من هذا العنوان. انتظر قليلًا وحاول مرة أخرى.',
    invalid: 'تحقق من الحقول المحددة.',
  },
  ti: {
    languageName: 'ትግርኛ',
    dir: 'ltr',
    language: 'ቋንቋ',
    title: 'ናይ ወለንታዊ መራሒ ሕቶ',
    lead: 'ወለንታዊ ነታ ከተማ፡ ቋንቋን ዕለታዊ ህይወትን ንኽትፈልጡ ይሕግዘኩም። ነዚ ፎርም ምልኡ፡ ኣወሃሃዲ ክረኽበኩም እዩ።',
    name: 'ምሉእ ስም',
    phone: 'ቴሌፎን',
    email: 'ኢመይል (ኣማራጺ)',
    languages: 'እትዛረብዎም ቋንቋታት',
    area: 'ከባቢ',
    availability: 'መዓስ ይጥዕመኩም?',
    times: { 'weekday-daytime': 'ናይ ስራሕ መዓልታት፡ ብመዓልቲ', 'weekday-evening': 'ናይ ስራሕ መዓልታት፡ ምሸት', weekend: 'ቀዳመ-ሰንበት' },
    wantedGender: 'ሰብኣይ ወይ ሰበይቲ መራሒ ትመርጹ ዶ?',
    genders: { none: 'ኣየገድስን', female: 'ሰበይቲ', male: 'ሰብኣይ' },
    involvesMinors: 'ኣብ ስድራና ቆልዑ ኣለዉ',
    interests: 'ተገዳስነታት (ኣማራጺ)',
    privacy: 'እቲ ምምሕዳር ሓበሬታኹም መራሒ ንምርካብ ጥራይ እዩ ዝጥቀመሉ። መለለዪ ቁጽሪ ወይ ናይ ጥዕና ሓበሬታ ኣይንሓትን።',
    consent: 'እቲ ምምሕዳር ነዚ ሓበሬታ ክዕቅቦ እሰማማዕ',
    send: 'ስደድ',
    sent: 'የቐንየልና! ኣብ ዝርዝር ተጸበይቲ ኣለኹም። ኣወሃሃዲ ክረኽበኩም እዩ።',
    flooded: 'ካብዚ ኣድራሻ ብዙሓት ሕቶታት ተላኢኾም። ቁሩብ ተጸበዩ እሞ እንደገና ፈትኑ።',
    invalid: 'ዝተመልከቱ ቦታታት ርኣዩ።',
  },
  prs: {
    languageName: 'دری',
    dir: 'rtl',
    language: 'زبان',
    title: 'درخواست یک رهنمای داوطلب',
    lead: 'یک داوطلب به شما کمک می‌کند تا با شهر، زبان و زندگی روزمره آشنا شوید. فورم را پر کنید و هماهنگ‌کننده با شما تماس می‌گیرد.',
    name: 'نام کامل',
    phone: 'شماره تلفون',
    email: 'ایمیل (اختیاری)',
    languages: 'زبان‌هایی که صحبت می‌کنید',
    area: 'ساحه / منطقه',
    availability: 'چه وقت برای شما مناسب است؟',
    times: { 'weekday-daytime': 'روزهای هفته، روز', 'weekday-evening': 'روزهای هفته، شام', weekend: 'آخر هفته' },
    wantedGender: 'رهنمای مرد یا زن را ترجیح می‌دهید؟',
    genders: { none: 'فرقی نمی‌کند', female: 'زن', male: 'مرد' },
    involvesMinors: 'در خانواده ما کودکان هستند',
    interests: 'علاقه‌مندی‌ها (اختیاری)',
    privacy: 'شاروالی معلومات شما را فقط برای پیدا کردن رهنما استفاده می‌کند. ما هرگز شماره شناسایی ملی یا معلومات صحی نمی‌پرسیم.',
    consent: 'موافقم که شاروالی این معلومات را نگه دارد',
    send: 'ارسال',
    sent: 'تشکر! شما اکنون در لست انتظار هستید. هماهنگ‌کننده با شما تماس می‌گیرد.',
    flooded: 'از این آدرس درخواست‌های زیادی فرستاده شده است. کمی صبر کنید و دوباره کوشش کنید.',
    invalid: 'خانه‌های نشانی‌شده را بررسی کنید.',
  },
  uk: {
    languageName: 'Українська',
    dir: 'ltr',
    language: 'Мова',
    title: 'Запит на волонтера-гіда',
    lead: 'Волонтер допоможе вам познайомитися з містом, мовою та повсякденним життям. Заповніть форму, і координатор зв’яжеться з вами.',
    name: 'Повне ім’я',
    phone: 'Телефон',
    email: 'Електронна пошта (необов’язково)',
    languages: 'Мови, якими ви розмовляєте (через кому)',
    area: 'Район',
    availability: 'Коли вам зручно?',
    times: { 'weekday-daytime': 'Будні, вдень', 'weekday-evening': 'Будні, ввечері', weekend: 'Вихідні' },
    wantedGender: 'Бажаєте, щоб гідом був чоловік чи жінка?',
    genders: { none: 'Неважливо', female: 'Жінка', male: 'Чоловік' },
    involvesMinors: 'У нашій родині є діти',
    interests: 'Інтереси (необов’язково)',
    privacy:
      'Муніципалітет використовує ваші дані лише для того, щоб знайти вам гіда. Ми ніколи не запитуємо ідентифікаційний номер чи дані про здоров’я.',
    consent: 'Я погоджуюся, що муніципалітет зберігатиме ці дані',
    send: 'Надіслати',
    sent: 'Дякуємо! Ви в списку очікування. Координатор зв’яжеться з вами.',
    flooded: 'Забагато запитів з цієї адреси. Зачекайте трохи й спробуйте знову.',
    invalid: 'Перевірте позначені поля.',
  },
  so: {
    languageName: 'Soomaali',
    dir: 'ltr',
    language: 'Luqadda',
    title: 'Codso hage tabarruc ah',
    lead: 'Tabarruce ayaa kaa caawin doona inaad barato magaalada, luqadda iyo nolosha maalinlaha ah. Buuxi foomka, isku-duwaha ayaa kula soo xiriiri doona.',
    name: 'Magaca oo buuxa',
    phone: 'Taleefan',
    email: 'Iimayl (ikhtiyaari)',
    languages: 'Luqadaha aad ku hadasho',
    area: 'Xaafadda',
    availability: 'Goorma ayaa kuu habboon?',
    times: {
      'weekday-daytime': 'Maalmaha shaqada, maalintii',
      'weekday-evening': 'Maalmaha shaqada, fiidkii',
      weekend: 'Dhammaadka toddobaadka',
    },
    wantedGender: 'Ma doorbidaysaa hage nin ah ama haweeney ah?',
    genders: { none: 'Waxba igama gelin', female: 'Haweeney', male: 'Nin' },
    involvesMinors: 'Qoyskeena waxaa ku jira carruur',
    interests: 'Xiisaha (ikhtiyaari)',
    privacy:
      'Degmadu macluumaadkaaga waxay u isticmaashaa oo kaliya inay hage kuu hesho. Weligeen ma weydiinno lambarka aqoonsiga ama macluumaad caafimaad.',
    consent: 'Waan ogolahay in degmadu kaydiso macluumaadkan',
    send: 'Dir',
    sent: 'Mahadsanid! Hadda waxaad ku jirtaa liiska sugitaanka. Isku-duwaha ayaa kula soo xiriiri doona.',
    flooded: 'Codsiyo badan ayaa laga soo diray cinwaankan. Wax yar sug oo mar kale isku day.',
    invalid: 'Hubi meelaha la calaamadeeyay.',
  },
};
